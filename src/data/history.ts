/**
 * The knowledge base's history and editions for the pages of this build, read from git once
 * (src/lib/history/) at the build's release level, the same reading as the integration's
 * (src/integration/build-history.ts). Without history (a shallow clone,
 * a folder outside git) pages show none; the integration says so once in the build's log.
 */
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { knowledgeBaseOptions, siteConfig } from '../config/build-options.ts';
import { sharedSiteHistory } from '../integration/build-history.ts';
import { loadSiteHistory, type SiteHistory } from '../lib/history/editions.ts';

let history: SiteHistory | undefined;

export function getSiteHistory(): SiteHistory {
  // Read once, also under `astro dev`: history changes with commits, not with edits.
  history ??= sharedSiteHistory(() => {
    const config = siteConfig();
    // The project's folder from Astro's config: this module runs bundled, away from the sources.
    return loadSiteHistory(
      knowledgeBaseOptions({
        root: fileURLToPath(root),
        contentDir: config.contentDir,
        release: config.release,
        base: config.base,
        components: config.bodyComponents,
      }),
    );
  });
  return history;
}
