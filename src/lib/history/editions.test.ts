import { describe, expect, it } from 'vitest';
import { collectionsInChangeOrder, editionNameProblem } from './editions.ts';

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
