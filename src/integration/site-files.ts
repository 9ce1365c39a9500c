/**
 * Files of the built site that need no page layout, written by the integration after the pages
 * rather than rendered as a route each: tens of thousands of routes at 10,000 entries, each with
 * Astro's fixed cost per route (its props, cache key, rendering, and writing to the site and the
 * build cache) for fixed text. As routes, the first three below made a 10,000-entry build take
 * 69–76 s instead of 50–53 s (docs/benchmarks.md). Each is made by the core:
 * - each entry's short address and each former ID's (`e/<slug>/`), a redirect to its page
 *   (src/lib/view/redirect-page.ts, the markup of the redirect pages Astro renders);
 * - each entry's data for other tools (`data/entries/<slug>.json`, src/lib/export/entry-json.ts);
 * - each entry's link preview card (`data/previews/<slug>.json`, src/lib/view/preview.ts);
 * - the addresses of entries unchanged since an edition (`editions/<name>/<collection>/<slug>/`),
 *   each a redirect to the entry's current page, which shows the same version
 *   (src/lib/view/edition-entry-view.ts);
 * - each entry's Atom feed of its revisions (`<collection>/<slug>/history.xml`, src/lib/history/feeds.ts).
 * The routes of the first three are named in src/lib/site-routes.ts (`ENTRY_FILES`), so body links
 * to them are checked like links to pages.
 */
import type { AstroConfig } from 'astro';
import { extname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteHistory } from '../lib/history/editions.ts';
import { entryHistoryFeedFiles } from '../lib/history/feeds.ts';
import { entryRef } from '../lib/history/history.ts';
import { entryJson } from '../lib/export/entry-json.ts';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { entryPath } from '../lib/paths.ts';
import type { Entry } from '../lib/schema/index.ts';
import type { SiteInfo } from '../lib/site.ts';
import { ENTRY_FILES, entryFile } from '../lib/site-routes.ts';
import { editionRedirects } from '../lib/view/edition-entry-view.ts';
import { entryPreview } from '../lib/view/preview.ts';
import { redirectDocument, type SitePolicy } from '../lib/view/redirect-page.ts';
import { writeFiles } from './write-files.ts';

type CspResource = string | { resource: string; kind: string };

/** The content security policy astro.config.mjs declares, as far as a page without styles needs it; undefined without one. */
export function sitePolicyOf(config: AstroConfig): SitePolicy | undefined {
  const csp = config.security.csp;
  if (!csp) return undefined;
  const settings = csp === true ? undefined : csp;
  // Resources for one kind of script only (element or attribute) would not apply to the whole directive.
  const resources = ((settings?.scriptDirective?.resources ?? ["'self'"]) as CspResource[]).flatMap((resource) =>
    typeof resource === 'string' ? [resource] : resource.kind === 'default' ? [resource.resource] : [],
  );
  return { directives: settings?.directives ?? [], scriptResources: resources };
}

export interface SiteFilesInput {
  history: SiteHistory;
  kb: LoadedKnowledgeBase;
  site: SiteInfo;
  /** How many of the latest editions have an address per entry (`editionPages`). */
  editionPages: number;
  components: readonly string[];
  policy: SitePolicy | undefined;
}

interface SiteFile {
  /** Its path in the built site, e.g. `actors/x/history.xml`. */
  file: string;
  content: string;
}

/** The short address `from` (an entry's ID or a former one): a redirect to the entry's page. */
function shortAddress(from: string, to: Entry, { site, policy }: SiteFilesInput): SiteFile {
  const content = redirectDocument({ to: entryPath(site.base, to.collection, to.slug), title: to.data.title }, policy);
  return { file: entryFile(ENTRY_FILES.shortAddress, from), content };
}

/** An entry's own files: its short address, its data and its preview card. */
function entryFiles(entry: Entry, input: SiteFilesInput): SiteFile[] {
  return [
    shortAddress(entry.slug, entry, input),
    { file: entryFile(ENTRY_FILES.json, entry.slug), content: JSON.stringify(entryJson(input.kb, input.site, entry)) },
    { file: entryFile(ENTRY_FILES.preview, entry.slug), content: JSON.stringify(entryPreview(entry)) },
  ];
}

/**
 * Every file, made as it is asked for (at 100,000 entries they are about 400 MB of text, which
 * need not be held at once): the entries' own files, the former IDs' short addresses, the edition
 * redirects, then the entries' feeds.
 */
function* siteFiles(input: SiteFilesInput): Generator<SiteFile & { kind: 'entry' | 'edition' | 'feed' }> {
  const { history, kb, site } = input;
  for (const entry of kb.bySlug.values()) for (const file of entryFiles(entry, input)) yield { ...file, kind: 'entry' };
  for (const { from, to } of kb.redirects) yield { ...shortAddress(from, to, input), kind: 'entry' };
  const redirects = editionRedirects(history, {
    count: input.editionPages,
    base: site.base,
    components: input.components,
    current: kb.resolve,
  });
  for (const redirect of redirects) yield { file: redirect.file, content: redirectDocument(redirect, input.policy), kind: 'edition' };
  for (const feed of entryHistoryFeedFiles([...kb.bySlug.values()].map(entryRef), history, site)) yield { ...feed, kind: 'feed' };
}

/** Writes the files into the built site at `siteDir`; returns how many of each kind. */
export async function writeSiteFiles(siteDir: string, input: SiteFilesInput): Promise<Record<'entry' | 'edition' | 'feed', number>> {
  const written = { entry: 0, edition: 0, feed: 0 };
  await writeFiles(
    siteFiles(input).map(({ file, content, kind }) => {
      written[kind]++;
      return { target: join(siteDir, file), content };
    }),
  );
  return written;
}

/** The types of the files the dev server makes itself: these, and the search index's (dev-search.ts; Pagefind's script is imported as a module). */
export const DEV_CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The file of the site a GET or HEAD request to the dev server names, from the site's folder
 * (`index.html` for a folder's address), or undefined for another method or a malformed address.
 */
export function requestedFile(base: string, request: IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  // The dev server may have taken the base path off already.
  return (path.startsWith(prefix) ? path.slice(prefix.length) : path.slice(1)).replace(/(^|\/)$/, '$1index.html');
}

/**
 * Serves the same files under `astro dev`, made on request, so that the dev server has every
 * address the build has. `input` gives what they are made from, or undefined when the content
 * does not load (the dev server then shows its own error pages).
 */
export function serveSiteFiles(
  base: string,
  input: () => SiteFilesInput | undefined,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  let made: { from: SiteFilesInput['kb']; files: Map<string, string> } | undefined;
  const filesOf = (current: SiteFilesInput) => {
    // Made again after an edit, which gives a new knowledge base.
    if (made?.from !== current.kb) {
      made = { from: current.kb, files: new Map([...siteFiles(current)].map(({ file, content }) => [file, content])) };
    }
    return made.files;
  };
  return (request, response, next) => {
    const file = requestedFile(base, request);
    if (file === undefined) return next();
    const current = input();
    const content = current && filesOf(current).get(file);
    if (content === undefined) return next();
    response.setHeader('Content-Type', DEV_CONTENT_TYPES[extname(file)] ?? 'text/plain; charset=utf-8');
    response.end(request.method === 'HEAD' ? undefined : content);
  };
}
