import { describe, expect, it } from 'vitest';
import { parseMdxFile, splitFrontmatter } from './frontmatter.ts';
import { FRONTMATTER_FIELDS } from './validate.ts';

const parse = (source: string) => parseMdxFile(source, FRONTMATTER_FIELDS);

describe('splitFrontmatter', () => {
  it.each([
    ['a comment ending in dashes', '---\ntitle: A\n# --- handling ---\nmarking: TLP:RED\n---\nBody\n'],
    ['a value ending in dashes', '---\ntitle: A\nsummary: ends in ---\nmarking: TLP:RED\n---\nBody\n'],
    ['a block scalar holding a dashes line', '---\ntitle: A\nsummary: |\n  one\n  ---\nmarking: TLP:RED\n---\nBody\n'],
  ])('closes only at a line that is exactly "---": %s', (_name, source) => {
    const parsed = parse(source);
    expect(Array.isArray(parsed)).toBe(false);
    if (Array.isArray(parsed)) return;
    expect(parsed.data).toMatchObject({ marking: 'TLP:RED' });
    expect(parsed.body).toBe('Body\n');
  });

  it('tolerates CRLF line ends and trailing blanks on the delimiter', () => {
    const split = splitFrontmatter('---  \r\ntitle: A\r\n--- \r\nBody');
    expect(split).toEqual({ yamlText: 'title: A', body: 'Body', closingLine: 3 });
  });

  it('accepts an empty frontmatter and an empty body', () => {
    expect(splitFrontmatter('---\n---')).toEqual({ yamlText: '', body: '', closingLine: 2 });
  });

  it.each([
    ['no opening line', 'title: A\n---\n'],
    ['an opening line with text', '--- title: A\n---\n'],
    ['no closing line', '---\ntitle: A\nsummary: ends in ---\n'],
  ])('finds no frontmatter with %s', (_name, source) => {
    expect(splitFrontmatter(source)).toBeUndefined();
    expect(parse(source)).toEqual([{ line: 1, message: expect.stringContaining('exactly "---"') }]);
  });
});

describe('a body that opens with fields', () => {
  it('is reported with the line of the stray field', () => {
    const source = '---\ntitle: A\n---\n# handling\nmarking: TLP:RED\n\nThe body.\n';
    expect(parse(source)).toEqual([
      { line: 5, message: expect.stringContaining('the frontmatter ended at line 3; "marking:" here looks like a field') },
    ]);
  });

  it('is prose when the words before the colon are not field names', () => {
    const parsed = parse('---\ntitle: A\n---\nNote: the group split in 2014.\n');
    expect(Array.isArray(parsed)).toBe(false);
  });

  it('is prose when a field name appears after the opening lines', () => {
    const parsed = parse('---\ntitle: A\n---\nThe group split.\n\nsummary: a word in a later paragraph\n');
    expect(Array.isArray(parsed)).toBe(false);
  });
});
