import { describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../config/build-options.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge-base.ts';
import { dateRangeInterval } from '../dates.ts';
import { compareTies, isActiveOn, isOrganizationWide, tieIndex, tiesActiveOn, tiesInPlace, type Tie } from './ties.ts';

function seedKnowledgeBase(): KnowledgeBase {
  const { knowledgeBase, problems } = loadKnowledgeBase(knowledgeBaseOptions());
  if (!knowledgeBase) throw new Error(problems.map((p) => p.message).join('\n'));
  return knowledgeBase;
}

const tie = (slug: string, start?: string, end?: string, scope: string[] = []): Tie => ({
  slug,
  from: 'a',
  to: 'b',
  kind: 'cooperation',
  directed: false,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
  interval: dateRangeInterval(start, end),
  scope,
  scopeWithheld: false,
  confidence: 'moderate',
  evidence: [],
});

describe('ties as of a day', () => {
  it('count a partial start from its first day and a partial end to its last day', () => {
    expect(isActiveOn(tie('t', '2015'), '2015-04-01')).toBe(true);
    expect(isActiveOn(tie('t', '2015-04'), '2015-03-31')).toBe(false);
    expect(isActiveOn(tie('t', '2014-09', '2014-10'), '2014-10-31')).toBe(true);
    expect(isActiveOn(tie('t', '2014-09', '2014-10'), '2014-11-01')).toBe(false);
  });

  it('treat a missing start as "since unknown", active up to the end', () => {
    expect(isActiveOn(tie('t'), '1990-01-01')).toBe(true);
    expect(isActiveOn(tie('t', undefined, '2014'), '2015-01-01')).toBe(false);
  });

  it('order undated starts first, then by start', () => {
    const ties = [tie('c', '2015-04'), tie('b', '2014'), tie('a')];
    expect(ties.sort(compareTies).map((t) => t.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('the seed knowledge base in spring 2015', () => {
  const kb = seedKnowledgeBase();
  const { ties, byActor, places } = tieIndex(kb);
  const spring = tiesActiveOn(ties, '2015-04-15');
  const between = (a: string, b: string) => spring.filter((t) => [t.from, t.to].sort().join() === [a, b].sort().join());

  it('shows al-Qaeda and the Islamic State hostile organization-wide', () => {
    const top = between('al-qaeda', 'islamic-state');
    expect(top.map((t) => [t.kind, isOrganizationWide(t)])).toEqual([['hostility', true]]);
  });

  it('shows their local groups cooperating in named places', () => {
    const local = between('islamic-state', 'al-nusra-front').filter((t) => !isOrganizationWide(t));
    expect(local.map((t) => `${t.kind} ${t.scope.join()}`)).toEqual(
      expect.arrayContaining(['truce qalamoun', 'cooperation yarmouk-camp', 'cooperation lebanon']),
    );
  });

  it('leaves out the Yarmouk cooperation before it began', () => {
    expect(tiesActiveOn(ties, '2015-03-31').some((t) => t.slug === 'is-nusra-cooperation-yarmouk')).toBe(false);
  });

  it('lists each actor’s ties in time order from a map built once', () => {
    const isTies = byActor.get('islamic-state')!;
    expect(isTies.every((t) => t.from === 'islamic-state' || t.to === 'islamic-state')).toBe(true);
    expect([...isTies].sort(compareTies)).toEqual(isTies);
    expect(tieIndex(kb)).toBe(tieIndex(kb));
  });

  it('shows under a place the ties held there or within it, with the organization-wide ties between their actors', () => {
    const qalamoun = tiesInPlace(ties, places, 'qalamoun').map((t) => t.slug);
    expect(qalamoun).toContain('is-nusra-truce-qalamoun');
    expect(qalamoun).toContain('al-nusra-front-islamic-state-rivalry');
    expect(qalamoun).not.toContain('is-nusra-cooperation-lebanon');
    // Qalamoun is in Syria: its ties show under Syria too.
    expect(tiesInPlace(ties, places, 'syria').map((t) => t.slug)).toContain('is-nusra-truce-qalamoun');
  });
});
