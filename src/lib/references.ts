/**
 * Which frontmatter fields point at other entries, which collections they may point at,
 * and how the target relates to the entry that points at it ("participant in", "cited by").
 * The label is phrased from the target's side, because it is shown on the target's page.
 */
import type { Citation, CollectionName, Entry } from './schema/index.ts';
import type { ParticipantRole } from './schema/events.ts';
import type { EvidenceBearing } from './schema/judgments.ts';

export interface FrontmatterReference {
  /** The field as an author would find it: "participants[0].actor". */
  field: string;
  target: string;
  /** Collections the target may belong to. */
  expected: readonly CollectionName[];
  /** How the target relates to the referring entry, shown on the target's page. */
  relation: string;
}

export const ROLE_RELATIONS: Record<ParticipantRole, string> = {
  perpetrator: 'perpetrator of',
  'claimed-by': 'claimed',
  alleged: 'alleged perpetrator of',
  participant: 'participant in',
  target: 'target of',
  signatory: 'signatory to',
  speaker: 'speaker in',
};

export const BEARING_RELATIONS: Record<EvidenceBearing, string> = {
  supports: 'evidence for',
  contradicts: 'evidence against',
  context: 'context for',
};

/** The relation of a page to an entry that links it from body text. */
export const MENTION_RELATION = 'mentioned in';

function each(field: string, slugs: readonly string[], expected: readonly CollectionName[], relation: string) {
  return slugs.map((target, i) => ({ field: `${field}[${i}]`, target, expected, relation }));
}

function citations(sources: readonly Citation[]): FrontmatterReference[] {
  return sources.map((citation, i) => ({
    field: `sources[${i}]`,
    target: citation.source,
    expected: ['sources'],
    relation: 'cited by',
  }));
}

/** Every reference an entry's frontmatter makes. */
export function frontmatterReferences(entry: Entry): FrontmatterReference[] {
  switch (entry.collection) {
    case 'actors':
      return each('regions', entry.data.regions, ['places'], 'region of');
    case 'events':
      return [
        ...entry.data.participants.map((participant, i) => ({
          field: `participants[${i}].actor`,
          target: participant.actor,
          expected: ['actors'] as const,
          relation: ROLE_RELATIONS[participant.role],
        })),
        ...each('places', entry.data.places, ['places'], 'location of'),
        ...citations(entry.data.sources),
      ];
    case 'relationships':
      return [
        { field: 'from', target: entry.data.from, expected: ['actors'], relation: 'party to' },
        { field: 'to', target: entry.data.to, expected: ['actors'], relation: 'party to' },
        ...each('scope', entry.data.scope, ['places'], 'scope of'),
        ...each('evidence', entry.data.evidence, ['events'], 'evidence for'),
        ...citations(entry.data.sources),
      ];
    case 'judgments':
      return [
        ...each('about', entry.data.about, ['actors'], 'subject of'),
        ...entry.data.evidence.map((item, i) => ({
          field: `evidence[${i}].entry`,
          target: item.entry,
          expected: ['events', 'relationships'] as const,
          relation: BEARING_RELATIONS[item.bearing],
        })),
        ...(entry.data.supersedes
          ? [{ field: 'supersedes', target: entry.data.supersedes, expected: ['judgments'] as const, relation: 'superseded by' }]
          : []),
        ...citations(entry.data.sources),
      ];
    case 'sources':
      return [];
    case 'places':
      return entry.data.parent ? [{ field: 'parent', target: entry.data.parent, expected: ['places'], relation: 'parent of' }] : [];
    case 'briefings':
      return each('keyJudgments', entry.data.keyJudgments, ['judgments'], 'key judgment in');
  }
}
