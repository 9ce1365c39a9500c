/** What the controlled values mean, in words a reader needs beside them. */
import type { CollectionName, Confidence, CredibilityGrade, Likelihood, Marking } from './schema/index.ts';
import type { ReliabilityGrade } from './schema/sources.ts';
import type { ReportingStatus } from './schema/events.ts';
import type { JudgmentStatus } from './schema/judgments.ts';
import type { RelationshipKind } from './schema/relationships.ts';

export const COLLECTION_LABELS: Record<CollectionName, { singular: string; plural: string; description: string }> = {
  actors: { singular: 'Actor', plural: 'Actors', description: 'Groups, people, media outlets and states.' },
  events: {
    singular: 'Event',
    plural: 'Events',
    description: 'What happened, when and where, who took part, and how well it is reported.',
  },
  relationships: {
    singular: 'Relationship',
    plural: 'Relationships',
    description: 'Sourced, dated ties between two actors, with where they hold.',
  },
  judgments: {
    singular: 'Judgment',
    plural: 'Judgments',
    description: 'Analytic judgments with their confidence, likelihood and evidence.',
  },
  sources: { singular: 'Source', plural: 'Sources', description: 'Where the claims come from, with a reliability grade.' },
  places: { singular: 'Place', plural: 'Places', description: 'Countries, regions, cities, camps and sites.' },
  briefings: { singular: 'Briefing', plural: 'Briefings', description: 'Reading documents for decision makers: bottom line first.' },
};

/** "media-outlet" → "Media outlet". */
export function humanize(value: string): string {
  const words = value.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** ICD 203 confidence levels, as the US Intelligence Community describes them. */
export const CONFIDENCE_MEANINGS: Record<Confidence, string> = {
  high: 'High confidence: based on high-quality information from multiple sources; the judgment could still be wrong.',
  moderate: 'Moderate confidence: credibly sourced and plausible, but not of sufficient quality or corroboration for higher confidence.',
  low: 'Low confidence: the information is scant, questionable, fragmented or poorly corroborated.',
};

/** ICD 203 estimative terms and their probability ranges. */
export const LIKELIHOOD_TERMS: Record<Likelihood, { term: string; range: string }> = {
  'almost-no-chance': { term: 'Almost no chance', range: '1–5%' },
  'very-unlikely': { term: 'Very unlikely', range: '5–20%' },
  unlikely: { term: 'Unlikely', range: '20–45%' },
  'roughly-even-chance': { term: 'Roughly even chance', range: '45–55%' },
  likely: { term: 'Likely', range: '55–80%' },
  'very-likely': { term: 'Very likely', range: '80–95%' },
  'almost-certain': { term: 'Almost certain', range: '95–99%' },
};

/** Admiralty (NATO) source reliability grades. */
export const RELIABILITY_MEANINGS: Record<ReliabilityGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** What a judgment's status tells a reader. */
export const JUDGMENT_STATUS_MEANINGS: Record<JudgmentStatus, string> = {
  current: 'The judgment as the knowledge base holds it now.',
  revised: 'Changed since it was first issued; the entry says what changed.',
  superseded: 'Replaced by a later judgment, which names this one as the judgment it supersedes.',
  withdrawn: 'No longer held; kept so that citations of it still resolve.',
};

/** One grade of an Admiralty scale: its value, its short label and what it means. */
export interface GradeScaleItem<V> {
  value: V;
  label: string;
  meaning: string;
}

/** The Admiralty reliability scale (of the source), A–F, for pages that explain it. */
export const RELIABILITY_SCALE: readonly GradeScaleItem<ReliabilityGrade>[] = [
  {
    value: 'A',
    label: RELIABILITY_MEANINGS.A,
    meaning: "No doubt about the source's authenticity, trustworthiness or competence; a history of complete reliability.",
  },
  { value: 'B', label: RELIABILITY_MEANINGS.B, meaning: 'Minor doubts; a history of mostly valid information.' },
  { value: 'C', label: RELIABILITY_MEANINGS.C, meaning: 'Doubts; has given valid information in the past.' },
  { value: 'D', label: RELIABILITY_MEANINGS.D, meaning: 'Significant doubts; has given valid information only now and then.' },
  {
    value: 'E',
    label: RELIABILITY_MEANINGS.E,
    meaning: 'Lacks authenticity, trustworthiness and competence; a history of invalid information.',
  },
  { value: 'F', label: RELIABILITY_MEANINGS.F, meaning: 'No basis for judging the source (new, or not assessed).' },
];

/** The Admiralty credibility scale (of the information cited), 1–6, beside the source's reliability. */
export const CREDIBILITY_SCALE: readonly GradeScaleItem<CredibilityGrade>[] = [
  {
    value: 1,
    label: 'Confirmed by other sources',
    meaning: 'Confirmed by other independent sources; logical in itself; consistent with other information on the subject.',
  },
  { value: 2, label: 'Probably true', meaning: 'Not confirmed; logical in itself; consistent with other information on the subject.' },
  {
    value: 3,
    label: 'Possibly true',
    meaning: 'Not confirmed; reasonably logical in itself; agrees with some other information on the subject.',
  },
  { value: 4, label: 'Doubtful', meaning: 'Not confirmed; possible but not logical; no other information on the subject.' },
  { value: 5, label: 'Improbable', meaning: 'Not confirmed; not logical in itself; contradicted by other information on the subject.' },
  { value: 6, label: 'Truth cannot be judged', meaning: 'No basis exists for evaluating the validity of the information.' },
];

export const CREDIBILITY_MEANINGS = Object.fromEntries(CREDIBILITY_SCALE.map((item) => [item.value, item.label])) as Record<
  CredibilityGrade,
  string
>;

export const REPORTING_MEANINGS: Record<ReportingStatus, string> = {
  confirmed: 'Confirmed by reliable sources.',
  reported: 'Reported, not independently confirmed.',
  disputed: 'Accounts conflict.',
  denied: 'Denied by a party to it.',
};

/** TLP 2.0: who may receive the information. */
export const MARKING_MEANINGS: Record<Marking, string> = {
  'TLP:CLEAR': 'Disclosure is not limited.',
  'TLP:GREEN': 'Limited disclosure: recipients may share it within their community, not publicly.',
  'TLP:AMBER': 'Limited disclosure: recipients may share it only within their organization and its clients, on a need-to-know basis.',
  'TLP:AMBER+STRICT': 'Limited disclosure: recipients may share it only within their own organization.',
  'TLP:RED': 'For the eyes and ears of individual recipients only; no further disclosure.',
};

/** How a relationship reads as a sentence: "Group A pledged allegiance to Group B". */
export const RELATIONSHIP_VERBS: Record<RelationshipKind, string> = {
  'pledged-allegiance': 'pledged allegiance to',
  'branch-of': 'is a branch of',
  leads: 'leads',
  'member-of': 'is a member of',
  'media-arm-of': 'is a media arm of',
  'split-from': 'split from',
  cooperation: 'cooperation with',
  truce: 'truce with',
  rivalry: 'rivalry with',
  hostility: 'hostility with',
};

/** "briefing" for one, "briefings" for any other number. */
export function collectionNoun(count: number, collection: CollectionName): string {
  const labels = COLLECTION_LABELS[collection];
  return (count === 1 ? labels.singular : labels.plural).toLowerCase();
}

/** "1 briefing", "20 actors": a count with its collection's noun in the right number. */
export function countOf(count: number, collection: CollectionName): string {
  return `${count} ${collectionNoun(count, collection)}`;
}
