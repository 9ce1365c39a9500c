/** How long a body takes to read: words as a reader sees them (wiki-links as their text, no markup). */
import { splitWikiLinks } from '../wikilinks.ts';

/** Words per minute for careful reading of analytic prose (slower than the ~240 of light reading). */
const READING_WORDS_PER_MINUTE = 200;

/**
 * Counts the words of an MDX body. `linkText` gives the text a wiki-link shows (its label, or
 * the target's title), so a link counts as the words the reader actually reads.
 */
export function countWords(body: string, linkText: (target: string, label?: string) => string): number {
  const text = splitWikiLinks(body)
    .map((piece) => ('text' in piece ? piece.text : linkText(piece.link.target, piece.link.label)))
    .join('')
    // Markdown links keep their text; markup characters are not words.
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`|~-]+(?=\s|$)/g, ' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:;%–-]*/gu)?.length ?? 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(words: number, wordsPerMinute = READING_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
