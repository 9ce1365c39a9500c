/**
 * The history of a knowledge base, replayed commit by commit from one reading of the log
 * (git-log.ts): every version of every entry file is parsed with the core's own frontmatter
 * parser and schema, then filtered at this build's release level, before anything is compared.
 * A version marked above the release counts as absent, so an entry that was withheld, or a
 * withheld version of a released entry, leaves no trace in a revision, a count or a diff: the
 * history is that of the released knowledge base only. Commits give only their id and date.
 */
import { parseEntryFile } from '../content/load.ts';
import { createLinkResolver } from '../links.ts';
import { isReleasable } from '../release.ts';
import { isCollectionName, type CollectionName, type Entry, type Marking } from '../schema/index.ts';
import { isValidSlug } from '../slugs.ts';
import { bodyTextOf } from './body-text.ts';
import { diffVersions, type FieldChange } from './field-diff.ts';
import type { Commit } from './git-log.ts';

export interface EntryRef {
  slug: string;
  collection: CollectionName;
  title: string;
}

export interface Revision {
  /** ISO 8601 date of the commit. */
  date: string;
  /** The commit's short id. */
  commit: string;
  kind: 'added' | 'changed' | 'removed';
  entry: EntryRef;
  /** The slug before, when the revision renamed the entry. */
  renamedFrom?: string;
  changes: FieldChange[];
}

export interface EntryHistory {
  /** Newest last. */
  revisions: Revision[];
  firstPublished: string;
  lastChanged: string;
}

export interface ChangeSet {
  added: EntryRef[];
  removed: EntryRef[];
  changed: { entry: EntryRef; renamedFrom?: string; changes: FieldChange[] }[];
}

export interface HistoryInput {
  commits: readonly Commit[];
  blobs: ReadonlyMap<string, string>;
  release: Marking;
  /** The content folder relative to the project, to name files as the check does. */
  contentPath: string;
  base: string;
  components: readonly string[];
  /** The commits at which to keep the whole released knowledge base (editions), by full id. */
  keepAt?: ReadonlySet<string>;
  /**
   * A version already parsed, by its path and blob: the build's check parsed every file of the
   * working copy, which for most files is their version at HEAD. Each other version is parsed here.
   */
  parsed?: (path: string, blob: string) => Entry | undefined;
}

/** The released knowledge base at one commit: entries by their identity across renames. */
export type Snapshot = ReadonlyMap<number, Entry>;

export interface ReplayedHistory {
  /** Each entry of the newest commit, by slug. */
  bySlug: ReadonlyMap<string, EntryHistory>;
  /** The released knowledge base at each commit asked for in `keepAt`, and at the newest commit (`head`). */
  snapshots: ReadonlyMap<string, Snapshot>;
  head: Snapshot;
  /** The newest commit touching the content, if any. */
  headCommit?: string;
}

export const shortCommit = (id: string) => id.slice(0, 7);

/** Whether two versions of an entry read the same (same ID, fields and body). */
export function sameVersion(a: Entry, b: Entry): boolean {
  return a.slug === b.slug && a.body === b.body && JSON.stringify(a.data) === JSON.stringify(b.data);
}

export const entryRef = (entry: Entry): EntryRef => ({ slug: entry.slug, collection: entry.collection, title: entry.data.title });

/** `actors/al-qaeda.mdx` → its collection and slug; anything else in the folder is not an entry. */
function entryPathParts(path: string): { collection: CollectionName; slug: string } | undefined {
  const match = /^([a-z]+)\/([^/]+)\.mdx$/.exec(path);
  if (!match || !isCollectionName(match[1]!) || !isValidSlug(match[2]!)) return undefined;
  return { collection: match[1], slug: match[2]! };
}

/** Links as they stood in a released snapshot: the resolver, and whether a slug (or former slug) was an entry of it. */
export function snapshotLinks(entries: Iterable<Entry>, base: string) {
  const bySlug = new Map<string, Entry>();
  const formerSlugs = new Map<string, string>();
  for (const entry of entries) {
    bySlug.set(entry.slug, entry);
    for (const former of entry.data.formerSlugs) formerSlugs.set(former, entry.slug);
  }
  return {
    resolve: createLinkResolver({ bySlug, formerSlugs, base }),
    isReleased: (slug: string) => bySlug.has(slug) || formerSlugs.has(slug),
  };
}

/** What changed from `before` to `after` (entries by identity), judged against `after`'s released entries. */
export function compareSnapshots(before: Snapshot, after: Snapshot, input: Pick<HistoryInput, 'base' | 'components'>): ChangeSet {
  const { resolve, isReleased } = snapshotLinks(after.values(), input.base);
  const bodyText = bodyTextOf(resolve, input.components);
  const changes: ChangeSet = { added: [], removed: [], changed: [] };
  for (const [id, entry] of after) {
    const was = before.get(id);
    if (!was) {
      changes.added.push(entryRef(entry));
      continue;
    }
    if (was === entry) continue;
    const fields = diffVersions({ before: was, after: entry, isReleased, bodyText });
    const renamedFrom = was.slug === entry.slug ? undefined : was.slug;
    if (fields.length || renamedFrom)
      changes.changed.push({ entry: entryRef(entry), ...(renamedFrom ? { renamedFrom } : {}), changes: fields });
  }
  for (const [id, entry] of before) if (!after.has(id)) changes.removed.push(entryRef(entry));
  return changes;
}

