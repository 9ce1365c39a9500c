import { describe, expect, it } from 'vitest';
import { findWikiLinks, splitWikiLinks } from './wikilinks.ts';

describe('wiki-links', () => {
  it.each([
    ['See [[al-qaeda]].', [{ target: 'al-qaeda', start: 4, end: 16 }]],
    [
      '[[islamic-state|IS]] and [[al-nusra-front| Nusra ]]',
      [
        { target: 'islamic-state', label: 'IS', start: 0, end: 20 },
        { target: 'al-nusra-front', label: 'Nusra', start: 25, end: 51 },
      ],
    ],
    ['[[ spaced ]]', [{ target: 'spaced', start: 0, end: 12 }]],
    ['no links [here] or [[', []],
    ['[[a\nb]] spans lines', []],
  ])('finds the links in %j', (text, links) => {
    expect(findWikiLinks(text)).toEqual(links);
  });

  it('splits text into plain runs and links, in order', () => {
    expect(splitWikiLinks('A [[b]] c [[d|D]]')).toEqual([
      { text: 'A ' },
      { link: { target: 'b', start: 2, end: 7 } },
      { text: ' c ' },
      { link: { target: 'd', label: 'D', start: 10, end: 17 } },
    ]);
  });
});
