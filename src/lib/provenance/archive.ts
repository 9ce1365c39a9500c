/**
 * A source's archived text (content/sources/<slug>.txt): plain UTF-8, paragraphs separated by
 * blank lines, numbered from 1 as locators count them ("para. 3").
 */

export interface ArchivedText {
  /** The source's slug. */
  slug: string;
  /** Path of the .txt file, relative to the project (for messages). */
  file: string;
  /** The paragraphs, in order; paragraph N is `paragraphs[N - 1]`. */
  paragraphs: readonly string[];
}

export function readArchive(slug: string, file: string, text: string): ArchivedText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { slug, file, paragraphs };
}

/**
 * The paragraph numbers a locator names ("para. 3", "paras. 3–4", "¶ 5", "paragraphs 2 and 7"),
 * or undefined when it names none (a page, a timestamp): then the check cannot use it.
 */
export function locatorParagraphs(locator: string | undefined): number[] | undefined {
  const match = locator && /^\s*(?:paras?\.?|paragraphs?|¶+)\s*([\d\s,–—-]+(?:\s*(?:and|&)\s*\d+)?)\s*$/i.exec(locator);
  if (!match) return undefined;
  const numbers: number[] = [];
  for (const part of match[1]!.split(/\s*(?:,|and|&)\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part.trim());
    if (range) {
      for (let n = Number(range[1]); n <= Number(range[2]) && numbers.length < 1000; n++) numbers.push(n);
    } else if (/^\d+$/.test(part.trim())) numbers.push(Number(part.trim()));
  }
  return numbers.length ? numbers : undefined;
}
