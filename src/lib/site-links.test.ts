import { describe, expect, it } from 'vitest';
import { siteLink } from './site-links.ts';

describe('siteLink', () => {
  it.each([
    ['/actors/group-a/', { kind: 'entry', slug: 'group-a', suffix: '' }],
    ['/actors/group-a', { kind: 'entry', slug: 'group-a', suffix: '' }],
    ['/events/some-clash/#participants', { kind: 'entry', slug: 'some-clash', suffix: '#participants' }],
    ['/e/group-a/?x=1', { kind: 'entry', slug: 'group-a', suffix: '?x=1' }],
    [' /places/example-town/ ', { kind: 'entry', slug: 'example-town', suffix: '' }],
    ['/actors/No%20Such/', { kind: 'entry', slug: 'No Such', suffix: '' }],
    ['/%E0%A4%A', { kind: 'malformed' }],
    ['/images/%E0%A4%A.png', { kind: 'malformed' }],
  ])('%s names %j', (url, expected) => {
    expect(siteLink(url)).toEqual(expected);
  });

  it.each([
    'https://example.org/actors/x/',
    '//example.org/actors/x/',
    '#section',
    'actors/x/',
    '/actors/',
    '/timeline/',
    '/images/map.png',
    '/actors/x/linked-from/2/',
    '/people/x/',
  ])('%s names no entry', (url) => {
    expect(siteLink(url)).toBeUndefined();
  });
});
