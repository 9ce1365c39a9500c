import { describe, expect, it } from 'vitest';
import { diffText, hasChanges } from './text-diff.ts';

describe('diffText', () => {
  it.each([
    ['same text', 'a b c', 'a b c', [{ kind: 'same', text: 'a b c' }]],
    [
      'one word replaced',
      'will likely hold',
      'will very likely hold',
      [
        { kind: 'same', text: 'will ' },
        { kind: 'added', text: 'very ' },
        { kind: 'same', text: 'likely hold' },
      ],
    ],
    [
      'a word removed and one added',
      'Group A attacked the town',
      'Group B attacked the town',
      [
        { kind: 'same', text: 'Group ' },
        { kind: 'removed', text: 'A' },
        { kind: 'added', text: 'B' },
        { kind: 'same', text: ' attacked the town' },
      ],
    ],
    ['from nothing', '', 'new text', [{ kind: 'added', text: 'new text' }]],
    ['to nothing', 'old text', '', [{ kind: 'removed', text: 'old text' }]],
    [
      'punctuation apart from its word',
      'It ended.',
      'It ended, briefly.',
      [
        { kind: 'same', text: 'It ended' },
        { kind: 'added', text: ', briefly' },
        { kind: 'same', text: '.' },
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diffText(before, after)).toEqual(expected);
  });

  it('joins changed words into one removed and one added phrase', () => {
    expect(diffText('A fixture group added after it.', 'A fixture group first reported after it.')).toEqual([
      { kind: 'same', text: 'A fixture group ' },
      { kind: 'removed', text: 'added ' },
      { kind: 'added', text: 'first reported ' },
      { kind: 'same', text: 'after it.' },
    ]);
  });

  it('rebuilds both texts from its segments', () => {
    const before = 'The group split in 2014; its leaders moved to Raqqa and then to the border.';
    const after = 'The group split in early 2014; most of its leaders moved to Raqqa, then to the border.';
    const segments = diffText(before, after);
    expect(
      segments
        .filter((s) => s.kind !== 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe(before);
    expect(
      segments
        .filter((s) => s.kind !== 'removed')
        .map((s) => s.text)
        .join(''),
    ).toBe(after);
    expect(hasChanges(segments)).toBe(true);
    expect(hasChanges(diffText(before, before))).toBe(false);
  });

  it('shows very different long texts whole rather than searching for ever', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(' ');
    const segments = diffText(before, after);
    expect(segments).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
