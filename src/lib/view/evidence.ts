/**
 * A judgment's evidence ledger: each event or relationship it rests on, how it bears on the
 * judgment, how well the event is reported or how confident the tie is, and the reliability of
 * the sources behind it; and the judgment's history (what it supersedes, what superseded it).
 */
import { formatDateRange, formatPartialDate } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { EVIDENCE_BEARINGS, type EvidenceBearing } from '../schema/judgments.ts';
import type { Citation, Entry, EntryOf } from '../schema/index.ts';
import { citationGrade, type AdmiraltyGrade } from '../grade.ts';
import { linkView, type LinkView } from './references-view.ts';
import { COLLECTION_LABELS, CONFIDENCE_MEANINGS, humanize, REPORTING_MEANINGS } from '../vocabulary.ts';

export const BEARING_HEADINGS: Record<EvidenceBearing, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

/** A value with the longer explanation a reader may want beside it. */
interface Explained {
  text: string;
  meaning: string;
}

interface LedgerSource {
  link: LinkView;
  /** The two-part Admiralty grades of the entry's citations of the source ("B2"), each once. */
  grades: AdmiraltyGrade[];
  /** Where in the source, e.g. "para. 2; para. 4". */
  locators: string[];
}

interface LedgerRow {
  /**
   * The row's anchor, `evidence-<entry slug>`, on the first row of each entry; absent when the
   * entry is withheld (its slug must not appear).
   */
  anchor?: string;
  bearing: EvidenceBearing;
  link: LinkView;
  /** "Event" or "Relationship"; absent for an entry withheld from this release. */
  type?: string;
  date?: string;
  /** An event's reporting status. */
  reporting?: Explained;
  /** A relationship's confidence. */
  confidence?: Explained;
  sources: LedgerSource[];
}

export interface EvidenceLedger {
  rows: LedgerRow[];
  counts: { bearing: EvidenceBearing; label: string; count: number }[];
  history: { supersedes?: LinkView; supersededBy: LinkView[] };
}

/** The entry's sources, each once, with every locator and grade cited. */
function ledgerSources(kb: KnowledgeBase, citations: readonly Citation[]): LedgerSource[] {
  const bySlug = new Map<string, LedgerSource>();
  for (const citation of citations) {
    const source =
      bySlug.get(citation.source) ??
      bySlug.set(citation.source, { link: linkView(kb, citation.source), grades: [], locators: [] }).get(citation.source)!;
    if (citation.locator) source.locators.push(citation.locator);
    const grade = citationGrade(kb, citation);
    if (grade && !source.grades.some((g) => g.text === grade.text)) source.grades.push(grade);
  }
  return [...bySlug.values()];
}

function evidenceDetails(kb: KnowledgeBase, entry: Entry): Omit<LedgerRow, 'anchor' | 'bearing' | 'link'> {
  const type = COLLECTION_LABELS[entry.collection].singular;
  if (entry.collection === 'events') {
    const { data } = entry;
    return {
      type,
      date: data.endDate ? formatDateRange(data.date, data.endDate)! : formatPartialDate(data.date),
      reporting: { text: humanize(data.reporting), meaning: REPORTING_MEANINGS[data.reporting] },
      sources: ledgerSources(kb, data.sources),
    };
  }
  if (entry.collection === 'relationships') {
    const { data } = entry;
    const period = formatDateRange(data.start, data.end);
    return {
      type,
      ...(period ? { date: period } : {}),
      confidence: { text: humanize(data.confidence), meaning: CONFIDENCE_MEANINGS[data.confidence] },
      sources: ledgerSources(kb, data.sources),
    };
  }
  return { type, sources: [] };
}

export function evidenceLedger(kb: KnowledgeBase, judgment: EntryOf<'judgments'>): EvidenceLedger {
  const rows = EVIDENCE_BEARINGS.flatMap((bearing) =>
    judgment.data.evidence
      .filter((item) => item.bearing === bearing)
      .map((item): LedgerRow => {
        const resolution = kb.resolve(item.entry);
        // A withheld entry shows as "withheld", with nothing about it.
        const details = resolution.status === 'entry' ? evidenceDetails(kb, resolution.entry) : { sources: [] };
        return {
          ...(resolution.status === 'entry' ? { anchor: `evidence-${resolution.entry.slug}` } : {}),
          bearing,
          link: linkView(kb, item.entry),
          ...details,
        };
      }),
  );
  // An entry listed under two bearings keeps one anchor, on its first row.
  const anchored = new Set<string>();
  for (const row of rows) {
    if (row.anchor === undefined) continue;
    if (anchored.has(row.anchor)) delete row.anchor;
    else anchored.add(row.anchor);
  }
  const supersededBy = (kb.graph.incoming.get(judgment.slug) ?? [])
    .filter((edge) => edge.field === 'supersedes')
    .map((edge) => linkView(kb, edge.source));
  return {
    rows,
    counts: EVIDENCE_BEARINGS.map((bearing) => ({
      bearing,
      label: BEARING_HEADINGS[bearing],
      count: rows.filter((row) => row.bearing === bearing).length,
    })),
    history: { ...(judgment.data.supersedes ? { supersedes: linkView(kb, judgment.data.supersedes) } : {}), supersededBy },
  };
}
