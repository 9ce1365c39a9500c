/**
 * The document the indexing step hands to Pagefind for an entry, made from the knowledge base,
 * not read back from the built page. Pagefind has one task left, the exact phrase of a quoted
 * query, matched as written (docs/search.md): which entries match and their order come from the
 * lexicon (lexicon.ts), what a result shows from its result file (result-data.ts). So the
 * document is the entry's text as written: its names, its summary and its body as the core
 * renders it, with its position. Only the index sees it; the page is unchanged.
 */
import { escapeHtml } from '../escape-html.ts';
import { POSITION_META } from './index-parts.ts';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The "#" link the body renderer adds to each heading (heading-anchor-plugin.ts): not part of the text. */
const ANCHOR_LINK = /<a\b[^>]*\bdata-anchor-link\b[^>]*>[\s\S]*?<\/a>/g;

/** Tags that end a run of text: a word never runs across them. */
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/**
 * Plain text of the core's own body HTML (no scripts can be in it: the check refuses them). An
 * inline element's text joins what is around it ("(<a>Islamic State</a>)" is "(Islamic State)");
 * a block's is apart from the next; headings' anchor links are left out.
 */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(ANCHOR_LINK, '')
      .replace(BLOCK_TAG, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchDocumentInput {
  /** The entry's title, aliases and native name, as written. */
  names: readonly string[];
  summary: string;
  /** The body as the core renders it. */
  bodyHtml: string;
  /** The entry's position in the lexicon's order, kept as metadata to check Pagefind's order against (index-parts.ts). */
  position: number;
}

/**
 * The entry's document for the index: each name and the summary a paragraph of its own, then
 * the body. Its only metadata is its position; the filters are not given to Pagefind either (the
 * browser filters and counts from the facet table, facet-table.ts).
 */
export function searchDocument({ names, summary, bodyHtml, position }: SearchDocumentInput): string {
  return [
    '<html lang="en"><body><article data-pagefind-body>',
    `<div data-pagefind-ignore><span data-pagefind-meta="${POSITION_META}">${position}</span></div>`,
    ...[...names, summary].map((text) => `<p>${escapeHtml(text)}</p>`),
    bodyHtml,
    '</article></body></html>',
  ].join('');
}
