/**
 * What search holds for one entry beyond its text: the filters (facet-table.ts) and the metadata
 * a result shows (result-data.ts); and the entry's names, which the lexicon weighs above the rest.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import { entryDateLabel, entryKind } from '../collections/index.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import { searchFacets, type SearchFacets } from './facets.ts';
import { ALIAS_SEPARATOR } from './result-data.ts';
import { searchKeys } from './normalize.ts';
import { FIELD_WEIGHTS } from './word-score.ts';

export interface SearchRecord {
  filters: SearchFacets;
  /** Shown with a result: type ("Event · Attack"), date as given, summary, aliases. */
  meta: Record<'type' | 'date' | 'summary' | 'aliases', string>;
}

/**
 * An actor's or place's title is its name, so it and the aliases weigh most: a search for
 * "ISIS" puts the Islamic State before a source titled "… disowns ISIS". Other titles are
 * descriptions and weigh like a heading.
 */
export function nameWeight(entry: Entry): number {
  return entry.collection === 'actors' || entry.collection === 'places' ? FIELD_WEIGHTS.name : FIELD_WEIGHTS.description;
}

/** An entry's names: its title, aliases and (an actor's) native name. */
export function entryNames(entry: Entry): string[] {
  return [
    entry.data.title,
    ...entry.data.aliases,
    ...(entry.collection === 'actors' && entry.data.nativeName ? [entry.data.nativeName] : []),
  ];
}

/** The search keys of an entry's names, each once: the lexicon weighs them above the rest (word-score.ts). */
export function entryNameKeys(entry: Entry): string[] {
  return [...new Set(entryNames(entry).flatMap((name) => searchKeys(name, 'index')))];
}

export function searchRecord(entry: Entry, kb: KnowledgeBase): SearchRecord {
  const kind = entryKind(entry);
  return {
    filters: searchFacets(entry, kb),
    meta: {
      type: `${COLLECTION_LABELS[entry.collection].singular}${kind ? ` · ${humanize(kind)}` : ''}`,
      date: entryDateLabel(entry) ?? '',
      summary: entry.data.summary,
      aliases: entry.data.aliases.join(ALIAS_SEPARATOR),
    },
  };
}
