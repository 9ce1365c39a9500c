/** A judgment's evidence ledger: what supports it, what contradicts it, what is context. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { EVIDENCE_BEARINGS, type EvidenceBearing } from '../schema/judgments.ts';
import type { EntryOf } from '../schema/index.ts';
import { linkView, type LinkView } from './references-view.ts';

export const BEARING_HEADINGS: Record<EvidenceBearing, string> = {
  supports: 'Supports',
  contradicts: 'Contradicts',
  context: 'Context',
};

export type EvidenceLedger = { bearing: EvidenceBearing; items: LinkView[] }[];

export function evidenceLedger(kb: KnowledgeBase, judgment: EntryOf<'judgments'>): EvidenceLedger {
  return EVIDENCE_BEARINGS.map((bearing) => ({
    bearing,
    items: judgment.data.evidence.filter((item) => item.bearing === bearing).map((item) => linkView(kb, item.entry)),
  }));
}
