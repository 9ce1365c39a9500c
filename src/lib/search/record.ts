/**
 * What the search index holds for one entry beyond its page's main content: the filters, the
 * metadata a result shows, and the search keys of its names, weighted above body text.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import { entryDateLabel, entryKind } from '../view/facts.ts';
import { COLLECTION_LABELS, humanize } from '../view/vocabulary.ts';
import { searchFacets, type SearchFacets } from './facets.ts';
import { ALIAS_SEPARATOR } from './fields.ts';
import { searchKeys } from './normalize.ts';

export interface SearchRecord {
  filters: SearchFacets;
  /** Shown with a result: type ("Event · Attack"), date as given, summary, aliases. */
  meta: Record<'type' | 'date' | 'summary' | 'aliases', string>;
  /** Search keys of the title, aliases and native name. */
  nameKeys: string[];
}

export function searchRecord(entry: Entry, kb: KnowledgeBase): SearchRecord {
  const kind = entryKind(entry);
  const names = [entry.data.title, ...entry.data.aliases, ...(entry.collection === 'actors' && entry.data.nativeName ? [entry.data.nativeName] : [])];
  return {
    filters: searchFacets(entry, kb),
    meta: {
      type: `${COLLECTION_LABELS[entry.collection].singular}${kind ? ` · ${humanize(kind)}` : ''}`,
      date: entryDateLabel(entry) ?? '',
      summary: entry.data.summary,
      aliases: entry.data.aliases.join(ALIAS_SEPARATOR),
    },
    nameKeys: [...new Set(names.flatMap((name) => searchKeys(name, 'index')))],
  };
}
