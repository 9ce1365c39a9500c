import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { httpUrlSchema } from './primitives.ts';

describe('httpUrlSchema', () => {
  it.each(['https://example.org/report', 'http://example.org/a%20b?x=1&y=(2)#part', "https://example.org/it's", 'https://[2001:db8::1]/'])(
    'accepts the RFC 3986 URL %s',
    (url) => {
      expect(httpUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  it.each([
    ['a space', 'https://example.org/a b'],
    ['a double quote', 'https://example.org/a"b'],
    ['angle brackets', 'https://example.org/<x>'],
    ['a broken escape', 'https://example.org/%E0%A4%A'],
    ['a non-ASCII letter', 'https://example.org/café'],
    ['a backslash', 'https://example.org\\path'],
    ['a bracket outside the host', 'https://example.org/a]'],
    ['a second #', 'https://example.org/a#b#c'],
    ['another scheme', 'ftp://example.org/report'],
  ])('refuses %s', (_name, url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(false);
  });
});

describe('httpUrlSchema and the STIX bundle', () => {
  // The bundle's `url` is a JSON-schema "uri"; ajv-formats is what the STIX test validates it with.
  const uri = fullFormats.uri as (value: string) => boolean;

  it('accepts only URLs that are valid "uri" values in the exports', () => {
    const candidates = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.webUrl(), fc.string({ unit: 'binary', maxLength: 8 })).map(([url, tail]) => url + tail),
      fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((tail) => `https://example.org/${tail}`),
    );
    fc.assert(
      fc.property(candidates, (url) => {
        // What the exports copy is the parsed value (zod trims the edges).
        const parsed = httpUrlSchema.safeParse(url);
        if (parsed.success) expect(uri(parsed.data), parsed.data).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
