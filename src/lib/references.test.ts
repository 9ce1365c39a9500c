import { describe, expect, it } from 'vitest';
import { frontmatterReferences } from './references.ts';
import { collectionSchemas, type CollectionName, type Entry } from './schema/index.ts';

function entry(collection: CollectionName, data: Record<string, unknown>): Entry {
  const parsed = collectionSchemas[collection].parse({ title: 'T', summary: 'S', ...data });
  return { collection, slug: 'x', file: 'x.mdx', data: parsed, body: '', bodyLine: 1 } as Entry;
}

describe('frontmatterReferences, read off the schemas', () => {
  it("finds every ref() field with its collection, and words a role's relation by the role", () => {
    const event = entry('events', {
      date: '2015',
      kind: 'attack',
      participants: [
        { actor: 'group-a', role: 'claimed-by' },
        { actor: 'group-b', role: 'target' },
      ],
      places: ['town'],
      sources: ['paper', { source: 'video', locator: '0:12' }],
    });
    expect(frontmatterReferences(event)).toEqual([
      { field: 'participants[0].actor', target: 'group-a', expected: ['actors'], relation: 'claimed' },
      { field: 'participants[1].actor', target: 'group-b', expected: ['actors'], relation: 'target of' },
      { field: 'places[0]', target: 'town', expected: ['places'], relation: 'location of' },
      { field: 'sources[0]', target: 'paper', expected: ['sources'], relation: 'cited by' },
      { field: 'sources[1]', target: 'video', expected: ['sources'], relation: 'cited by' },
    ]);
  });

  it('reads references that may point at several collections, and optional ones when present', () => {
    const judgment = entry('judgments', {
      confidence: 'low',
      issued: '2015',
      about: ['group-a'],
      sources: ['paper'],
      evidence: [{ entry: 'tie', bearing: 'contradicts' }],
      supersedes: 'older',
    });
    expect(frontmatterReferences(judgment).map(({ field, expected, relation }) => [field, expected, relation])).toEqual([
      ['about[0]', ['actors'], 'subject of'],
      ['evidence[0].entry', ['events', 'relationships'], 'evidence against'],
      ['supersedes', ['judgments'], 'superseded by'],
      ['sources[0]', ['sources'], 'cited by'],
    ]);
    expect(frontmatterReferences(entry('places', { kind: 'city' }))).toEqual([]);
  });
});
