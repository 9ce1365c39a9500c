import { describe, expect, it } from 'vitest';
import type { SiteHistory } from '../history/editions.ts';
import { parseEntryFile } from '../content/load.ts';
import type { Entry } from '../schema/index.ts';
import { editionEntryPages, editionsWithPages } from './edition-entry-view.ts';

const judgment = (likelihood: string) =>
  parseEntryFile(
    `---\ntitle: J\nsummary: S.\nconfidence: moderate\nlikelihood: ${likelihood}\nissued: "2015"\nabout: [a, withheld-actor]\nsources: [a]\n---\nText.\n`,
    'j.mdx',
    'judgments',
    'j',
  ).entry!;
const actor = parseEntryFile('---\ntitle: A\nsummary: S.\nkind: organization\n---\n', 'a.mdx', 'actors', 'a').entry!;

const edition = (name: string) => ({
  name,
  date: '2026-01-31T00:00:00Z',
  commit: 'abc1234',
  changes: { added: [], removed: [], changed: [] },
});
const history: SiteHistory = {
  available: true,
  editions: [edition('new'), edition('old'), edition('oldest')],
  entries: new Map(),
  asOf: new Map(),
  snapshots: new Map<string, Map<number, Entry>>([
    [
      'new',
      new Map([
        [0, actor],
        [1, judgment('very-likely')],
      ]),
    ],
    [
      'old',
      new Map([
        [0, actor],
        [1, judgment('likely')],
      ]),
    ],
    ['oldest', new Map([[0, actor]])],
  ]),
  head: new Map([
    [0, actor],
    [1, judgment('very-likely')],
  ]),
};

describe('editionEntryPages', () => {
  const pages = editionEntryPages(history, 2, '/');

  it('covers every entry of the latest editions only', () => {
    expect(pages.map((page) => `${page.edition.name}/${page.entry.slug}`)).toEqual(['new/a', 'new/j', 'old/a', 'old/j']);
    expect([...editionsWithPages(history, 2)]).toEqual(['new', 'old']);
  });

  it('marks entries unchanged since, and lists the fields of the others as they stood, without withheld references', () => {
    expect(pages.map((page) => page.unchanged)).toEqual([true, true, true, false]);
    const old = pages[3]!;
    expect(old.fields).toContainEqual({ field: 'likelihood', value: 'Likely' });
    expect(old.fields).toContainEqual({ field: 'about', value: 'a' });
  });
});
