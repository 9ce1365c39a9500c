/**
 * Editions: a git tag `edition/<name>` marks the knowledge base as published on that day. The
 * site lists them newest first with what changed since the one before, and what changed since
 * the latest. Everything is computed from the released snapshots of history.ts.
 */
import { relative } from 'node:path';
import type { KnowledgeBaseOptions } from '../knowledge-base.ts';
import type { CollectionName, Entry } from '../schema/index.ts';
import { blobsAtHead, readRepositoryHistory, type NoHistory, type RepositoryHistory } from './git-log.ts';
import { compareSnapshots, replayHistory, sameVersion, shortCommit, type ChangeSet, type EntryHistory, type Snapshot } from './history.ts';

/** Lowercase letters and digits, in groups joined by one `.`, `-` or `_`: `2026-11`, `2027.q1`. */
const EDITION_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const MAX_EDITION_NAME = 64;

/** Why `name` cannot name an edition, or undefined when it can. */
export function editionNameProblem(name: string): string | undefined {
  if (!name) return 'an edition needs a name, such as 2026-11';
  if (name.length > MAX_EDITION_NAME) return `an edition name has at most ${MAX_EDITION_NAME} characters`;
  if (!EDITION_NAME.test(name)) {
    return `"${name}" is not an edition name: use lowercase letters and digits, in groups joined by one ".", "-" or "_" (e.g. 2026-11)`;
  }
  return undefined;
}

export interface Edition {
  name: string;
  /** When the edition was tagged, ISO 8601. */
  date: string;
  /** The short id of the last commit of the content in it. */
  commit: string;
  /** The edition before it, if any. */
  previous?: string;
  /** What changed since the edition before (everything, for the first). */
  changes: ChangeSet;
}

export type SiteHistory =
  | {
      available: true;
      /** Newest first. */
      editions: Edition[];
      /** What changed since the latest edition, up to the newest commit. */
      sinceLatest?: ChangeSet;
      /** Each current entry's history, by slug. */
      entries: ReadonlyMap<string, EntryHistory>;
      /** The released knowledge base at an edition. */
      snapshots: ReadonlyMap<string, Snapshot>;
      /** Where a current entry stood at each edition that held it, newest edition first: its slug then, and whether it is unchanged since. */
      asOf: ReadonlyMap<string, AsOf[]>;
      /** The released knowledge base at the newest commit. */
      head: Snapshot;
    }
  | { available: false; reason: NoHistory['reason']; detail: string };

interface AsOf {
  edition: string;
  slug: string;
  collection: CollectionName;
  /** The entry reads the same now as at that edition. */
  unchanged: boolean;
}

/** The project's folder (`root`), its content folder (absolute), the release, base path and body components. */
export type SiteHistoryOptions = Pick<KnowledgeBaseOptions, 'root' | 'contentDir' | 'release' | 'base' | 'components'>;

/** The edition tags in the order of their commits on the history, oldest first; tags off it are left out. */
function orderedEditions(tags: ReadonlyMap<string, string>, commitOrder: ReadonlyMap<string, number>, dates: ReadonlyMap<string, string>) {
  return [...tags]
    .filter(([, commit]) => commitOrder.has(commit))
    .map(([name, commit]) => ({ name, commit, date: dates.get(name) ?? '' }))
    .sort(
      (a, b) => commitOrder.get(a.commit)! - commitOrder.get(b.commit)! || a.date.localeCompare(b.date) || a.name.localeCompare(b.name),
    );
}

/**
 * The versions at HEAD of the files whose working copy is unchanged, from the entries the build's
 * check parsed (by file, as the check names them), so that they are not parsed a second time.
 */
function parsedAtHead(repository: RepositoryHistory, contentPath: string, checked: Iterable<Entry>) {
  const { changedSinceHead } = repository;
  if (!changedSinceHead) return undefined;
  const atHead = blobsAtHead(repository.commits);
  const byFile = new Map([...checked].map((entry) => [entry.file, entry]));
  return (path: string, blob: string) =>
    atHead.get(path) === blob && !changedSinceHead.has(path) ? byFile.get(`${contentPath}/${path}`) : undefined;
}

/**
 * The knowledge base's history and editions, read from git at this build's release level.
 * `checked`: the entries the build's check parsed from the working copy, if any, taken as they are
 * for the versions at HEAD that the working copy still holds.
 */
