import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time.ts';

const titles: Record<string, string> = { 'al-qaeda': 'al-Qaeda', 'us-led-intervention': 'US-led intervention in Iraq and Syria' };
const linkText = (target: string, label?: string) => label ?? titles[target] ?? target;

describe('countWords', () => {
  it('counts the words a reader sees, wiki-links as their title or label', () => {
    expect(countWords('[[al-qaeda]] and [[us-led-intervention]].', linkText)).toBe(8);
    expect(countWords('See [[us-led-intervention|the intervention]].', linkText)).toBe(3);
  });

  it('ignores Markdown markup: headings, emphasis, list bullets, link URLs, tags', () => {
    const body = '## Bottom line\n\n- **Spread.** Reports in [Yemen](https://example.org/y).\n\n<Note>one</Note>';
    expect(countWords(body, linkText)).toBe(7);
  });

  it('is zero for an empty body', () => {
    expect(countWords('', linkText)).toBe(0);
    expect(countWords('## \n\n---\n', linkText)).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up to whole minutes and is at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(1500)).toBe(8);
    expect(readingMinutes(300, 100)).toBe(3);
  });
});
