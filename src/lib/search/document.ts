/**
 * The document the indexing step hands to Pagefind for an entry, made from the knowledge base,
 * not read back from the built page: the entry's body as the core renders it, with its search
 * record (metadata and weighted search keys). Only the index sees it; the page is unchanged.
 */
import { escapeHtml } from '../escape-html.ts';
import { POSITION_META } from './facet-table.ts';
import { KEYS_START } from './fields.ts';
import { foldWords, searchKeys } from './normalize.ts';
import type { SearchRecord } from './record.ts';
import { FIELD_WEIGHTS } from './word-score.ts';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Keys of the text's words that Pagefind would not find as written (one per occurrence, so a
 * word keeps its weight by frequency): "al-Qa'ida" adds "alkaida kaida", "truce" adds nothing.
 */
export function bodyKeys(text: string): string[] {
  const asWritten = new Set(foldWords(text));
  return searchKeys(text, 'index').filter((key) => !asWritten.has(key));
}

/** Plain text of the core's own body HTML (no scripts can be in it: the check refuses them). */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchDocumentInput {
  title: string;
  summary: string;
  /** The body as the core renders it. */
  bodyHtml: string;
  record: SearchRecord;
  /** The entry's position in the lexicon's order, kept as metadata to check Pagefind's order against (facet-table.ts). */
  position: number;
}

/**
 * The entry's document for the index. The header (type, date, title, summary) is indexed by its
 * keys only, weighted, not as text, so that excerpts come from the body: a result shows the
 * title, type, date and summary itself. The filters are not given to Pagefind: the browser
 * filters and counts from the facet table (facet-table.ts).
 */
export function searchDocument({ title, summary, bodyHtml, record, position }: SearchDocumentInput): string {
  const header = [record.meta.type, record.meta.date, title, summary].filter(Boolean).join(' ');
  const meta = Object.entries({ title, ...record.meta, [POSITION_META]: String(position) })
    .filter(([, value]) => value)
    .map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`);
  return [
    '<html lang="en"><body><article data-pagefind-body>',
    `<div data-pagefind-ignore>${meta.join('')}</div>`,
    bodyHtml,
    `<div>${KEYS_START}</div>`,
    `<div data-pagefind-weight="${record.nameWeight}">${record.nameKeys.join(' ')}</div>`,
    `<div data-pagefind-weight="${FIELD_WEIGHTS.header}">${searchKeys(header, 'index').join(' ')}</div>`,
    `<div>${bodyKeys(htmlText(bodyHtml)).join(' ')}</div>`,
    '</article></body></html>',
  ].join('');
}
