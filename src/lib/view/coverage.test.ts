import { describe, expect, it } from 'vitest';
import { check, contentWith } from '../../../tests/unit/fixture-content.ts';
import { coverage } from './coverage.ts';
import { countOf } from '../vocabulary.ts';

describe('coverage', () => {
  it('spans the events, and names the sources by how many entries cite them', () => {
    const kb = check(contentWith()).knowledgeBase!;
    // From the clash of 13 November 2014 to the meeting of March 2015.
    expect(coverage(kb)).toEqual({
      period: '13 Nov 2014 to Mar 2015',
      entries: 12,
      sources: 1,
      mainSources: [
        { href: '/sources/example-analysis/', title: 'Example analysis', byline: 'A. Analyst, Example Publisher, Apr 2015', citedBy: 5 },
      ],
    });
  });
});

describe('countOf', () => {
  it.each([
    [1, 'briefings', '1 briefing'],
    [0, 'briefings', '0 briefings'],
    [20, 'actors', '20 actors'],
  ] as const)('%i %s reads "%s"', (count, collection, expected) => {
    expect(countOf(count, collection)).toBe(expected);
  });
});
