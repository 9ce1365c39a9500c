/**
 * The HTML the indexing step hands to Pagefind for an entry page: the page as built, with the
 * entry's search record added inside its main content. Only the index sees these additions;
 * the page served to readers is unchanged.
 */
import { escapeHtml } from '../escape-html.ts';
import { KEYS_START } from './fields.ts';
import { foldWords, searchKeys } from './normalize.ts';
import type { SearchRecord } from './record.ts';
/** Weight of the rest of the entry's header (summary, type, date) on Pagefind's 0–10 scale; body text is 1. */
const HEADER_WEIGHT = 2;

const MAIN_CONTENT = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*?)<\/article>/;
/** The entry's header (type, date, title, summary): a result shows these itself. */
const ENTRY_HEADER = /<header\b([^>]*)>([\s\S]*?)<\/header>/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function htmlText(html: string): string {
  const withoutCode = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  return decodeEntities(withoutCode.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** The text of the page's main content (`<article data-pagefind-body>`): its header, and the rest. */
export function mainContentText(html: string): { header: string; body: string } | undefined {
  const match = MAIN_CONTENT.exec(html);
  if (!match) return undefined;
  const header = ENTRY_HEADER.exec(match[1]!);
  return { header: htmlText(header?.[2] ?? ''), body: htmlText(match[1]!.replace(ENTRY_HEADER, ' ')) };
}

/**
 * Keys of the text's words that Pagefind would not find as written (one per occurrence, so a
 * word keeps its weight by frequency): "al-Qa'ida" adds "alkaida kaida", "truce" adds nothing.
 */
export function bodyKeys(text: string): string[] {
  const asWritten = new Set(foldWords(text));
  return searchKeys(text, 'index').filter((key) => !asWritten.has(key));
}

/**
 * The page with the record's metadata and search keys added at the end of its main content.
 * The entry's header is indexed by its keys only (weighted), not as text, so that excerpts come
 * from the body: a result shows the title, type, date and summary itself. The filters are not
 * given to Pagefind: the browser filters and counts from the facet table (facet-table.ts).
 */
export function withSearchRecord(html: string, record: SearchRecord): string {
  const text = mainContentText(html);
  if (text === undefined) throw new Error('the page has no <article data-pagefind-body>');
  const headerKeys = searchKeys(text.header, 'index');
  const keys = bodyKeys(text.body);
  const meta = Object.entries(record.meta)
    .filter(([, value]) => value)
    .map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`);
  const addition = [
    `<div data-pagefind-ignore>${meta.join('')}</div>`,
    `<div>${KEYS_START}</div>`,
    `<div data-pagefind-weight="${record.nameWeight}">${record.nameKeys.join(' ')}</div>`,
    `<div data-pagefind-weight="${HEADER_WEIGHT}">${headerKeys.join(' ')}</div>`,
    `<div>${keys.join(' ')}</div>`,
  ].join('');
  const start = MAIN_CONTENT.exec(html)!.index;
  const end = html.indexOf('</article>', start);
  const article = html.slice(start, end).replace(ENTRY_HEADER, '<header data-pagefind-ignore$1>$2</header>');
  return `${html.slice(0, start)}${article}${addition}${html.slice(end)}`;
}
