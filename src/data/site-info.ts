/** The site as exports and citations describe it: its name, base path and, when SITE_URL is set, its origin. */
import { siteConfig } from '../config/build-options.ts';
import type { SiteInfo } from '../lib/site.ts';

const config = siteConfig();

/** The site's name, from kb.config.ts. */
const SITE_NAME = config.name;

/** `site` is Astro's `site` (from the configured site address), undefined when it is not configured. */
export function siteInfo(site: URL | undefined): SiteInfo {
  return { name: SITE_NAME, base: config.base, ...(site ? { origin: site.origin } : {}) };
}
