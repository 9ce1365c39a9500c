/** Names shared by the indexing step and the browser for the metadata Pagefind stores with each page. */

/** Separates aliases in the `aliases` metadata (names do not contain it). */
export const ALIAS_SEPARATOR = '; ';

/**
 * Marks where a page's indexed content ends and its search keys begin, so the browser can cut
 * them off before making an excerpt. Not a letter or digit, so Pagefind never indexes it.
 */
export const KEYS_START = '⁂';
