import { describe, expect, it } from 'vitest';
import { correctionHref, editAddressProblem } from './edit-link.ts';

const entry = {
  file: 'content/actors/al-qaeda.mdx',
  slug: 'al-qaeda',
  collection: 'actors',
  data: { title: 'al-Qaeda & co' },
} as Parameters<typeof correctionHref>[1];

describe('correctionHref', () => {
  it.each([
    [
      'a web editor pattern',
      'https://git.example.org/kb/edit/main/{path}',
      'https://git.example.org/kb/edit/main/content/actors/al-qaeda.mdx',
    ],
    [
      'an issue form naming the entry',
      'https://git.example.org/kb/issues/new?title=Correction%20to%20{slug}',
      'https://git.example.org/kb/issues/new?title=Correction%20to%20al-qaeda',
    ],
    [
      'a mailto address, given a subject',
      'mailto:kb@example.org',
      'mailto:kb@example.org?subject=Correction%3A%20al-Qaeda%20%26%20co%20(al-qaeda)',
    ],
    ['a mailto address with its own subject', 'mailto:kb@example.org?subject=KB', 'mailto:kb@example.org?subject=KB'],
  ])('fills in %s', (_, pattern, expected) => {
    expect(correctionHref(pattern, entry)).toBe(expected);
  });
});

describe('editAddressProblem', () => {
  it.each([
    ['https://git.example.org/kb/edit/main/{path}', undefined],
    ['mailto:kb@example.org', undefined],
    ['https://git.example.org/{file}', 'unknown placeholder {file}; expected {path}, {slug} or {collection}'],
    ['javascript:alert(1)', 'expected an http(s) URL pattern or a mailto: address, found a javascript: address'],
    ['not a url', 'expected an http(s) URL pattern or a mailto: address'],
  ])('%s: %s', (pattern, expected) => {
    expect(editAddressProblem(pattern)).toBe(expected);
  });
});
