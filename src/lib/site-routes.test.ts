import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_FILES, entryFile, matchRoute, namedPaths, readSiteRoutes, routeOfPageFile, sitePathProblem } from './site-routes.ts';

describe('routeOfPageFile, by Astro file-based routing', () => {
  it.each([
    ['index.astro', '/'],
    ['methodology.mdx', '/methodology/'],
    ['graph/index.astro', '/graph/'],
    ['[collection]/[slug].astro', '/[collection]/[slug]/'],
    ['[collection]/page/[page].astro', '/[collection]/page/[page]/'],
    ['data/events.csv.ts', '/data/events.csv'],
    ['[feed].xml.ts', '/[feed].xml'],
    ['sources/[slug]/archive.txt.ts', '/sources/[slug]/archive.txt'],
    ['404.astro', undefined],
    ['_partial.astro', undefined],
    ['_drafts/note.mdx', undefined],
    ['styles.css', undefined],
  ])('%s → %s', (file, route) => {
    expect(routeOfPageFile(file)).toBe(route);
  });
});

describe('entryFile', () => {
  it.each([
    [ENTRY_FILES.shortAddress, 'e/group-a/index.html'],
    [ENTRY_FILES.json, 'data/entries/group-a.json'],
    [ENTRY_FILES.preview, 'data/previews/group-a.json'],
  ])('%s → %s', (route, file) => expect(entryFile(route, 'group-a')).toBe(file));
});

describe('the routes read from the site', () => {
  const routes = readSiteRoutes(
    fileURLToPath(new URL('../pages/', import.meta.url)),
    fileURLToPath(new URL('../../public/', import.meta.url)),
  );

  it('holds the pages, endpoints and public files, with fixed routes before dynamic ones', () => {
    expect(routes).toEqual(expect.arrayContaining(['/', '/methodology/', '/search/', '/timeline/', '/data/events.csv', '/favicon.svg']));
    expect(routes.indexOf('/[collection]/rows.json')).toBeLessThan(routes.indexOf('/[collection]/[slug]/'));
  });

  it.each([
    ['/', { route: '/' }],
    ['/methodology/', { route: '/methodology/' }],
    ['/methodology', { route: '/methodology/' }],
    ['/data/knowledge-base.json', { route: '/data/knowledge-base.json' }],
    ['/actors/', { route: '/[collection]/' }],
    ['/actors/rows.json', { route: '/[collection]/rows.json' }],
    ['/actors/page/2/', { route: '/[collection]/page/[page]/' }],
    ['/data/entries/group-a.json', { route: '/data/entries/[slug].json', slug: 'group-a' }],
    ['/e/group-a/', { route: '/e/[slug]/', slug: 'group-a' }],
    ['/data/previews/group-a.json', { route: '/data/previews/[slug].json', slug: 'group-a' }],
    ['/actors/group-a/linked-from/2/', { route: '/[collection]/[slug]/linked-from/[page]/', slug: 'group-a' }],
    ['/nonexistent/', undefined],
    ['/data/kb.json', undefined],
    ['/people/', undefined],
    ['/actors/page/0/', undefined],
    ['/data/events.csv/', undefined],
  ])('%s is served by %j', (path, match) => {
    expect(matchRoute(path, routes)).toEqual(match);
  });

  it('offers fixed pages and collection indexes as close matches', () => {
    expect(namedPaths(routes)).toEqual(expect.arrayContaining(['/timeline/', '/actors/', '/data/events.csv']));
    expect(namedPaths(routes).some((path) => path.includes('['))).toBe(false);
  });

  const slugs = ['group-a', 'group-b'];
  it.each([
    ['/methodology/', undefined],
    ['/search/?q=nusra', undefined],
    ['/timeline/#2015', undefined],
    ['/favicon.svg', undefined],
    ['/nonexistent/', { rule: 'unknown-page', says: '"/nonexistent/" is no page of this site' }],
    ['/timelin/', { rule: 'unknown-page', says: 'did you mean "/timeline/"' }],
    ['/actor/', { rule: 'unknown-page', says: 'did you mean "/actors/"' }],
    ['../actors/group-a/', { rule: 'bad-link', says: 'did you mean "[[group-a]]"' }],
    ['group-b/', { rule: 'bad-link', says: 'is relative' }],
    ['www.example.org/report', { rule: 'bad-link', says: 'did you mean "https://www.example.org/report"' }],
    ['/data/entries/group-a.json', { rule: 'bad-link', says: 'names the entry "group-a"' }],
    ['/sources/group-b/archive.txt', { rule: 'bad-link', says: '[[group-b]]' }],
  ])('a body link to %s: %j', (href, expected) => {
    const problem = sitePathProblem(href, routes, slugs);
    if (!expected) return expect(problem).toBeUndefined();
    expect(problem).toMatchObject({ rule: expected.rule, message: expect.stringContaining(expected.says) });
  });
});
