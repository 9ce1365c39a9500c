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
import { join } from 'node:path';
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
  /** The built site's folder. */
  siteDir: string;
  history: SiteHistory;
  kb: LoadedKnowledgeBase;
  site: SiteInfo;
  /** How many of the latest editions have an address per entry (`editionPages`). */
  editionPages: number;
  components: readonly string[];
  policy: SitePolicy | undefined;
}

/** Writes the edition redirects and the entries' feeds; returns how many of each. */
export async function writeHistoryFiles(input: HistoryFilesInput): Promise<{ redirects: number; feeds: number }> {
  const { siteDir, history, kb, site } = input;
  const redirects = editionRedirects(history, {
    count: input.editionPages,
    base: site.base,
    components: input.components,
    current: kb.resolve,
  });
  const feeds = entryHistoryFeedFiles([...kb.bySlug.values()].map(entryRef), history, site);
  await writeFiles([
    ...redirects.map((redirect) => ({ target: join(siteDir, redirect.file), content: redirectDocument(redirect, input.policy) })),
    ...feeds.map(({ file, content }) => ({ target: join(siteDir, file), content })),
  ]);
  return { redirects: redirects.length, feeds: feeds.length };
}
