/**
 * The pieces every STIX 2.1 object of the export shares: deterministic ids, timestamps derived
 * from the entry's own dates (never the build time), TLP markings and the confidence scale.
 * docs/exports.md explains each choice.
 */
import { partialDateLastDayKey, partialDateSortKey } from '../dates.ts';
import type { Citation, Confidence, CredibilityGrade, Entry, Marking } from '../schema/index.ts';
import { uuidV5 } from './uuid.ts';

/** The UUIDv5 namespace of this knowledge base's STIX ids. Changing it changes every id. */
export const STIX_NAMESPACE = 'ba6bc28e-aea6-428e-8e51-d39e71af7b52';

export type StixObject = { type: string; id: string } & Record<string, unknown>;

export function stixId(type: string, name: string): string {
  return `${type}--${uuidV5(STIX_NAMESPACE, name)}`;
}

/**
 * The name an entry's ids derive from: its first former slug when it was renamed (authors list
 * former slugs oldest first), else its slug, so a renamed entry keeps its STIX id.
 */
export function stixKey(entry: Entry): string {
  return entry.data.formerSlugs[0] ?? entry.slug;
}

/** The name and description most objects take from the entry. */
export function described(entry: Entry): { name: string; description: string } {
  return { name: entry.data.title, description: entry.data.summary };
}

/** An entry with no date of its own: a fixed timestamp, so re-exports never change it. */
export const UNDATED = '1970-01-01T00:00:00.000Z';

/** Start of a partial date ("2014-11" → 2014-11-01T00:00:00.000Z). */
export function startTimestamp(partialDate: string): string {
  return `${partialDateSortKey(partialDate)}T00:00:00.000Z`;
}

/** End of a partial date ("2014-11" → 2014-11-30T23:59:59.999Z). */
export function endTimestamp(partialDate: string): string {
  return `${partialDateLastDayKey(partialDate)}T23:59:59.999Z`;
}

/**
 * `created` and `modified`: `created` from the date the entry's record carries (`record`: an
 * event's date, a judgment's issue, a source's publication), else `updated`; `modified` is
 * `updated` when given, and never before `created`.
 */
export function entryTimestamps(entry: Entry, record: string | undefined): { created: string; modified: string } {
  const updated = entry.data.updated;
  const created = record ? startTimestamp(record) : updated ? startTimestamp(updated) : UNDATED;
  const modified = updated ? startTimestamp(updated) : created;
  return modified < created ? { created: modified, modified: created } : { created, modified };
}

/**
 * The TLP 1.0 marking definitions STIX 2.1 predefines (section 7.2.1.4), with their fixed ids.
 * TLP 2.0 CLEAR is TLP 1.0 WHITE; AMBER+STRICT has no TLP 1.0 equivalent and maps to AMBER
 * (the object also carries the exact TLP 2.0 marking in `x_kb_marking`).
 */
const TLP_DEFINITIONS = {
  white: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  green: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  amber: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  red: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
} as const;
type TlpColour = keyof typeof TLP_DEFINITIONS;

const TLP_OF_MARKING: Record<Marking, TlpColour> = {
  'TLP:CLEAR': 'white',
  'TLP:GREEN': 'green',
  'TLP:AMBER': 'amber',
  'TLP:AMBER+STRICT': 'amber',
  'TLP:RED': 'red',
};

export function markingRef(marking: Marking): string {
  return TLP_DEFINITIONS[TLP_OF_MARKING[marking]];
}

/** The marking-definition object for a marking, exactly as the specification defines it. */
export function markingDefinition(marking: Marking): StixObject {
  const colour = TLP_OF_MARKING[marking];
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP_DEFINITIONS[colour],
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${colour.toUpperCase()}`,
    definition: { tlp: colour },
  };
}

/**
 * STIX's 0–100 `confidence` from our ICD 203 confidence, by the specification's Low/Med/High
 * scale (Appendix A: Low 15, Med 50, High 85). Likelihood is not folded in: it travels apart.
 */
export const STIX_CONFIDENCE: Record<Confidence, number> = { low: 15, moderate: 50, high: 85 };

/**
 * STIX's 0–100 `confidence` from an Admiralty credibility, by the specification's Admiralty
 * Credibility scale (Appendix A): 1 → 90 … 5 → 10; 6 (truth cannot be judged) sets none.
 */
const STIX_CREDIBILITY: Record<CredibilityGrade, number | undefined> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined };

/** An event's STIX confidence: from the highest credibility any of its citations gives, if one does. */
export function citedConfidence(citations: readonly Citation[]): number | undefined {
  const values = citations.flatMap((c) => (c.credibility ? (STIX_CREDIBILITY[c.credibility] ?? []) : []));
  return values.length ? Math.max(...values) : undefined;
}