/**
 * Replays the commits, oldest first. An entry's revisions compare each released version with the
 * last released one: a version withheld at this level (or one that no longer validates) is
 * skipped as if never written, so it leaves no revision, date or count behind.
 */
export function replayHistory(input: HistoryInput): ReplayedHistory {
  const state = new Map<number, Entry>();
  const lastReleased = new Map<number, Entry>();
  const idOfPath = new Map<string, number>();
  /** A file deleted and written again later is the same entry (same slug, same address). */
  const idOfDeletedPath = new Map<string, number>();
  const revisions = new Map<number, Revision[]>();
  const snapshots = new Map<string, Snapshot>();
  let nextId = 0;
  let headCommit: string | undefined;
  // Unless that entry lives on under another name (a rename paired by its former slug).
  const reusableId = (path: string) => {
    const id = idOfDeletedPath.get(path);
    return id !== undefined && ![...idOfPath.values()].includes(id) ? id : undefined;
  };

  const versionOf = (path: string, blob: string | undefined): Entry | undefined => {
    const parts = entryPathParts(path);
    const source = blob === undefined ? undefined : input.blobs.get(blob);
    if (!parts || blob === undefined || source === undefined) return undefined;
    const entry = input.parsed?.(path, blob) ?? parseEntryFile(source, `${input.contentPath}/${path}`, parts.collection, parts.slug).entry;
    return entry && isReleasable(entry.data.marking, input.release) ? entry : undefined;
  };

  for (const commit of input.commits) {
    const touched = new Map<number, { was: Entry | undefined; visible: boolean }>();
    const touch = (id: number) => {
      if (!touched.has(id)) touched.set(id, { was: lastReleased.get(id), visible: state.has(id) });
    };
    const deleted = new Set<number>();
    const deletedSlugs = new Map<string, number>();
    // Deletions first, so that an added file naming a deleted slug in `formerSlugs` finds it.
    const ordered = [...commit.changes].sort((a, b) => Number(b.status === 'deleted') - Number(a.status === 'deleted'));
    for (const change of ordered) {
      const parts = entryPathParts(change.path);
      if (!parts && !(change.from && entryPathParts(change.from))) continue;
      if (change.status === 'deleted') {
        const id = idOfPath.get(change.path);
        if (id === undefined || !parts) continue;
        touch(id);
        deleted.add(id);
        deletedSlugs.set(parts.slug, id);
        state.delete(id);
        idOfPath.delete(change.path);
        idOfDeletedPath.set(change.path, id);
        continue;
      }
      const previousPath = change.status === 'renamed' ? change.from! : change.path;
      let id = idOfPath.get(previousPath) ?? reusableId(change.path);
      idOfPath.delete(previousPath);
      const entry = versionOf(change.path, change.blob);
      // A rename git did not pair (the text changed too much) is still one entry when it names the old slug.
      const formerId = entry?.data.formerSlugs.map((slug) => deletedSlugs.get(slug)).find((found) => found !== undefined);
      if (id === undefined && formerId !== undefined) id = formerId;
      id ??= nextId++;
      touch(id);
      deleted.delete(id);
      idOfPath.set(change.path, id);
      if (entry) state.set(id, entry);
      else state.delete(id);
    }
    recordRevisions(commit, touched, deleted, state, revisions, input);
    for (const id of touched.keys()) {
      const entry = state.get(id);
      if (entry) lastReleased.set(id, entry);
      else if (deleted.has(id)) lastReleased.delete(id);
    }
    if (input.keepAt?.has(commit.id)) snapshots.set(commit.id, new Map(state));
    headCommit = commit.id;
  }
  const bySlug = new Map<string, EntryHistory>();
  for (const [id, entry] of state) {
    const list = revisions.get(id) ?? [];
    if (list.length) bySlug.set(entry.slug, { revisions: list, firstPublished: list[0]!.date, lastChanged: list.at(-1)!.date });
  }
  return { bySlug, snapshots, head: state, ...(headCommit ? { headCommit } : {}) };
}

/** The revisions of one commit: entries published, changed (against their last released version) or deleted while released. */
function recordRevisions(
  commit: Commit,
  touched: ReadonlyMap<number, { was: Entry | undefined; visible: boolean }>,
  deleted: ReadonlySet<number>,
  state: Snapshot,
  revisions: Map<number, Revision[]>,
  input: HistoryInput,
): void {
  let links: { bodyText: (entry: Entry) => string; isReleased: (slug: string) => boolean } | undefined;
  const linksNow = () => {
    if (!links) {
      const { resolve, isReleased } = snapshotLinks(state.values(), input.base);
      links = { bodyText: bodyTextOf(resolve, input.components), isReleased };
    }
    return links;
  };
  for (const [id, { was, visible }] of touched) {
    const is = state.get(id);
    const base = { date: commit.date, commit: shortCommit(commit.id) };
    let revision: Revision | undefined;
    if (deleted.has(id)) {
      if (visible && was) revision = { ...base, kind: 'removed', entry: entryRef(was), changes: [] };
    } else if (is && !was) revision = { ...base, kind: 'added', entry: entryRef(is), changes: [] };
    else if (is && was) {
      const changes = diffVersions({ before: was, after: is, ...linksNow() });
      const renamedFrom = was.slug === is.slug ? undefined : was.slug;
      if (changes.length || renamedFrom)
        revision = { ...base, kind: 'changed', entry: entryRef(is), ...(renamedFrom ? { renamedFrom } : {}), changes };
    }
    if (revision) revisions.set(id, [...(revisions.get(id) ?? []), revision]);
  }
}
