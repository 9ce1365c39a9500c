import { describe, expect, it } from 'vitest';
import type { SiteHistory } from './editions.ts';
import { changeLineHtml, entryHistoryFeed, entryHistoryFeedFiles } from './feeds.ts';

const site = { name: 'KB <test>', base: '/kb/', origin: 'https://kb.example.org' };

describe('changeLineHtml', () => {
  it('escapes values and marks what was removed and added', () => {
    expect(
      changeLineHtml({
        field: 'title',
        kind: 'text',
        segments: [
          { kind: 'same', text: 'A ' },
          { kind: 'removed', text: '<b>' },
          { kind: 'added', text: 'B&C' },
        ],
      }),
    ).toBe('<code>title</code>: A <del>&lt;b&gt;</del><ins>B&amp;C</ins>');
    expect(changeLineHtml({ field: 'places', kind: 'list', added: ['x'], removed: ['y'] })).toBe(
      '<code>places</code>: added <ins>x</ins>; removed <del>y</del>',
    );
  });
});

describe('entryHistoryFeed', () => {
  const revisions = [
    {
      date: '2026-01-10T09:00:00Z',
      commit: 'aaaaaaa',
      kind: 'added' as const,
      entry: { slug: 'x', collection: 'actors' as const, title: 'X' },
      changes: [],
    },
    {
      date: '2026-02-10T09:00:00+01:00',
      commit: 'bbbbbbb',
      kind: 'changed' as const,
      entry: { slug: 'x', collection: 'actors' as const, title: 'X' },
      changes: [{ field: 'status', kind: 'value' as const, before: 'active', after: 'defunct' }],
    },
  ];
  const feed = entryHistoryFeed({ slug: 'x', collection: 'actors', title: 'X' }, revisions, site);

  it('lists the revisions newest first, with absolute links and UTC dates', () => {
    expect(feed.indexOf('<title>Changed: status</title>')).toBeLessThan(feed.indexOf('<title>Published</title>'));
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://kb.example.org/kb/actors/x/history.xml"/>');
    expect(feed).toContain('<updated>2026-02-10T08:00:00.000Z</updated>');
    expect(feed).toContain('<title>KB &lt;test&gt;: history of X</title>');
  });

  it('gives each item the same id on every build', () => {
    expect(entryHistoryFeed({ slug: 'x', collection: 'actors', title: 'X' }, revisions, site)).toBe(feed);
    expect(feed.match(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/g)).toHaveLength(3);
  });

  it('is a file of the site for each current entry with a history, none without history', () => {
    const history: SiteHistory = {
      available: true,
      editions: [],
      entries: new Map([['x', { revisions, firstPublished: revisions[0]!.date, lastChanged: revisions[1]!.date }]]),
      snapshots: new Map(),
      asOf: new Map(),
      head: new Map(),
    };
    const entries = [
      { slug: 'x', collection: 'actors' as const, title: 'X' },
      { slug: 'y', collection: 'events' as const, title: 'Y' },
    ];
    expect(entryHistoryFeedFiles(entries, history, site)).toEqual([{ file: 'actors/x/history.xml', content: feed }]);
    expect(entryHistoryFeedFiles(entries, { available: false, reason: 'shallow-clone', detail: '' }, site)).toEqual([]);
  });
});