export function loadSiteHistory(options: SiteHistoryOptions, checked: Iterable<Entry> = []): SiteHistory {
  const repository = readRepositoryHistory(options.contentDir);
  if ('reason' in repository) return { available: false, ...repository };
  // Files named as the check names them, from the project's folder.
  const contentPath = relative(options.root, options.contentDir);
  const parsed = parsedAtHead(repository, contentPath, checked);
  const commitOrder = new Map(repository.commits.map((commit, i) => [commit.id, i]));
  const dates = new Map(repository.editions.map((edition) => [edition.name, edition.date]));
  const tagged = orderedEditions(repository.editionCommits, commitOrder, dates);
  const replayed = replayHistory({
    ...options,
    contentPath,
    ...(parsed ? { parsed } : {}),
    commits: repository.commits,
    blobs: repository.blobs,
    keepAt: new Set(tagged.map((e) => e.commit)),
  });
  const empty: Snapshot = new Map();
  const editions = tagged.map((edition, i): Edition => {
    const previous = tagged[i - 1];
    const before = previous ? replayed.snapshots.get(previous.commit)! : empty;
    return {
      name: edition.name,
      date: edition.date,
      commit: shortCommit(edition.commit),
      ...(previous ? { previous: previous.name } : {}),
      changes: compareSnapshots(before, replayed.snapshots.get(edition.commit)!, options),
    };
  });
  const latest = tagged.at(-1);
  const snapshots = new Map(tagged.map((edition) => [edition.name, replayed.snapshots.get(edition.commit)!]));
  return {
    available: true,
    editions: editions.reverse(),
    asOf: editionsOfEntries(replayed.head, [...snapshots].reverse()),
    ...(latest ? { sinceLatest: compareSnapshots(replayed.snapshots.get(latest.commit)!, replayed.head, options) } : {}),
    entries: replayed.bySlug,
    snapshots,
    head: replayed.head,
  };
}

/** For each entry of `head`, its slug in each snapshot that held it (renames followed through the entry's identity). */
function editionsOfEntries(head: Snapshot, snapshots: readonly (readonly [string, Snapshot])[]) {
  const asOf = new Map<string, AsOf[]>();
  for (const [id, entry] of head) {
    const held = snapshots.flatMap(([edition, snapshot]) => {
      const then = snapshot.get(id);
      return then ? [{ edition, slug: then.slug, collection: then.collection, unchanged: sameVersion(then, entry) }] : [];
    });
    if (held.length) asOf.set(entry.slug, held);
  }
  return asOf;
}

/** Judgments first (a likelihood, confidence or status change is the news), then the collections in site order. */
export function collectionsInChangeOrder(collections: readonly CollectionName[]): CollectionName[] {
  return [...collections].sort((a, b) => Number(b === 'judgments') - Number(a === 'judgments'));
}

/** Why a build has no history, in a sentence for its log and its change page. */
export function noHistoryMessage(reason: NoHistory['reason']): string {
  if (reason === 'shallow-clone') return 'the repository is a shallow clone (fetch its full history, e.g. `git fetch --unshallow`)';
  if (reason === 'not-a-repository') return 'the content folder is not in a git repository with commits';
  return 'git could not be run';
}

/** "3 changed, 1 added, 1 removed" */
export function changeSummary(changes: ChangeSet): string {
  return `${changes.changed.length} changed, ${changes.added.length} added, ${changes.removed.length} removed`;
}

/** What `npm run edition` finds before tagging. */
export interface EditionRequest {
  name: string;
  /** Uncommitted or untracked files in the repository. */
  dirtyFiles: readonly string[];
  /** Whether `edition/<name>` is already a tag. */
  exists: boolean;
  /** Content problems `npm run check` reports. */
  problems: number;
}

/** Why the edition may not be tagged, or undefined when it may. */
export function editionRefusal({ name, dirtyFiles, exists, problems }: EditionRequest): string | undefined {
  const nameProblem = editionNameProblem(name);
  if (nameProblem) return nameProblem;
  if (exists) return `edition ${name} already exists (tag edition/${name}); an edition is never moved: choose another name`;
  if (dirtyFiles.length) {
    const shown = dirtyFiles.slice(0, 5).join(', ');
    return `the working tree has uncommitted changes (${shown}${dirtyFiles.length > 5 ? ', …' : ''}): commit or stash them, so the edition is exactly what the repository holds`;
  }
  if (problems) return `the content has ${problems} problem(s) (see above): an edition must pass \`npm run check\``;
  return undefined;
}
