/** Names shared by the indexing step and the browser for the metadata Pagefind stores with each page. */

/** Separates aliases in the `aliases` metadata (names do not contain it). */
export const ALIAS_SEPARATOR = '; ';

/** Metadata field: how many words at the end of a page's indexed content are search keys, not text. */
export const KEYS_WORD_COUNT_META = 'keywords';
