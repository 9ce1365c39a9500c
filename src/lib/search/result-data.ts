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
import type { SearchRecord } from './record.ts';

/** Separates aliases in the `aliases` metadata (names do not contain it). */
export const ALIAS_SEPARATOR = '; ';

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
  /** What the result shows besides, each left out when empty. */
  meta: Partial<Record<ResultMetaName, string>>;
}

/** `body` is the entry's body as plain text (fields.ts, `bodyText`). */
export function resultData(entry: Entry, kb: KnowledgeBase, record: SearchRecord, body: string): ResultData {
  const meta = Object.fromEntries(Object.entries({ title: entry.data.title, ...record.meta }).filter(([, value]) => value));
  return {
    url: entryPath(kb.base, entry.collection, entry.slug),
    content: body,
    meta,
  };
}
