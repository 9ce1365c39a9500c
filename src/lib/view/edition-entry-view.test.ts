import { describe, expect, it } from 'vitest';
import type { SiteHistory } from '../history/editions.ts';
import { parseEntryFile } from '../content/load.ts';
import type { Entry } from '../schema/index.ts';
import type { LinkResolver } from '../links.ts';
import { editionEntryPages, editionRedirects, editionsWithPages } from './edition-entry-view.ts';

const judgment = (likelihood: string) =>
  parseEntryFile(
    `---\ntitle: J\nsummary: S.\nconfidence: moderate\nlikelihood: ${likelihood}\nissued: "2015"\nabout: [a, withheld-actor]\nsources: [a]\n---\nSee [[a]] and [[withheld-actor]].\n`,
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

/** This build publishes the actor and the judgment, as the head snapshot holds them. */
const current: LinkResolver = (slug) =>
  ['a', 'j'].includes(slug)
    ? {
        status: 'entry',
        entry: slug === 'a' ? actor : judgment('very-likely'),
        href: `/kb/${slug === 'a' ? 'actors' : 'judgments'}/${slug}/`,
      }
    : { status: 'withheld' };
const options = { count: 2, base: '/kb/', components: [], current };

describe('edition addresses', () => {
  it('cover every entry of the latest editions only, those unchanged since as redirects, the others as pages', () => {
    const pages = editionEntryPages(history, options);
    const redirects = editionRedirects(history, options);
    expect(pages.map((page) => `${page.edition.name}/${page.entry.slug}`)).toEqual(['old/j']);
    expect(redirects.map((redirect) => redirect.file)).toEqual([
      'editions/new/actors/a/index.html',
      'editions/new/judgments/j/index.html',
      'editions/old/actors/a/index.html',
    ]);
    expect([...editionsWithPages(history, 2)]).toEqual(['new', 'old']);
  });

  it('redirect to the current page, saying since which edition the entry is unchanged', () => {
    expect(editionRedirects(history, options)[0]).toEqual({
      file: 'editions/new/actors/a/index.html',
      to: '/kb/actors/a/',
      title: 'A',
      note: 'Unchanged since edition new (2026-01-31, commit abc1234); the current page shows it as it stood then:',
    });
  });

  it('make a page, not a redirect, of an unchanged entry this build does not publish', () => {
    const none: LinkResolver = () => ({ status: 'withheld' });
    expect(editionRedirects(history, { ...options, current: none })).toEqual([]);
    expect(editionEntryPages(history, { ...options, current: none }).map((page) => page.currentHref)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('list the fields as they stood, without withheld references, and link the body to the entries at the same edition', () => {
    const [old] = editionEntryPages(history, options);
    expect(old!.fields).toContainEqual({ field: 'likelihood', value: 'Likely' });
    expect(old!.fields).toContainEqual({ field: 'about', value: 'a' });
    expect(old!.currentHref).toBe('/kb/judgments/j/');
    expect(old!.bodyHtml).toContain('href="/kb/editions/old/actors/a/"');
    expect(old!.bodyHtml).toContain('>A</a>');
    expect(old!.bodyHtml).toContain('withheld');
    expect(old!.linksEntries).toBe(true);
    expect(old!.componentsAsText).toBe(false);
  });
});
