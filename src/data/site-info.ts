/** The site as exports and citations describe it: its name, base path and, when SITE_URL is set, its origin. */
import type { SiteInfo } from '../lib/site.ts';
import { getKnowledgeBase } from './knowledge-base.ts';

export const SITE_NAME = 'Convergence Knowledge Base';

/** `site` is Astro's `site` (from SITE_URL), undefined when the public address is not configured. */
export function siteInfo(site: URL | undefined): SiteInfo {
  return { name: SITE_NAME, base: getKnowledgeBase().base, ...(site ? { origin: site.origin } : {}) };
}
