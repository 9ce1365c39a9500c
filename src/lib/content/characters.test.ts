import { describe, expect, it } from 'vitest';
import { codePoint, findHiddenCharacters, revealCharacters } from './characters.ts';

describe('hidden characters', () => {
  it('finds controls, bidirectional overrides and zero-width spaces in any string, with its path', () => {
    const data = { title: 'Group \u202Eevil', aliases: ['fine', 'zero\u200Bwidth'], summary: 'tab\tand\nnewline are fine', nested: [{ x: 'nul\u0000' }] };
    expect(findHiddenCharacters(data).map(({ path, character }) => [path, codePoint(character)])).toEqual([
      [['title'], 'U+202E'],
      [['aliases', 1], 'U+200B'],
      [['nested', 0, 'x'], 'U+0000'],
    ]);
  });

  it('lets Arabic script and the zero-width joiners some scripts need pass', () => {
    expect(findHiddenCharacters({ nativeName: 'جبهة النصرة', alias: 'می\u200Cخواهم' })).toEqual([]);
  });

  it('reveals what a name really holds: a Cyrillic "о" is not an ASCII "o"', () => {
    expect(revealCharacters('gr\u043Eup-\u202Ex')).toBe('gr\\u{43e}up-\\u{202e}x');
  });
});
