/**
 * Every file of the site's search data (facet table, lexicon, result files) names entries by
 * their position in the search order (lexicon.ts), so files of two builds whose entries differ
 * must not be read together: a search page left open while the site is rebuilt would show the
 * wrong entries. Each file is therefore written with the stamp of the order it was made for
 * (a digest of the entries' slugs in that order, made by the indexing step), and the browser
 * refuses a file whose stamp is not that of the first file it read.
 */
import { FACETS_FOLDER } from './facet-table.ts';
import { LEXICON_FOLDER } from './lexicon-format.ts';
import { RESULTS_FOLDER } from './result-data.ts';

/** The folders of the site's search data, under the site's base path. */
export const SEARCH_DATA_FOLDERS = [LEXICON_FOLDER, FACETS_FOLDER, RESULTS_FOLDER] as const;

export interface Stamped<T> {
  /** The stamp of the search order the data was made for. */
  order: string;
  data: T;
}

export function stamped<T>(order: string, data: T): Stamped<T> {
  return { order, data };
}

/** The data of a file read at `url`, if it was made for the search order `order`; else throws. */
export function unstamped<T>(file: Stamped<T>, order: string, url: string): T {
  if (file.order !== order)
    throw new Error(
      `The site's search data has changed since this page was loaded (${url} is for entries in another order): reload the page.`,
    );
  return file.data;
}
