/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): every dynamic route
 * returns its paths through `withCacheKeys`, and renders from its props, and from what `shows`
 * derives from them, alone, so that a page is rendered again exactly when what it shows, or the
 * site's settings, changed (its code is Astro's own part of the check). The cache lives in Astro's
 * `cacheDir` (README, "Incremental builds").
 */
import type { GetStaticPathsItem } from 'astro';
import { siteConfig } from '../config/build-options.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { entryDigest, getKnowledgeBase } from './knowledge-base.ts';

/**
 * `shows` gives what a path's page makes from its props when it renders (an entry's view), for a
 * route that does not keep it in its props: Astro holds every route's paths until the build ends.
 */
export async function withCacheKeys<Path extends GetStaticPathsItem>(
  paths: readonly Path[],
  shows?: (path: Path) => unknown,
): Promise<(Path & { cacheKey: string })[]> {
  // Entries are known by their digests once the knowledge base is assembled.
  await getKnowledgeBase();
  const settings = siteConfig();
  return paths.map((path) => {
    const keyed = { settings, params: path.params, props: path.props ?? null, ...(shows ? { shows: shows(path) ?? null } : {}) };
    return { ...path, cacheKey: cacheKey(keyed, entryDigest) };
  });
}
