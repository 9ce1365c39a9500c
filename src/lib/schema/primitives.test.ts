import { describe, expect, it } from 'vitest';
import { httpUrlSchema } from './primitives.ts';

describe('httpUrlSchema', () => {
  it.each([
    'https://example.org/report',
    'http://example.org/a%20b?x=1&y=(2)#part',
    "https://example.org/it's",
    'https://[2001:db8::1]/',
  ])('accepts the RFC 3986 URL %s', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each([
    ['a space', 'https://example.org/a b'],
    ['a double quote', 'https://example.org/a"b'],
    ['angle brackets', 'https://example.org/<x>'],
    ['a broken escape', 'https://example.org/%E0%A4%A'],
    ['a non-ASCII letter', 'https://example.org/café'],
    ['a backslash', 'https://example.org\\path'],
    ['another scheme', 'ftp://example.org/report'],
  ])('refuses %s', (_name, url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(false);
  });
});
