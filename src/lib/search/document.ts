/**
 * The document the indexing step hands to Pagefind for an entry, made from the knowledge base,
 * not read back from the built page. Pagefind has one task left, the exact phrase of a quoted
 * part of five words or more that many entries hold (match.ts, phrase.ts; docs/search.md): which entries match and their order
 * come from the lexicon (lexicon.ts), what a result shows from its result file (result-data.ts).
 * So the document is the entry's text as the lexicon reads it (fields.ts), each word as its search
 * key ("al-Qa'ida" and "al-Qaeda" both "kaida"), and the browser searches a phrase's keys: a quoted
 * phrase follows the spelling rules, whatever its length. Only the index sees it; the page is
 * unchanged.
 */
import { escapeHtml } from '../escape-html.ts';
import { POSITION_META } from './index-parts.ts';
import { searchKeys } from './normalize.ts';

export interface SearchDocumentInput {
  /** The entry's text, field by field (fields.ts). */
  fields: readonly string[];
  /** The entry's position in the lexicon's order, kept as metadata to check Pagefind's order against (index-parts.ts). */
  position: number;
}

/**
 * The entry's document for the index: each field's search keys, a paragraph of its own. Its only
 * metadata is its position; the filters are not given to Pagefind either (the browser filters and
 * counts from the facet table, facet-table.ts).
 */
export function searchDocument({ fields, position }: SearchDocumentInput): string {
  return [
    '<html lang="en"><body><article data-pagefind-body>',
    `<div data-pagefind-ignore><span data-pagefind-meta="${POSITION_META}">${position}</span></div>`,
    ...fields.flatMap((text) => {
      const keys = searchKeys(text);
      return keys.length ? [`<p>${escapeHtml(keys.join(' '))}</p>`] : [];
    }),
    '</article></body></html>',
  ].join('');
}
