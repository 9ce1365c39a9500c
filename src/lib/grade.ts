/**
 * The two-part Admiralty grade of a citation: the source's reliability (A–F) and the cited
 * information's credibility (1–6), written together as analysts do ("B2"), with what it means.
 */
import type { KnowledgeBase } from './knowledge-base.ts';
import type { Citation, CredibilityGrade } from './schema/index.ts';
import type { ReliabilityGrade } from './schema/sources.ts';
import { CREDIBILITY_MEANINGS, RELIABILITY_MEANINGS } from './vocabulary.ts';

export interface AdmiraltyGrade {
  /** "B2", or one part alone ("B", "2") when only one is known. */
  text: string;
  /** "Admiralty grade B2: source: usually reliable; information: probably true." */
  meaning: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function admiraltyGrade(reliability?: ReliabilityGrade, credibility?: CredibilityGrade): AdmiraltyGrade | undefined {
  if (!reliability && !credibility) return undefined;
  const parts = [
    `source: ${reliability ? lowerFirst(RELIABILITY_MEANINGS[reliability]) : 'not graded'}`,
    `information: ${credibility ? lowerFirst(CREDIBILITY_MEANINGS[credibility]) : 'not graded'}`,
  ];
  const text = `${reliability ?? ''}${credibility ?? ''}`;
  return { text, meaning: `Admiralty grade ${text}: ${parts.join('; ')}.` };
}

/** The reliability of the source a citation names, when it is an included, graded source. */
function sourceReliability(kb: KnowledgeBase, source: string): ReliabilityGrade | undefined {
  const resolution = kb.resolve(source);
  return resolution.status === 'entry' && resolution.entry.collection === 'sources' ? resolution.entry.data.reliability : undefined;
}

/** A citation's two-part grade: its source's reliability and its own credibility. */
export function citationGrade(kb: KnowledgeBase, citation: Citation): AdmiraltyGrade | undefined {
  return admiraltyGrade(sourceReliability(kb, citation.source), citation.credibility);
}
