import { describe, expect, it } from 'vitest';
import { entryDateLabel, entryKind, entrySortDate, lastUpdated } from './collections.ts';
import { collectionSchemas, type CollectionName, type Entry } from './schema/index.ts';

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
