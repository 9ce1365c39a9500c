/** What `npm run pdf` reads from a built site, and the running header and footer of each PDF page. */
import { escapeHtml } from '../../src/lib/escape-html.ts';

export interface ListedBriefing {
  slug: string;
  /** The page's path, under the site's base path: "/kb/briefings/<slug>/". */
  path: string;
}

/**
 * The briefings a built site lists on its briefings index, in its order (newest first). Reading
 * the site, not the content, means a PDF exists only for what the build's release level let in.
 */
export function listedBriefings(indexHtml: string): ListedBriefing[] {
  const seen = new Map<string, ListedBriefing>();
  for (const [, path, slug] of indexHtml.matchAll(/<a [^>]*href="((?:[^"]*\/)?briefings\/([a-z0-9]+(?:-[a-z0-9]+)*)\/)"/g)) {
    if (!seen.has(slug!)) seen.set(slug!, { slug: slug!, path: path! });
  }
  return [...seen.values()];
}

/**
 * The public origin a PDF's permalinks use: SITE_URL when set, else the one the site was built
 * with (its pages' canonical links are absolute then); undefined when neither is known.
 */
export function publicOriginOf(siteUrl: string | undefined, pageHtml: string): string | undefined {
  if (siteUrl) return new URL(siteUrl).origin;
  const canonical = /<link rel="canonical" href="(https?:\/\/[^"]+)"/.exec(pageHtml)?.[1];
  return canonical ? new URL(canonical).origin : undefined;
}

// Chromium renders the templates apart from the page, without its styles: inline styles only,
// and an explicit font size (the default is too small to read).
const BAR =
  'width:100%;margin:0 16mm;display:flex;justify-content:space-between;align-items:baseline;gap:8mm;font:8pt system-ui,sans-serif;color:#333;';

/** Top of every page: the marking, centred and bold as TLP asks, with the document's title. */
export function pdfHeaderTemplate(title: string, marking: string): string {
  return (
    `<div style="${BAR}"><span style="flex:1;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${escapeHtml(title)}</span>` +
    `<strong style="font-size:9pt;letter-spacing:0.05em;color:#000;">${escapeHtml(marking)}</strong><span style="flex:1;"></span></div>`
  );
}

/** Bottom of every page: the marking again, where the document comes from, and "Page X of Y". */
export function pdfFooterTemplate(marking: string, siteName: string): string {
  return (
    `<div style="${BAR}"><span style="flex:1;">${escapeHtml(siteName)}</span>` +
    `<strong style="font-size:9pt;letter-spacing:0.05em;color:#000;">${escapeHtml(marking)}</strong>` +
    '<span style="flex:1;text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>'
  );
}
