/**
 * The site's addresses other than entry pages, for checking links in bodies (`[how we grade](/methodology/)`).
 * They are read from the pages folder itself, by Astro's file-based routing, and from the public
 * folder, rather than typed into a list: a list would drift from `src/pages/` the first time a
 * page is added or renamed, and the check would then refuse a real page or pass a removed one.
 * The few the build's integration writes itself (`ENTRY_FILES`) are named here, where the
 * integration reads them.
 * A route keeps its dynamic parts as Astro names them (`/data/entries/[slug].json`).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { didYouMean } from './problems.ts';
import { COLLECTIONS, isCollectionName } from './schema/index.ts';
import { siteLink } from './site-links.ts';
import { closestMatch } from './slugs.ts';

/** Files Astro renders as pages (`/name/`); other source files are endpoints, served under their name less `.ts`. */
const PAGE_EXTENSIONS = /\.(astro|mdx|md|html)$/;
const ENDPOINT_EXTENSIONS = /\.(ts|js|mjs)$/;
/** Error pages are served in place of a missing page, never linked to. */
const ERROR_PAGES = /^(404|500)$/;

/** The route of a file of the pages folder (`data/events.csv.ts` → `/data/events.csv`), or undefined if it makes none. */
export function routeOfPageFile(file: string): string | undefined {
  const path = file.split(sep).join('/');
  // Astro leaves out files and folders whose name starts with "_".
  if (path.split('/').some((part) => part.startsWith('_'))) return undefined;
  if (ENDPOINT_EXTENSIONS.test(path) && !PAGE_EXTENSIONS.test(path)) return `/${path.replace(ENDPOINT_EXTENSIONS, '')}`;
  if (!PAGE_EXTENSIONS.test(path)) return undefined;
  const page = path.replace(PAGE_EXTENSIONS, '').replace(/(^|\/)index$/, '');
  if (ERROR_PAGES.test(page)) return undefined;
  return page ? `/${page}/` : '/';
}

/** The files under `folder`, as paths relative to it; none when it does not exist. */
export function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/**
 * The files of each entry the build's integration writes after the pages, rather than Astro
 * rendering them as routes (src/integration/site-files.ts): their routes, as Astro would name them.
 */
export const ENTRY_FILES = {
  /** The entry's short address, and each former ID's: a redirect to its page. */
  shortAddress: '/e/[slug]/',
  /** Its data for other tools (src/lib/export/entry-json.ts). */
  json: '/data/entries/[slug].json',
  /** The card a link preview shows (src/lib/view/preview.ts). */
  preview: '/data/previews/[slug].json',
} as const;

/** The file of an entry file's route for a slug, in the built site: `e/x/index.html`, `data/entries/x.json`. */
export function entryFile(route: (typeof ENTRY_FILES)[keyof typeof ENTRY_FILES], slug: string): string {
  return route.replace('[slug]', slug).replace(/^\//, '').replace(/\/$/, '/index.html');
}

/** Every route of the site: its pages folder's, the entry files' and each file of its public folder, in the order they take precedence. */
export function readSiteRoutes(pagesFolder: string, publicFolder: string): string[] {
  const pages = [...filesUnder(pagesFolder).flatMap((file) => routeOfPageFile(file) ?? []), ...Object.values(ENTRY_FILES)];
  const files = filesUnder(publicFolder).map((file) => `/${file.split(sep).join('/')}`);
  // Astro's priority: a route with fewer dynamic parts wins (`/[collection]/rows.json` over `/[collection]/[slug]/`).
  const dynamicParts = (route: string) => route.split('[').length;
  return [...new Set([...pages, ...files])].sort((a, b) => dynamicParts(a) - dynamicParts(b) || a.localeCompare(b));
}

/** What a dynamic part of a route accepts, by its name; any other name takes any one path segment. */
const PARAMETERS: Record<string, (value: string) => boolean> = {
  collection: isCollectionName,
  page: (value) => /^[1-9]\d*$/.test(value),
};

export type RouteMatch =
  /** A page of the site; `slug` when the route names an entry (`/data/entries/[slug].json`). */
  { route: string; slug?: string } | undefined;

const DYNAMIC_PART = /^\[([a-z]+)\]$/i;

/** A route as a pattern; a page's route (`/methodology/`) also takes its path without the closing slash. */
function routePattern(route: string): RegExp {
  const pattern = route
    .split(/(\[[a-z]+\])/i)
    .map((part) => {
      const name = DYNAMIC_PART.exec(part)?.[1];
      return name ? `(?<${name}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${route.length > 1 && route.endsWith('/') ? `${pattern}?` : pattern}$`);
}

/** The route that serves a decoded site path (no query or fragment), if any, from routes in order of precedence. */
export function matchRoute(path: string, routes: readonly string[]): RouteMatch {
  for (const route of routes) {
    const match = routePattern(route).exec(path);
    if (!match) continue;
    const params = match.groups ?? {};
    if (!Object.entries(params).every(([name, value]) => PARAMETERS[name]?.(value) ?? true)) continue;
    return params.slug === undefined ? { route } : { route, slug: params.slug };
  }
  return undefined;
}

/** The paths a mistyped one may be close to: routes without dynamic parts, and each collection's index. */
export function namedPaths(routes: readonly string[]): string[] {
  return routes
    .flatMap((route) => (route.includes('[collection]') ? COLLECTIONS.map((c) => route.replace('[collection]', c)) : [route]))
    .filter((path) => !path.includes('['));
}

/**
 * What is wrong with a body's link to a site path that is no entry's page, or to a relative
 * path (`siteLink` kinds "path" and "relative"), if anything: a page of the site passes; a path
 * no page has, a relative path and a path naming an entry by another page than its own (which a
 * release could not withhold) are problems, with the closest page or entry when one is close.
 */
export function sitePathProblem(
  href: string,
  routes: readonly string[],
  slugs: readonly string[],
): { rule: 'unknown-page' | 'bad-link'; message: string } | undefined {
  const site = siteLink(href);
  const quoted = JSON.stringify(href.slice(0, 80));
  if (site?.kind === 'relative') {
    const last =
      href
        .split(/[?#]/)[0]!
        .split('/')
        .filter((part) => part && part !== '.' && part !== '..')
        .at(-1) ?? '';
    // "www.example.org/x" is another site's address without its scheme.
    const slug = closestMatch(last, slugs);
    const suggestion = /^www\./i.test(href) ? `https://${href}` : slug && `[[${slug}]]`;
    return {
      rule: 'bad-link',
      message: `link to ${quoted} is relative, so where it leads depends on the address it is read at; write the path from the site's root (/actors/some-slug/) or a wiki-link${didYouMean(suggestion)}`,
    };
  }
  if (site?.kind !== 'path') return undefined;
  const page = matchRoute(site.path, routes);
  if (!page)
    return {
      rule: 'unknown-page',
      message: `link to ${quoted} is no page of this site; expected an entry's path (/actors/some-slug/) or one of the site's pages${didYouMean(closestMatch(site.path, namedPaths(routes)))}`,
    };
  if (page.slug === undefined) return undefined;
  return {
    rule: 'bad-link',
    message: `link to ${quoted} names the entry "${page.slug}" by a path that a release cannot withhold; link the entry itself, [[${page.slug}]] or its page`,
  };
}
