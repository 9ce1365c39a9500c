/**
 * A briefing's appendix, compiled from what it cites: the entries its body links to, and the
 * evidence and sources of its key judgments. Each cited entry appears once, with every place
 * that cites it ("key judgment 3, supports"), so a reader can trace any claim to its basis.
 * Only entries of this release are listed: withheld ones have no edge and do not resolve.
 */
import { comparePartialDates } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { COLLECTIONS, type CollectionName, type CredibilityGrade, type Entry, type EntryOf } from '../schema/index.ts';

/** Where an entry is cited: the briefing's own text, or one of its key judgments (numbered from 1). */
export interface CitationMark {
  /** The key judgment's number in the briefing; absent for the briefing's text. */
  judgment?: number;
  /** The evidence's bearing ("supports") or the citation's locator ("para. 4"). */
  note?: string;
  /** The citation's Admiralty credibility of the information (1–6), when graded. */
  credibility?: CredibilityGrade;
}

interface CitedEntry {
  entry: Entry;
  href: string;
  citedBy: CitationMark[];
}

interface AppendixGroup {
  collection: CollectionName;
  items: CitedEntry[];
}

export interface BriefingAppendix {
  /** Cited entries other than sources and the key judgments themselves, grouped by collection. */
  groups: AppendixGroup[];
  /** Every cited source, by title. */
  sources: (CitedEntry & { entry: EntryOf<'sources'> })[];
}

const byTitle = (a: CitedEntry, b: CitedEntry) => a.entry.data.title.localeCompare(b.entry.data.title, 'en');

/** Events read in time order; everything else by title. */
function compareCited(a: CitedEntry, b: CitedEntry): number {
  if (a.entry.collection === 'events' && b.entry.collection === 'events') {
    return comparePartialDates(a.entry.data.date, b.entry.data.date) || byTitle(a, b);
  }
  return byTitle(a, b);
}

export function compileAppendix(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): BriefingAppendix {
  const keyJudgments = new Set(briefing.data.keyJudgments.map((slug) => resolvedSlug(kb, slug)));
  const cited = new Map<string, CitedEntry>();
  const cite = (target: string, mark: CitationMark) => {
    const resolution = kb.resolve(target);
    if (resolution.status !== 'entry' || keyJudgments.has(resolution.entry.slug)) return;
    const { entry, href } = resolution;
    const item = cited.get(entry.slug) ?? cited.set(entry.slug, { entry, href, citedBy: [] }).get(entry.slug)!;
    if (!item.citedBy.some((m) => m.judgment === mark.judgment && m.note === mark.note && m.credibility === mark.credibility))
      item.citedBy.push(mark);
  };

  // The graph holds the body's wiki-links already resolved for this release; body links carry no field.
  for (const edge of kb.graph.outgoing.get(briefing.slug) ?? []) if (edge.field === undefined) cite(edge.target, {});
  briefing.data.keyJudgments.forEach((slug, i) => {
    const resolution = kb.resolve(slug);
    if (resolution.status !== 'entry' || resolution.entry.collection !== 'judgments') return;
    const { data } = resolution.entry;
    for (const item of data.evidence) cite(item.entry, { judgment: i + 1, note: item.bearing });
    for (const { source, locator, credibility } of data.sources) {
      cite(source, { judgment: i + 1, ...(locator ? { note: locator } : {}), ...(credibility ? { credibility } : {}) });
    }
  });

  const items = [...cited.values()];
  const groups = COLLECTIONS.filter((c) => c !== 'sources')
    .map((collection) => ({ collection, items: items.filter((i) => i.entry.collection === collection).sort(compareCited) }))
    .filter((group) => group.items.length > 0);
  const sources = items.filter((i): i is CitedEntry & { entry: EntryOf<'sources'> } => i.entry.collection === 'sources').sort(byTitle);
  return { groups, sources };
}

function resolvedSlug(kb: KnowledgeBase, target: string): string | undefined {
  const resolution = kb.resolve(target);
  return resolution.status === 'entry' ? resolution.entry.slug : undefined;
}

/** "text; key judgment 1 (para. 2); key judgment 3 (supports, context)": where an entry is cited. */
export function formatCitationMarks(marks: readonly CitationMark[]): string {
  const parts: string[] = [];
  if (marks.some((m) => m.judgment === undefined)) parts.push('briefing text');
  const notesByJudgment = new Map<number, string[]>();
  for (const { judgment, note } of marks) {
    if (judgment === undefined) continue;
    const notes = notesByJudgment.get(judgment) ?? notesByJudgment.set(judgment, []).get(judgment)!;
    if (note) notes.push(note);
  }
  for (const [judgment, notes] of [...notesByJudgment].sort(([a], [b]) => a - b)) {
    parts.push(`key judgment ${judgment}${notes.length ? ` (${notes.join(', ')})` : ''}`);
  }
  return parts.join('; ');
}
