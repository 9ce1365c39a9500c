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
