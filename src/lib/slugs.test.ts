import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, isValidSlug, suggestSlug } from './slugs.ts';

describe('slugs', () => {
  it.each(['al-qaeda', 'aqim', 'bardo-attack-2015', 'x1'])('accepts %s', (slug) => expect(isValidSlug(slug)).toBe(true));
  it.each(['Al-Qaeda', 'al--qaeda', '-aqim', 'aqim-', 'al_qaeda', 'al qaeda', 'qaʿida', ''])('rejects %j', (slug) =>
    expect(isValidSlug(slug)).toBe(false),
  );

  it('suggests a valid slug for a bad file name', () => {
    expect(suggestSlug('Al Qa‘ida_Core')).toBe('al-qa-ida-core');
    expect(suggestSlug('Ḥizbullāh')).toBe('hizbullah');
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the closest slug to a typo, or nothing when none is close', () => {
    const slugs = ['al-qaeda', 'al-nusra-front', 'islamic-state', 'hezbollah'];
    expect(closestMatch('al-qeada', slugs)).toBe('al-qaeda');
    expect(closestMatch('nusra', slugs)).toBe('al-nusra-front');
    expect(closestMatch('hizbollah', slugs)).toBe('hezbollah');
    expect(closestMatch('tunisia', slugs)).toBeUndefined();
  });

  it('does not suggest a short slug merely contained in a long typo', () => {
    expect(closestMatch('jund-al-khilafah-tunisia', ['tunisia'])).toBeUndefined();
  });
});
