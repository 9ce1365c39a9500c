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
    ['/actors/', { kind: 'path', path: '/actors/', suffix: '' }],
    ['/timeline/#2015', { kind: 'path', path: '/timeline/', suffix: '#2015' }],
    ['/images/map%20a.png', { kind: 'path', path: '/images/map a.png', suffix: '' }],
    ['/actors/x/linked-from/2/', { kind: 'path', path: '/actors/x/linked-from/2/', suffix: '' }],
    ['/people/x/', { kind: 'path', path: '/people/x/', suffix: '' }],
    ['actors/x/', { kind: 'relative' }],
    ['../actors/x/', { kind: 'relative' }],
    ['www.example.org', { kind: 'relative' }],
  ])('%s is another site path or a relative one: %j', (url, expected) => {
    expect(siteLink(url)).toEqual(expected);
  });

  it.each(['https://example.org/actors/x/', '//example.org/actors/x/', 'mailto:desk@example.org', '#section', '?q=x', ''])(
    '%s is not in the site',
    (url) => {
      expect(siteLink(url)).toBeUndefined();
    },
  );
});
