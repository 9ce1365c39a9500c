/**
 * Files of the built site made from the history, written by the integration after the pages
 * rather than rendered as a route each (tens of thousands of routes at 10,000 entries, each with
 * Astro's fixed cost per route, for fixed text):
 * - the addresses of entries unchanged since an edition (`editions/<name>/<collection>/<slug>/`),
 *   each a redirect to the entry's current page, which shows the same version
 *   (src/lib/view/edition-entry-view.ts, src/lib/view/redirect-page.ts);
 * - each entry's Atom feed of its revisions (`<collection>/<slug>/history.xml`, src/lib/history/feeds.ts).
 */
import type { AstroConfig } from 'astro';
import { extname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteHistory } from '../lib/history/editions.ts';
import { entryHistoryFeedFiles } from '../lib/history/feeds.ts';
import { entryRef } from '../lib/history/history.ts';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import type { SiteInfo } from '../lib/site.ts';
import { editionRedirects } from '../lib/view/edition-entry-view.ts';
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

export interface HistoryFilesInput {
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

/** The edition redirects and the entries' feeds. */
function historyFiles({ history, kb, site, ...input }: HistoryFilesInput): { redirects: SiteFile[]; feeds: SiteFile[] } {
  const redirects = editionRedirects(history, {
    count: input.editionPages,
    base: site.base,
    components: input.components,
    current: kb.resolve,
  });
  return {
    redirects: redirects.map((redirect) => ({ file: redirect.file, content: redirectDocument(redirect, input.policy) })),
    feeds: entryHistoryFeedFiles([...kb.bySlug.values()].map(entryRef), history, site),
  };
}

/** Writes the edition redirects and the entries' feeds into the built site at `siteDir`; returns how many of each. */
export async function writeHistoryFiles(siteDir: string, input: HistoryFilesInput): Promise<{ redirects: number; feeds: number }> {
  const { redirects, feeds } = historyFiles(input);
  await writeFiles([...redirects, ...feeds].map(({ file, content }) => ({ target: join(siteDir, file), content })));
  return { redirects: redirects.length, feeds: feeds.length };
}

const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.xml': 'application/atom+xml; charset=utf-8' };

/**
 * Serves the same files under `astro dev`, made on request, so that the dev server has every
 * address the build has. `input` gives what they are made from, or undefined when the content
 * does not load (the dev server then shows its own error pages).
 */
export function serveHistoryFiles(
  base: string,
  input: () => HistoryFilesInput | undefined,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  let made: { from: HistoryFilesInput['kb']; files: Map<string, string> } | undefined;
  const filesOf = (current: HistoryFilesInput) => {
    // Made again after an edit, which gives a new knowledge base.
    if (made?.from !== current.kb) {
      const { redirects, feeds } = historyFiles(current);
      made = { from: current.kb, files: new Map([...redirects, ...feeds].map(({ file, content }) => [file, content])) };
    }
    return made.files;
  };
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (request, response, next) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    // The dev server may have taken the base path off already.
    const file = (path.startsWith(prefix) ? path.slice(prefix.length) : path.slice(1)).replace(/(^|\/)$/, '$1index.html');
    const current = input();
    const content = current && filesOf(current).get(file);
    if (content === undefined) return next();
    response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'text/plain; charset=utf-8');
    response.end(request.method === 'HEAD' ? undefined : content);
  };
}
