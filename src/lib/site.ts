/** What exports and citations need to know about the site itself. */
import { withBase } from './paths.ts';

export interface SiteInfo {
  /** The knowledge base's name, as cited. */
  name: string;
  /** The base path, e.g. "/" or "/kb/". */
  base: string;
  /** The public origin (SITE_URL), e.g. "https://kb.example.org"; unknown when not configured. */
  origin?: string;
}

/** An absolute URL of a site path when the origin is known, else the path itself. */
export function siteUrl(site: SiteInfo, path: string): string {
  const full = withBase(site.base, path);
  return site.origin ? new URL(full, site.origin).href : full;
}

/**
 * Where the browser completes a path-only permalink (built without SITE_URL): the public address
 * a PDF export declares (`declared`; an empty string when it knows none, so the path stays a
 * path), else the address the page is read at. Never the export's own loopback server.
 */
export function permalinkOrigin(declared: string | undefined, pageOrigin: string): string | undefined {
  if (declared === undefined) return pageOrigin;
  return declared === '' ? undefined : declared;
}

/** A permalink as printed and cited: `href` made absolute against `origin` when there is one. */
export function absolutePermalink(href: string, origin: string | undefined): string {
  return origin ? new URL(href, origin).href : href;
}

/** The name under which `npm run pdf` tells a page the public address (see permalinkOrigin). */
export const PUBLIC_ORIGIN_GLOBAL = 'kbPublicOrigin';
