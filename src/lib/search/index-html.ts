/**
 * The HTML the indexing step hands to Pagefind for an entry page: the page as built, with the
 * entry's search record added inside its main content. Only the index sees these additions;
 * the page served to readers is unchanged.
 */
import { KEYS_WORD_COUNT_META } from './fields.ts';
import { foldWords, searchKeys } from './normalize.ts';
import type { SearchRecord } from './record.ts';
/** Weight of name keys (Pagefind's scale is 0–10; an h1 is 7, body text 1). */
const NAME_WEIGHT = 10;

const MAIN_CONTENT = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/article>/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The text of the page's main content (`<article data-pagefind-body>`), or undefined if it has none. */
export function mainContentText(html: string): string | undefined {
  const match = MAIN_CONTENT.exec(html);
  if (!match) return undefined;
  const withoutCode = match[1]!.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Keys of the text's words that Pagefind would not find as written (one per occurrence, so a
 * word keeps its weight by frequency): "al-Qa'ida" adds "alkaida kaida", "truce" adds nothing.
 */
export function bodyKeys(text: string): string[] {
  const asWritten = new Set(foldWords(text));
  return searchKeys(text, 'index').filter((key) => !asWritten.has(key));
}

/** The page with the record's filters, metadata and search keys added at the end of its main content. */
export function withSearchRecord(html: string, record: SearchRecord): string {
  const text = mainContentText(html);
  if (text === undefined) throw new Error('the page has no <article data-pagefind-body>');
  const keys = bodyKeys(text);
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    values.map((value) => `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>`));
  const meta = Object.entries(record.meta)
    .filter(([, value]) => value)
    .map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`);
  const wordCount = record.nameKeys.length + keys.length;
  // The keys come last, so the browser can cut them off the content before making an excerpt.
  const addition = [
    `<div data-pagefind-ignore>${filters.join('')}${meta.join('')}<span data-pagefind-meta="${KEYS_WORD_COUNT_META}:${wordCount}"></span></div>`,
    `<div data-pagefind-weight="${NAME_WEIGHT}">${record.nameKeys.join(' ')}</div>`,
    `<div>${keys.join(' ')}</div>`,
  ].join('');
  const end = html.indexOf('</article>', MAIN_CONTENT.exec(html)!.index);
  return `${html.slice(0, end)}${addition}${html.slice(end)}`;
}
