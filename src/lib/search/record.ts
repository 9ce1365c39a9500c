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

export interface SearchRecord {
  filters: SearchFacets;
  /**
   * Shown with a result: type ("Event · Attack"), date as given, summary, aliases. And, for
   * actors and places, `names`: the search keys of their names, which Pagefind's metadata
   * ranking boosts (the browser gives the field its weight), so that the entry a name
   * belongs to comes before entries that mention it.
   */
  meta: Record<'type' | 'date' | 'summary' | 'aliases' | 'names', string>;
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
const NAME_WEIGHTS = { name: 10, description: 6 };

export function searchRecord(entry: Entry, kb: KnowledgeBase): SearchRecord {
  const kind = entryKind(entry);
  const isNamed = entry.collection === 'actors' || entry.collection === 'places';
  const names = [
    entry.data.title,
    ...entry.data.aliases,
    ...(entry.collection === 'actors' && entry.data.nativeName ? [entry.data.nativeName] : []),
  ];
  const nameKeys = [...new Set(names.flatMap((name) => searchKeys(name, 'index')))];
  return {
    filters: searchFacets(entry, kb),
    meta: {
      type: `${COLLECTION_LABELS[entry.collection].singular}${kind ? ` · ${humanize(kind)}` : ''}`,
      date: entryDateLabel(entry) ?? '',
      summary: entry.data.summary,
      aliases: entry.data.aliases.join(ALIAS_SEPARATOR),
      names: isNamed ? nameKeys.join(' ') : '',
    },
    nameKeys,
    nameWeight: isNamed ? NAME_WEIGHTS.name : NAME_WEIGHTS.description,
  };
}
