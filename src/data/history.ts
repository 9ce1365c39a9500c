/**
 * The knowledge base's history and editions for the pages of this build, read from git once
 * (src/lib/history/) at the build's release level: during `astro build` the integration's
 * reading (src/integration/build-history.ts), else read here. Without history (a shallow clone,
 * a folder outside git) pages show none; the integration says so once in the build's log.
 */
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { knowledgeBaseOptions, siteConfig } from '../config/build-options.ts';
import { buildHistory } from '../integration/build-history.ts';
import { loadSiteHistory, type SiteHistory } from '../lib/history/editions.ts';

let history: SiteHistory | undefined;

export function getSiteHistory(): SiteHistory {
  // Read once, also under `astro dev`: history changes with commits, not with edits.
  history ??= buildHistory();
  if (history) return history;
  const config = siteConfig();
  // The project's folder from Astro's config: this module runs bundled, away from the sources.
  history = loadSiteHistory(
    knowledgeBaseOptions({
      root: fileURLToPath(root),
      contentDir: config.contentDir,
      release: config.release,
      base: config.base,
      components: config.bodyComponents,
    }),
  );
  return history;
}
