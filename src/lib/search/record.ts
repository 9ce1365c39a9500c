/**
 * What the search index holds for one entry beyond its page's main content: the filters, the
 * metadata a result shows, and the search keys of its names, weighted above body text.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import { entryDateLabel, entryKind } from '../collections/index.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import { searchFacets, type SearchFacets } from './facets.ts';
import { ALIAS_SEPARATOR } from './fields.ts';
import { searchKeys } from './normalize.ts';
import { FIELD_WEIGHTS } from './word-score.ts';

export interface SearchRecord {
  filters: SearchFacets;
  /** Shown with a result: type ("Event · Attack"), date as given, summary, aliases. */
  meta: Record<'type' | 'date' | 'summary' | 'aliases', string>;
  /** Search keys of the title, aliases and native name. */
  nameKeys: string[];
  /** How much the name keys weigh (Pagefind's scale is 0–10; an h1 is 7, body text 1). */
  nameWeight: number;
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

/** The search keys of an entry's names, each once: what its weighted names hold in the index and the lexicon. */
export function entryNameKeys(entry: Entry): string[] {
  return [...new Set(entryNames(entry).flatMap((name) => searchKeys(name, 'index')))];
}

export function searchRecord(entry: Entry, kb: KnowledgeBase): SearchRecord {
  const kind = entryKind(entry);
  const nameKeys = entryNameKeys(entry);
  return {
    filters: searchFacets(entry, kb),
    meta: {
      type: `${COLLECTION_LABELS[entry.collection].singular}${kind ? ` · ${humanize(kind)}` : ''}`,
      date: entryDateLabel(entry) ?? '',
      summary: entry.data.summary,
      aliases: entry.data.aliases.join(ALIAS_SEPARATOR),
    },
    nameKeys,
    nameWeight: nameWeight(entry),
  };
}
