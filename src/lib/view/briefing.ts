/**
 * What a briefing page and the briefings index show: the key-judgments table, the appendix of
 * cited entries and sources, reading time and the document's particulars.
 */
import { compileAppendix, formatCitationMarks, type BriefingAppendix } from '../briefing/appendix.ts';
import { countWords, readingMinutes } from '../briefing/reading-time.ts';
import { formatPartialDate, partialDateSortKey } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { linkText } from '../links.ts';
import { entryPath } from '../paths.ts';
import type { Entry, EntryOf } from '../schema/index.ts';
import { admiraltyGrade, type AdmiraltyGrade } from '../grade.ts';
import { CONFIDENCE_MEANINGS, COLLECTION_LABELS, humanize, LIKELIHOOD_TERMS, RELIABILITY_MEANINGS } from '../vocabulary.ts';

export interface KeyJudgmentRow {
  /** Its number in the briefing, from 1. */
  number: number;
  /** `judgment-<slug>`, the row's stable anchor; absent for a withheld judgment. */
  anchorId?: string;
  text: string;
  /** Absent when the judgment is withheld from this release. */
  href?: string;
  likelihood?: { term: string; range: string };
  confidence?: { label: string; meaning: string };
  status?: string;
}

export interface AppendixItemView {
  /** Reference number, running through the appendix and then the sources: body links point at it in print. */
  ref: number;
  slug: string;
  title: string;
  href: string;
  /** Date, kind or other particulars shown after the title. */
  detail?: string;
  /** Where the briefing cites it: "briefing text; key judgment 2 (supports)". */
  citedBy: string;
}

export interface SourceItemView extends AppendixItemView {
  /** Admiralty grade and its meaning, when the source is graded. */
  reliability?: { grade: string; meaning: string };
  /** The two-part grades ("B2") the briefing's citations give, each once; the reliability alone when none grades the information. */
  grades: AdmiraltyGrade[];
  /** The source's own address, where it can be read. */
  url?: string;
}

export interface BriefingView {
  /** The summary, shown under the page's own "Bottom line up front" label. */
  bottomLine: string;
  dateLabel: string;
  authors: readonly string[];
  audience?: string;
  readingMinutes: number;
  keyJudgments: KeyJudgmentRow[];
  appendix: { heading: string; collection: string; items: AppendixItemView[] }[];
  sources: SourceItemView[];
}

/** The summary without a label the author may have written into it ("BLUF: …"): the page labels it. */
export function bottomLine(summary: string): string {
  return summary.replace(/^\s*(BLUF|bottom line(?: up front)?)\s*[:—–-]\s*/i, '');
}

function keyJudgmentRows(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): KeyJudgmentRow[] {
  return briefing.data.keyJudgments.map((slug, i) => {
    const resolution = kb.resolve(slug);
    if (resolution.status !== 'entry' || resolution.entry.collection !== 'judgments') {
      return { number: i + 1, text: linkText(resolution, undefined, slug) };
    }
    const { entry, href } = resolution;
    const { confidence, likelihood, status } = entry.data;
    return {
      number: i + 1,
      anchorId: `judgment-${entry.slug}`,
      text: entry.data.title,
      href,
      ...(likelihood ? { likelihood: LIKELIHOOD_TERMS[likelihood] } : {}),
      confidence: { label: humanize(confidence), meaning: CONFIDENCE_MEANINGS[confidence] },
      status: humanize(status),
    };
  });
}

function briefingReadingMinutes(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): number {
  return readingMinutes(countWords(briefing.body, (target, label) => linkText(kb.resolve(target), label, target)));
}

function appendixItems(appendix: BriefingAppendix, nextRef: () => number) {
  return appendix.groups.map(({ collection, items }) => ({
    heading: COLLECTION_LABELS[collection].plural,
    collection,
    items: items.map(({ entry, href, citedBy }): AppendixItemView => {
      const detail = appendixDetail(entry);
      return {
        ref: nextRef(),
        slug: entry.slug,
        title: entry.data.title,
        href,
        ...(detail ? { detail } : {}),
        citedBy: formatCitationMarks(citedBy),
      };
    }),
  }));
}

