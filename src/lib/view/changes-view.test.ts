import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../history/history.ts';
import type { LinkResolver } from '../links.ts';
import type { Entry } from '../schema/index.ts';
import { changeLine, changeSetView, withContext } from './changes-view.ts';

const resolve: LinkResolver = (slug) =>
  slug === 'gone' ? { status: 'withheld' } : { status: 'entry', entry: { slug } as Entry, href: `/x/${slug}/` };

describe('changeLine', () => {
  it('words a likelihood as its ICD 203 term', () => {
    expect(changeLine({ field: 'likelihood', kind: 'value', before: 'likely', after: 'very-likely' })).toEqual({
      field: 'likelihood',
      kind: 'value',
      before: 'Likely',
      after: 'Very likely',
    });
    expect(changeLine({ field: 'date', kind: 'value', before: '2014-11-13', after: '2014-11-12' })).toMatchObject({ before: '2014-11-13' });
  });
});

describe('withContext', () => {
  it('shortens long unchanged text around a change', () => {
    const long = 'word '.repeat(100);
    const segments = withContext(
      [
        { kind: 'same', text: long },
        { kind: 'added', text: 'new' },
        { kind: 'same', text: long },
        { kind: 'removed', text: 'old' },
        { kind: 'same', text: long },
      ],
      10,
    );
    expect(segments.map((s) => s.text)).toEqual([
      `…${long.slice(-10)}`,
      'new',
      `${long.slice(0, 10)} … ${long.slice(-10)}`,
      'old',
      `${long.slice(0, 10)}…`,
    ]);
  });
});

describe('changeSetView', () => {
  const changes: ChangeSet = {
    added: [{ slug: 'new-actor', collection: 'actors', title: 'New actor' }],
    removed: [{ slug: 'gone', collection: 'events', title: 'Gone event' }],
    changed: [
      {
        entry: { slug: 'a-judgment', collection: 'judgments', title: 'A judgment' },
        changes: [{ field: 'status', kind: 'value', before: 'current', after: 'revised' }],
      },
      { entry: { slug: 'renamed', collection: 'actors', title: 'Renamed' }, renamedFrom: 'old-name', changes: [] },
    ],
  };

  it('groups by collection, judgments first, links what this build has, and the editions with pages', () => {
    const groups = changeSetView(changes, resolve, { base: '/', newer: '2026-02', older: '2026-01' });
    expect(groups.map((group) => group.heading)).toEqual(['Judgments', 'Actors', 'Events']);
    expect(groups[1]!.entries.map((entry) => [entry.status, entry.title, entry.renamedFrom])).toEqual([
      ['changed', 'Renamed', 'old-name'],
      ['added', 'New actor', undefined],
    ]);
    const removed = groups[2]!.entries[0]!;
    expect(removed.href).toBeUndefined();
    expect(removed.asOf).toEqual({ edition: '2026-01', href: '/editions/2026-01/events/gone/' });
    expect(groups[1]!.entries[1]!.asOf).toEqual({ edition: '2026-02', href: '/editions/2026-02/actors/new-actor/' });
  });
});
