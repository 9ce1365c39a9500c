/**
 * What a search result shows of an entry (its address, title, type, date, summary, aliases and
 * text, for the excerpt), in a small file of its own per entry, named by the entry's position in
 * the search order (lexicon.ts). The browser fetches only the files of the results it shows, and
 * does not load Pagefind for them: Pagefind's own result data needs its metadata for every page
 * (166 KB per part at 100,000 entries) before the first result can be shown.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import type { Entry } from '../schema/index.ts';
import type { SearchField } from './fields.ts';
import type { SearchRecord } from './record.ts';

/** Separates aliases in the `aliases` metadata (names do not contain it). */
export const ALIAS_SEPARATOR = '; ';

/** The text of a result, field by field, as search reads it (fields.ts, `searchFields`), for phrase.ts. */
export function phraseFields(data: ResultData): string[] {
  return [...data.fields, data.content];
}

/** The folder of the result files, under the site's base path. */
export const RESULTS_FOLDER = 'search/results/';

/** The file of the entry at `position`, in RESULTS_FOLDER; gzipped, as the lexicon's are. */
export function resultFile(position: number): string {
  return `${position}.json.gz`;
}

/** The names of a result's metadata: the `meta` of a record (record.ts), and the title. */
type ResultMetaName = 'title' | keyof SearchRecord['meta'];

export interface ResultData {
  /** The entry's address, with the site's base path. */
  url: string;
  /** The entry's body as plain text, for the excerpt (excerpt.ts). */
  content: string;
  /**
   * The entry's text before its body, field by field, empty ones left out (fields.ts,
   * `headerFields`): with `content`, the text a quoted phrase is looked for in (`phraseFields`).
   */
  fields: string[];
  /** What the result shows besides, each left out when empty. */
  meta: Partial<Record<ResultMetaName, string>>;
}

/**
 * `text` is the entry's text as search reads it: the fields before its body (fields.ts,
 * `headerFields`) and its body as plain text (`bodyText`).
 */
export function resultData(
  entry: Entry,
  kb: KnowledgeBase,
  record: SearchRecord,
  text: { header: readonly SearchField[]; body: string },
): ResultData {
  const meta = Object.fromEntries(Object.entries({ title: entry.data.title, ...record.meta }).filter(([, value]) => value));
  return {
    url: entryPath(kb.base, entry.collection, entry.slug),
    content: text.body,
    fields: text.header.flatMap((field) => (field.text ? [field.text] : [])),
    meta,
  };
}