function appendixDetail(entry: Entry): string | undefined {
  switch (entry.collection) {
    case 'events':
      return `${entry.data.approximate ? 'c. ' : ''}${formatPartialDate(entry.data.date)}, ${humanize(entry.data.reporting).toLowerCase()}`;
    case 'relationships':
      return `${humanize(entry.data.kind).toLowerCase()}, ${entry.data.confidence} confidence`;
    case 'judgments':
      return `${entry.data.confidence} confidence, ${entry.data.status}`;
    default:
      return 'kind' in entry.data ? humanize(entry.data.kind).toLowerCase() : undefined;
  }
}

function sourceItems(appendix: BriefingAppendix, nextRef: () => number): SourceItemView[] {
  return appendix.sources.map(({ entry, href, citedBy }) => {
    const { authors, publisher, published, reliability, url } = entry.data;
    const detail = [authors.join(', '), publisher, formatPartialDate(published)].filter(Boolean).join('. ');
    const credibilities = [...new Set(citedBy.flatMap((mark) => mark.credibility ?? []))].sort();
    // A citation without a credibility adds nothing beside those with one: the reliability alone only when none has.
    const grades = (credibilities.length ? credibilities : [undefined]).flatMap(
      (credibility) => admiraltyGrade(reliability, credibility) ?? [],
    );
    return {
      ref: nextRef(),
      slug: entry.slug,
      title: entry.data.title,
      href,
      detail,
      citedBy: formatCitationMarks(citedBy),
      grades,
      ...(reliability ? { reliability: { grade: reliability, meaning: RELIABILITY_MEANINGS[reliability] } } : {}),
      ...(url ? { url } : {}),
    };
  });
}

export function briefingView(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): BriefingView {
  const appendix = compileAppendix(kb, briefing);
  let ref = 0;
  const nextRef = () => ++ref;
  const entries = appendixItems(appendix, nextRef);
  return {
    bottomLine: bottomLine(briefing.data.summary),
    dateLabel: formatPartialDate(briefing.data.date, 'long'),
    authors: briefing.data.authors,
    ...(briefing.data.audience ? { audience: briefing.data.audience } : {}),
    readingMinutes: briefingReadingMinutes(kb, briefing),
    keyJudgments: keyJudgmentRows(kb, briefing),
    appendix: entries,
    sources: sourceItems(appendix, nextRef),
  };
}

export interface BriefingListItem {
  slug: string;
  title: string;
  href: string;
  date: string;
  dateLabel: string;
  /** The bottom line up front. */
  bottomLine: string;
  audience?: string;
  authors: readonly string[];
  keyJudgmentCount: number;
  readingMinutes: number;
}

/** The briefings of this release, newest first (then by title). */
export function briefingList(kb: KnowledgeBase): BriefingListItem[] {
  return [...kb.byCollection.briefings]
    .sort(
      (a, b) =>
        partialDateSortKey(b.data.date).localeCompare(partialDateSortKey(a.data.date)) || a.data.title.localeCompare(b.data.title, 'en'),
    )
    .map((briefing) => ({
      slug: briefing.slug,
      title: briefing.data.title,
      href: entryPath(kb.base, 'briefings', briefing.slug),
      date: briefing.data.date,
      dateLabel: formatPartialDate(briefing.data.date, 'long'),
      bottomLine: bottomLine(briefing.data.summary),
      ...(briefing.data.audience ? { audience: briefing.data.audience } : {}),
      authors: briefing.data.authors,
      keyJudgmentCount: briefing.data.keyJudgments.filter((slug) => kb.resolve(slug).status === 'entry').length,
      readingMinutes: briefingReadingMinutes(kb, briefing),
    }));
}
