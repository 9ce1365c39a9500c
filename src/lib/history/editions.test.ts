import { describe, expect, it } from 'vitest';
import { collectionsInChangeOrder, editionNameProblem, editionRefusal } from './editions.ts';

describe('editionNameProblem', () => {
  it.each(['2026-11', '2027.q1', 'spring_2027', 'a'])('accepts %s', (name) => {
    expect(editionNameProblem(name)).toBeUndefined();
  });
  it.each(['', '2026/11', '../x', '2026--11', '-x', 'x-', 'Edition', '2026 11', 'x.lock.', 'a'.repeat(65)])('refuses %j', (name) => {
    expect(editionNameProblem(name)).toBeDefined();
  });
});

describe('collectionsInChangeOrder', () => {
  it('puts judgments first and keeps the order of the rest', () => {
    expect(collectionsInChangeOrder(['actors', 'events', 'judgments', 'sources'])).toEqual(['judgments', 'actors', 'events', 'sources']);
  });
});

describe('editionRefusal', () => {
  const ready = { name: '2026-11', dirtyFiles: [], exists: false, problems: 0 };
  it('lets a clean, checked tree be tagged under a new, well-formed name', () => {
    expect(editionRefusal(ready)).toBeUndefined();
  });
  it.each([
    ['a malformed name', { name: '2026/11' }, 'is not an edition name'],
    ['an existing edition', { exists: true }, 'already exists'],
    ['a dirty tree', { dirtyFiles: ['content/actors/x.mdx'] }, 'uncommitted changes (content/actors/x.mdx)'],
    ['a failing check', { problems: 2 }, '2 problem(s)'],
  ])('refuses %s', (_case, change, message) => {
    expect(editionRefusal({ ...ready, ...change })).toContain(message);
  });
});
