/**
 * What the change pages show: change sets grouped by collection, judgments first, each entry
 * linked when this build has a page for it, and each field change as a line a reader can scan
 * (`likelihood: Likely → Very likely`).
 */
import type { FieldChange } from '../history/field-diff.ts';
import { collectionsInChangeOrder } from '../history/editions.ts';
import type { SiteHistory } from '../history/editions.ts';
import type { ChangeSet, EntryRef, Revision } from '../history/history.ts';
import type { DiffSegment } from '../history/text-diff.ts';
import type { LinkResolver } from '../links.ts';
import { COLLECTIONS, LIKELIHOODS, type CollectionName, type Likelihood } from '../schema/index.ts';
import { editionEntryPath } from '../paths.ts';
import { COLLECTION_LABELS, LIKELIHOOD_TERMS } from '../vocabulary.ts';

export type ChangeLine =
  | { field: string; kind: 'value'; before?: string; after?: string }
  | { field: string; kind: 'list'; added: string[]; removed: string[] }
  | { field: string; kind: 'text'; segments: DiffSegment[] };

interface EntryChangeView {
  /** For the anchor an entry page links to (`#change-<slug>`). */
  slug: string;
  title: string;
  /** The entry's page in this build, if it has one. */
  href?: string;
  status: 'added' | 'removed' | 'changed';
  renamedFrom?: string;
  lines: ChangeLine[];
  /** The entry as it stood at an edition with pages: the one compared for an added or changed entry, the one before for a removed one. */
  asOf?: { edition: string; href: string };
}

/** Which sides of a comparison have a page per entry (`/editions/<name>/…`): the newer and the older edition. */
export interface EditionPagesOf {
  base: string;
  newer?: string | undefined;
  older?: string | undefined;
}

export interface ChangeGroupView {
  collection: CollectionName;
  heading: string;
  entries: EntryChangeView[];
}

/** A field's value as the pages word it: an ICD 203 term for a likelihood, else as written. */
export function wording(field: string, value: string | undefined): string | undefined {
  if (value !== undefined && field === 'likelihood' && (LIKELIHOODS as readonly string[]).includes(value))
    return LIKELIHOOD_TERMS[value as Likelihood].term;
  return value;
}

/** Unchanged text kept around a change; longer runs are shortened to this much on each side, with "…". */
const CONTEXT = 80;

/** A text diff with its long unchanged runs shortened, so a one-word change in a long body reads as one line. */
export function withContext(segments: readonly DiffSegment[], context = CONTEXT): DiffSegment[] {
  return segments.map((segment, i) => {
    if (segment.kind !== 'same') return segment;
    const { text } = segment;
    const first = i === 0;
    const last = i === segments.length - 1;
    if (first && text.length > context) return { kind: 'same', text: `…${text.slice(-context)}` };
    if (last && text.length > context) return { kind: 'same', text: `${text.slice(0, context)}…` };
    if (!first && !last && text.length > 2 * context) return { kind: 'same', text: `${text.slice(0, context)} … ${text.slice(-context)}` };
    return segment;
  });
}

