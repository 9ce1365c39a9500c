const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentence of `text` that contains the character at `offset`, trimmed. */
export function sentenceAt(text: string, offset: number): string {
  for (const { segment, index } of segmenter.segment(text)) {
    if (offset >= index && offset < index + segment.length) return segment.trim();
  }
  return text.trim();
}
