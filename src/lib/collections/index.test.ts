import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { COLLECTION_DESCRIPTORS, entryDateLabel, entryKind, entrySortDate, lastUpdated } from './index.ts';
import { frontmatterReferences } from '../references.ts';
import { references, type Reference } from '../schema/ref.ts';
import { collectionSchemas, COLLECTIONS, type CollectionName, type Entry } from '../schema/index.ts';
import { COLLECTION_LABELS } from '../vocabulary.ts';

function entry(collection: CollectionName, data: Record<string, unknown>): Entry {
  const parsed = collectionSchemas[collection].parse({ title: 'T', summary: 'S', ...data });
  return { collection, slug: 'x', file: 'x.mdx', data: parsed, body: '', bodyLine: 1 } as Entry;
}

const event = { kind: 'attack', participants: [{ actor: 'a', role: 'participant' }], sources: ['s'] };
const tie = { from: 'a', to: 'b', kind: 'truce', confidence: 'low', sources: ['s'] };

describe('what the descriptors say of an entry', () => {
  it.each([
    ['an event on a day', entry('events', { ...event, date: '2014-11-13' }), '13 Nov 2014', '2014-11-13'],
    [
      'an event over days, approximate',
      entry('events', { ...event, date: '2014-11', endDate: '2015-03', approximate: true }),
      'c. Nov 2014 – Mar 2015',
      '2014-11',
    ],
    ['a tie with only a start', entry('relationships', { ...tie, start: '2014' }), 'since 2014', '2014'],
    ['a tie with no dates', entry('relationships', tie), undefined, undefined],
    ['a judgment', entry('judgments', { confidence: 'low', issued: '2015-06', about: ['a'], sources: ['s'] }), 'Jun 2015', '2015-06'],
    ['a place', entry('places', { kind: 'city' }), undefined, undefined],
  ])('%s: date label and sort date', (_name, subject, label, sort) => {
    expect(entryDateLabel(subject)).toBe(label);
    expect(entrySortDate(subject)).toBe(sort);
  });

  it('gives the kind field, or a judgment its status', () => {
    expect(entryKind(entry('places', { kind: 'city' }))).toBe('city');
    expect(entryKind(entry('judgments', { confidence: 'low', issued: '2015', about: ['a'], sources: ['s'], status: 'revised' }))).toBe(
      'revised',
    );
    expect(entryKind(entry('briefings', { date: '2015', keyJudgments: ['j'] }))).toBeUndefined();
  });

  it('dates the last revision by `updated`, else by the date a judgment was issued', () => {
    expect(lastUpdated(entry('judgments', { confidence: 'low', issued: '2015', about: ['a'], sources: ['s'] }))).toBe('2015');
    expect(lastUpdated(entry('places', { kind: 'city', updated: '2016-01' }))).toBe('2016-01');
    expect(lastUpdated(entry('places', { kind: 'city' }))).toBeUndefined();
  });
});

describe('one descriptor per collection, beside its schema', () => {
  it('describes every collection, with its own schema and labels', () => {
    expect(Object.keys(COLLECTION_DESCRIPTORS).sort()).toEqual([...COLLECTIONS].sort());
    for (const collection of COLLECTIONS) {
      expect(COLLECTION_DESCRIPTORS[collection].schema).toBe(collectionSchemas[collection]);
      expect(COLLECTION_DESCRIPTORS[collection].label).toBe(COLLECTION_LABELS[collection]);
    }
  });

  it.each(COLLECTIONS)('%s: every field its descriptor names is a field of its schema', (collection) => {
    const { date, kind, revised, facets, stix } = COLLECTION_DESCRIPTORS[collection];
    const named = [date?.start, date?.end, date?.approximate, kind, revised, facets.confidence, facets.status, stix.created];
    const fields = Object.keys(collectionSchemas[collection].shape);
    expect(named.filter((field) => field !== undefined && !fields.includes(field))).toEqual([]);
  });
});

/** A ref() reachable in a schema, with the path to it ("[]" for an array's items). */
interface DeclaredReference {
  path: string[];
  reference: Reference;
}

/** Every ref() in a schema, by every route zod's definitions offer (not only those references.ts walks). */
function declaredReferences(schema: z.ZodType, path: string[] = []): DeclaredReference[] {
  const reference = references.get(schema);
  if (reference) return [{ path, reference }];
  const def = schema.def as unknown as Record<string, unknown>;
  if (def.type === 'object') {
    return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => declaredReferences(field, [...path, key]));
  }
  if (def.type === 'array') return declaredReferences(def.element as z.ZodType, [...path, '[]']);
  const isSchema = (value: unknown): value is z.ZodType => typeof value === 'object' && value !== null && 'def' in value;
  return Object.values(def)
    .flatMap((value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]))
    .filter(isSchema)
    .flatMap((inner) => declaredReferences(inner, path));
}

/** `container` with `value` at `path`, an array's items holding one element. */
function withValue(container: unknown, path: readonly string[], value: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (head === '[]') return [withValue(Array.isArray(container) ? container[0] : undefined, rest, value)];
  const object = (container ?? {}) as Record<string, unknown>;
  return { ...object, [head]: withValue(object[head], rest, value) };
}

describe('the reference table, read off the schemas', () => {
  it.each(COLLECTIONS)('%s: finds every ref() its schema declares', (collection) => {
    const declared = declaredReferences(collectionSchemas[collection]);
    const data = declared.reduce<unknown>((value, { path }, i) => withValue(value, path, `target-${i}`), {});
    const found = frontmatterReferences({ collection, slug: 'x', data } as Entry);
    const asDeclared = declared.map(({ path, reference }, i) => [
      path.join('.').replace(/\.\[\]/g, '[]'),
      `target-${i}`,
      reference.collections,
    ]);
    const asFound = found.map(({ field, target, expected }) => [field.replace(/\[0\]/g, '[]'), target, expected]);
    expect(asFound).toEqual(asDeclared);
  });
});