export function changeLine(change: FieldChange): ChangeLine {
  if (change.kind === 'text') return { ...change, segments: withContext(change.segments) };
  if (change.kind === 'list') return change;
  const before = wording(change.field, change.before);
  const after = wording(change.field, change.after);
  return { field: change.field, kind: 'value', ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
}

function hrefOf(entry: EntryRef, resolve: LinkResolver): string | undefined {
  const resolution = resolve(entry.slug);
  return resolution.status === 'entry' ? resolution.href : undefined;
}

function entryView(
  entry: EntryRef,
  status: EntryChangeView['status'],
  context: { resolve: LinkResolver; pages: EditionPagesOf | undefined },
  changes: readonly FieldChange[] = [],
  renamedFrom?: string,
): EntryChangeView {
  const href = status === 'removed' ? undefined : hrefOf(entry, context.resolve);
  const edition = status === 'removed' ? context.pages?.older : context.pages?.newer;
  const asOf =
    edition && context.pages ? { edition, href: editionEntryPath(context.pages.base, edition, entry.collection, entry.slug) } : undefined;
  return {
    slug: entry.slug,
    title: entry.title,
    ...(href ? { href } : {}),
    status,
    ...(renamedFrom ? { renamedFrom } : {}),
    lines: changes.map(changeLine),
    ...(asOf ? { asOf } : {}),
  };
}

/** A change set grouped by collection, judgments first; within a group, changed, added, then removed entries. */
export function changeSetView(changes: ChangeSet, resolve: LinkResolver, pages?: EditionPagesOf): ChangeGroupView[] {
  const context = { resolve, pages };
  const entries: (EntryChangeView & { collection: CollectionName })[] = [
    ...changes.changed.map((change) => ({
      collection: change.entry.collection,
      ...entryView(change.entry, 'changed', context, change.changes, change.renamedFrom),
    })),
    ...changes.added.map((entry) => ({ collection: entry.collection, ...entryView(entry, 'added', context) })),
    ...changes.removed.map((entry) => ({ collection: entry.collection, ...entryView(entry, 'removed', context) })),
  ];
  return collectionsInChangeOrder(COLLECTIONS).flatMap((collection) => {
    const group = entries.filter((entry) => entry.collection === collection).map(({ collection: _, ...view }) => view);
    return group.length ? [{ collection, heading: COLLECTION_LABELS[collection].plural, entries: group }] : [];
  });
}

/** One revision of an entry's history, for its page. */
interface RevisionView {
  date: string;
  status: Revision['kind'];
  renamedFrom?: string;
  lines: ChangeLine[];
}

function revisionViews(revisions: readonly Revision[]): RevisionView[] {
  return [...revisions].reverse().map((revision) => ({
    date: revision.date.slice(0, 10),
    status: revision.kind,
    ...(revision.renamedFrom ? { renamedFrom: revision.renamedFrom } : {}),
    lines: revision.changes.map(changeLine),
  }));
}

export interface EntryHistoryView {
  /** "YYYY-MM-DD" */
  firstPublished: string;
  /** The entry's own `updated` when it has one (a partial date), else the date of its last revision. */
  lastChanged: string;
  revisions: RevisionView[];
  /** Where the entry changed since the latest edition: that edition, and the change on /changes/. */
  changedSince?: { edition: string; href: string };
  /** The entry as it stood at each of the editions with pages that held it, newest first; `unchanged` when it reads the same now. */
  asOf: { edition: string; href: string; unchanged: boolean }[];
  /**
   * The newest of those editions the entry reads the same as now, whose address is a redirect to
   * this page: the page offers it for citing, with the edition's name, date ("YYYY-MM-DD") and commit.
   */
  unchangedSince?: { edition: string; href: string; date: string; commit: string };
}

/** What an entry page shows of its history; undefined when the build has none for it. */
export function entryHistoryView(
  slug: string,
  history: SiteHistory,
  options: { updated?: string | undefined; changesHref: string; base: string; editionPages: number },
): EntryHistoryView | undefined {
  const entryHistory = history.available ? history.entries.get(slug) : undefined;
  if (!history.available || !entryHistory) return undefined;
  const latest = history.editions[0];
  const since = history.sinceLatest;
  const changed = since && (since.added.some((e) => e.slug === slug) || since.changed.some((c) => c.entry.slug === slug));
  const withPages = history.editions.slice(0, options.editionPages);
  const asOf = (history.asOf.get(slug) ?? [])
    .filter(({ edition }) => withPages.some((e) => e.name === edition))
    .map(({ edition, collection, slug: then, unchanged }) => ({
      edition,
      href: editionEntryPath(options.base, edition, collection, then),
      unchanged,
    }));
  const newestUnchanged = asOf.find(({ unchanged }) => unchanged);
  const edition = withPages.find(({ name }) => name === newestUnchanged?.edition);
  return {
    firstPublished: entryHistory.firstPublished.slice(0, 10),
    lastChanged: options.updated ?? entryHistory.lastChanged.slice(0, 10),
    revisions: revisionViews(entryHistory.revisions),
    asOf,
    ...(newestUnchanged && edition
      ? {
          unchangedSince: {
            edition: edition.name,
            href: newestUnchanged.href,
            date: edition.date.slice(0, 10),
            commit: edition.commit,
          },
        }
      : {}),
    ...(latest && changed ? { changedSince: { edition: latest.name, href: `${options.changesHref}#change-${slug}` } } : {}),
  };
}
