/**
 * The addresses of entries unchanged since an edition (`/editions/<name>/<collection>/<slug>/`),
 * written as plain files after the pages: a redirect each to the entry's current page, which
 * shows the same version (src/lib/view/edition-entry-view.ts). Rendering them as Astro routes
 * cost a route each, tens of thousands at 10,000 entries with three editions, for a fixed page.
 */
import type { AstroConfig } from 'astro';
import { join } from 'node:path';
import type { SiteHistory } from '../lib/history/editions.ts';
import { editionRedirects, type EditionEntryOptions } from '../lib/view/edition-entry-view.ts';
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

/** Writes the edition redirects into the site at `siteDir`; returns how many. */
export async function writeEditionRedirects(
  siteDir: string,
  history: SiteHistory,
  options: EditionEntryOptions,
  policy: SitePolicy | undefined,
): Promise<number> {
  const redirects = editionRedirects(history, options);
  await writeFiles(redirects.map((redirect) => ({ target: join(siteDir, redirect.file), content: redirectDocument(redirect, policy) })));
  return redirects.length;
}
