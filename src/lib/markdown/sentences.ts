const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The longest context kept for a link: a run-on "sentence" is cut to this many characters around it. */
const MAX_CONTEXT = 300;

/** Moves a cut point out of a wiki-link, so a cut never leaves half of one: back to `[[`, or past `]]`. */
function outsideWikiLink(text: string, at: number, direction: 'back' | 'forward'): number {
  const open = text.lastIndexOf('[[', at - 1);
  if (open === -1 || text.lastIndexOf(']]', at - 1) > open) return at;
  if (direction === 'back') return open;
  const close = text.indexOf(']]', at);
  return close === -1 ? text.length : close + 2;
}

/** `sentence` cut to about MAX_CONTEXT characters around `offset`, at spaces, marked with "…". */
function clip(sentence: string, offset: number): string {
  if (sentence.length <= MAX_CONTEXT) return sentence;
  let start = Math.max(0, offset - MAX_CONTEXT / 2);
  let end = Math.min(sentence.length, start + MAX_CONTEXT);
  start = outsideWikiLink(sentence, sentence.lastIndexOf(' ', start) + 1, 'back');
  const space = sentence.indexOf(' ', end);
  end = outsideWikiLink(sentence, space === -1 ? sentence.length : space, 'forward');
  return `${start > 0 ? '… ' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? ' …' : ''}`;
}

/**
 * Finds the sentence that contains a character of `text`. The text is split into sentences once,
 * on first use, so finding the sentences of many links in one long paragraph stays linear.
 */
export function sentenceFinder(text: string): (offset: number) => string {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= Array.from(segmenter.segment(text), ({ index }) => index);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const start = starts[low] ?? 0;
    const raw = text.slice(start, starts[low + 1] ?? text.length);
    const leading = raw.length - raw.trimStart().length;
    return clip(raw.trim(), offset - start - leading);
  };
}
