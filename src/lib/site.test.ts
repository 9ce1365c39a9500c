import { describe, expect, it } from 'vitest';
import { absolutePermalink, permalinkOrigin } from './site.ts';

describe('permalinkOrigin', () => {
  it.each([
    ['the page read on the site itself', undefined, 'https://kb.example.org'],
    ['a PDF export that knows the public address', 'https://kb.example.org', 'https://kb.example.org'],
    ['a PDF export that knows none: the path stays a path', '', undefined],
  ])('completes from %s', (_, declared, expected) => {
    expect(permalinkOrigin(declared, declared === undefined ? 'https://kb.example.org' : 'http://127.0.0.1:39123')).toBe(expected);
  });
});

describe('absolutePermalink', () => {
  it('makes a path absolute against an origin, keeping the base path; leaves it alone without one', () => {
    expect(absolutePermalink('/kb/actors/x/', 'https://kb.example.org')).toBe('https://kb.example.org/kb/actors/x/');
    expect(absolutePermalink('https://kb.example.org/actors/x/', 'http://127.0.0.1:1')).toBe('https://kb.example.org/actors/x/');
    expect(absolutePermalink('/actors/x/', undefined)).toBe('/actors/x/');
  });
});
