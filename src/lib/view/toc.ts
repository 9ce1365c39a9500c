/**
 * "On this page": the sections of a long page, from the headings of its rendered body and the
 * sections the page adds around it (evidence ledger, ties, appendices …), and which of them the
 * reader is in. Pure: the page renders the list at build time, a small script marks the current one.
 */
import { ENTRY_CITATION_ID } from '../cite/citation.ts';
import type { CollectionName } from '../schema/index.ts';
import { htmlText } from '../markdown/html-text.ts';

export interface TocItem {
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  level: 2 | 3;
}

/** The sections every page type can add around an entry's body, with the ids their headings carry. */
export const PAGE_SECTIONS = {
  bottomLine: { id: 'briefing-bluf', text: 'Bottom line up front', level: 2 },
  keyJudgments: { id: 'briefing-key-judgments', text: 'Key judgments', level: 2 },
  appendixEntries: { id: 'briefing-appendix', text: 'Appendix A: entries cited', level: 2 },
  appendixSources: { id: 'briefing-sources', text: 'Appendix B: sources', level: 2 },
  ledger: { id: 'ledger-heading', text: 'Evidence ledger', level: 2 },
  ties: { id: 'ties-heading', text: 'Ties', level: 2 },
  backlinks: { id: 'backlinks-heading', text: 'Linked from', level: 2 },
  cite: { id: `${ENTRY_CITATION_ID}-heading`, text: 'Cite this entry', level: 2 },
} as const satisfies Record<string, TocItem>;

/** A page with fewer sections than this reads without a table of contents. */
const MIN_TOC_SECTIONS = 4;

const HEADING = /<h([23])\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** The second- and third-level headings of rendered body HTML, in order, with their ids. */
export function bodyHeadings(html: string): TocItem[] {
  return [...html.matchAll(HEADING)].map(([, level, id, inner]) => ({
    id: id!,
    text: htmlText(inner!),
    level: Number(level) as 2 | 3,
  }));
}

/**
 * The table of contents of a page whose body has `headings`, between the sections shown `before`
 * and `after` it; empty when the page is too short to need one.
 */
export function tableOfContents(headings: readonly TocItem[], before: readonly TocItem[] = [], after: readonly TocItem[] = []): TocItem[] {
  const items = [...before, ...headings, ...after];
  return items.filter((item) => item.level === 2).length >= MIN_TOC_SECTIONS ? items : [];
}

/** What an entry page shows around its body, beyond what every entry page has. */
export interface PageExtras {
  /** An actor with ties listed on its page. */
  hasTies?: boolean;
  /** A place's overview heading, "In <place>". */
  placeOverview?: string;
}

/** The table of contents of an entry page (any collection, briefings included) from its body's headings. */
export function entryToc(collection: CollectionName, headings: readonly TocItem[], extras: PageExtras = {}): TocItem[] {
  const closing = [PAGE_SECTIONS.backlinks, PAGE_SECTIONS.cite];
  if (collection === 'briefings') {
    return tableOfContents(
      headings,
      [PAGE_SECTIONS.bottomLine, PAGE_SECTIONS.keyJudgments],
      [PAGE_SECTIONS.appendixEntries, PAGE_SECTIONS.appendixSources, ...closing],
    );
  }
  const after: TocItem[] = [
    ...(collection === 'judgments' ? [PAGE_SECTIONS.ledger] : []),
    ...(extras.hasTies ? [PAGE_SECTIONS.ties] : []),
    ...(extras.placeOverview ? [{ id: 'place-overview-heading', text: extras.placeOverview, level: 2 as const }] : []),
    ...closing,
  ];
  return tableOfContents(headings, [], after);
}

/**
 * The section the reader is in: the last one whose heading has scrolled to within `offset`
 * pixels of the top of the window (tops are relative to it), else the first. At the end of the
 * page it is the last section, whose heading may never reach the top.
 */
export function currentSection(tops: readonly { id: string; top: number }[], offset: number, atEnd = false): string | undefined {
  if (atEnd) return tops.at(-1)?.id;
  let current = tops[0]?.id;
  for (const { id, top } of tops) {
    if (top <= offset) current = id;
    else break;
  }
  return current;
}
