/**
 * What an entry can be filtered by in search: its type, the places and actors it involves, the
 * years it covers and, for judgments and relationships, confidence and status. Each collection's
 * descriptor (src/lib/collections/) says which of its fields give which facet.
 */
import { descriptorOf, fieldText } from '../collections/index.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import { humanize } from '../vocabulary.ts';
import type { FacetName } from './facet-names.ts';

export type SearchFacets = Record<FacetName, string[]>;

/** Where an entry's subject happened or holds, with the places that contain it. */
function entryPlaces(kb: KnowledgeBase, entry: Entry): string[] {
  return descriptorOf(entry).facets.places(kb, entry, (related) => entryPlaces(kb, related));
}

function entryActors(kb: KnowledgeBase, entry: Entry): string[] {
  return descriptorOf(entry).facets.actors(kb, entry, (related) => entryActors(kb, related));
}

/** A controlled value the entry is filed under, in words, from the field the descriptor names. */
function controlledValue(entry: Entry, field: string | undefined): string[] {
  const value = fieldText(entry, field);
  return value === undefined ? [] : [humanize(value)];
}

const unique = (values: string[]) => [...new Set(values)];

export function searchFacets(entry: Entry, kb: KnowledgeBase): SearchFacets {
  const { label, facets } = descriptorOf(entry);
  return {
    type: [label.singular],
    place: unique(entryPlaces(kb, entry)),
    actor: unique(entryActors(kb, entry)),
    year: unique(facets.years(entry)),
    confidence: controlledValue(entry, facets.confidence),
    status: controlledValue(entry, facets.status),
  };
}
