import { describe, expect, it } from 'vitest';
import { parseMdxFile } from '../content/frontmatter.ts';
import { validateFrontmatter } from '../content/validate.ts';
import type { CollectionName } from '../schema/index.ts';
import { MAX_SLUG_LENGTH, scaffoldEntry } from './scaffold.ts';

const existing = new Map<string, CollectionName>([
  ['al-qaeda', 'actors'],
  ['islamic-state', 'actors'],
  ['habeck-2015', 'sources'],
  ['some-judgment', 'judgments'],
]);
const today = '2026-11-25';

describe('scaffoldEntry', () => {
  it.each<[CollectionName, Record<string, string[]>]>([
    ['actors', {}],
    ['places', {}],
    ['sources', {}],
    ['events', { actor: ['al-qaeda:perpetrator'], source: ['habeck-2015'] }],
    ['relationships', { from: ['al-qaeda'], to: ['islamic-state'], source: ['habeck-2015'] }],
    ['judgments', { about: ['al-qaeda'], source: ['habeck-2015'] }],
    ['briefings', { judgment: ['some-judgment'] }],
  ])('writes a valid %s entry', (collection, options) => {
    const result = scaffoldEntry({ collection, title: 'A New Entry', options, today, existing });
    if ('errors' in result) throw new Error(result.errors.join('\n'));
    expect(result.slug).toBe('a-new-entry');
    const parsed = parseMdxFile(result.text);
    if (Array.isArray(parsed)) throw new Error(parsed[0]!.message);
    expect(validateFrontmatter(collection, 'x.mdx', parsed)).toHaveProperty('data');
  });

  it('never guesses a required reference', () => {
    const result = scaffoldEntry({ collection: 'events', title: 'Clash', options: {}, today, existing });
    expect(result).toEqual({
      errors: [expect.stringContaining('--actor is required for events'), expect.stringContaining('--source is required for events')],
    });
  });

  it('rejects a taken slug and a reference to a missing or wrong entry, with a close match', () => {
    const result = scaffoldEntry({
      collection: 'judgments',
      title: 'Al-Qaeda',
      options: { about: ['al-qaida'], source: ['al-qaeda'] },
      today,
      existing,
    });
    expect(result).toEqual({
      errors: [
        'the slug "al-qaeda" is taken by actors/al-qaeda; choose another title',
        '--about al-qaida: no actors entry has that slug (did you mean "al-qaeda"?)',
        '--source al-qaeda: no sources entry has that slug',
      ],
    });
  });

  it('shortens a slug longer than MAX_SLUG_LENGTH at a hyphen, and says so', () => {
    const title = 'Word '.repeat(2000) + 'end';
    const result = scaffoldEntry({ collection: 'actors', title, options: {}, today, existing });
    if ('errors' in result) throw new Error(result.errors.join('\n'));
    expect(result.slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(result.slug).toMatch(/^(word-)+word$/);
    expect(result.notes).toEqual([expect.stringContaining(`shortened to "${result.slug}"`)]);
    expect(scaffoldEntry({ collection: 'actors', title: 'Short', options: {}, today, existing })).toMatchObject({ notes: [] });
  });

  it('cuts a slug with no hyphen at MAX_SLUG_LENGTH', () => {
    const result = scaffoldEntry({ collection: 'actors', title: 'x'.repeat(10_000), options: {}, today, existing });
    expect(result).toMatchObject({ slug: 'x'.repeat(MAX_SLUG_LENGTH) });
  });
});
