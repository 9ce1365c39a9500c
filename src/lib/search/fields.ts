/**
 * An entry's text as search sees it, field by field. The lexicon's words and pairs (lexicon.ts)
 * and Pagefind's document (document.ts) are both made from it, so words typed together and a
 * quoted phrase are looked for in the same text.
 */
import type { LoadedKnowledgeBase } from '../knowledge-base.ts';
import { entryKind } from '../collections/index.ts';
import { htmlText } from '../markdown/html-text.ts';
import type { Entry } from '../schema/index.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import { nameWeight } from './record.ts';
import { FIELD_WEIGHTS } from './word-score.ts';

/** A field of an entry's text, with its weight in the entry's word scores (word-score.ts). */
export interface SearchField {
  text: string;
  weight: number;
}

/** An entry's body as plain text: made once per entry where several things read it (its result file, its index document). */
export function bodyText(kb: LoadedKnowledgeBase, entry: Entry): string {
  return htmlText(kb.bodyHtml(entry.slug));
}

/** Names, type and summary: the fields before the body, each a phrase apart. */
export function headerFields(entry: Entry): SearchField[] {
  const kind = entryKind(entry);
  const [name, header] = [nameWeight(entry), FIELD_WEIGHTS.header];
  return [
    { text: entry.data.title, weight: name + header },
    ...entry.data.aliases.map((alias) => ({ text: alias, weight: name })),
    { text: entry.collection === 'actors' ? (entry.data.nativeName ?? '') : '', weight: name },
    { text: COLLECTION_LABELS[entry.collection].singular, weight: header },
    { text: kind ? humanize(kind) : '', weight: header },
    { text: entry.data.summary, weight: header },
  ];
}

/** Names, type, summary (`headerFields`) and body (`bodyText`); a phrase never runs from one field into the next. */
export function searchFields(entry: Entry, body: string): SearchField[] {
  return [...headerFields(entry), { text: body, weight: FIELD_WEIGHTS.body }];
}
