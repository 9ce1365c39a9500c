const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A look-up of the sentence of `text` that contains a character offset, trimmed. The text is
 * split into sentences once, on the first look-up: a paragraph with many links is not
 * re-segmented for each.
 */
export function sentenceFinder(text: string): (offset: number) => string {
  let sentences: { start: number; end: number; text: string }[] | undefined;
  return (offset) => {
    sentences ??= Array.from(segmenter.segment(text), ({ segment, index }) => ({ start: index, end: index + segment.length, text: segment.trim() }));
    return sentences.find(({ start, end }) => offset >= start && offset < end)?.text ?? text.trim();
  };
}
