/**
 * The settings of this build: `kb.config.ts` with the environment's overrides, read in one place.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import kbConfig from '../../kb.config.ts';
import type { KnowledgeBaseOptions } from '../lib/knowledge-base.ts';
import { resolveSiteConfig, type SiteConfig } from '../lib/site-config.ts';
import { readSiteRoutes } from '../lib/site-routes.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The validated settings; throws with every bad setting named. */
export function siteConfig(env: Readonly<Record<string, string | undefined>> = process.env): SiteConfig {
  return resolveSiteConfig(kbConfig, env);
}

/**
 * How to load the knowledge base in `contentDir` (relative to `root`, or absolute): the options of
 * a build, with the body components the site provides. Tests and scripts load fixtures with it.
 */
export function knowledgeBaseOptions({
  root = projectRoot,
  contentDir = 'content',
  release = 'TLP:CLEAR',
  base = '/',
  components = siteConfig({}).bodyComponents,
  // Astro's default folders (astro.config.mjs sets neither `srcDir` nor `publicDir`); read only when content is checked.
  siteRoutes = () => readSiteRoutes(resolve(projectRoot, 'src/pages'), resolve(projectRoot, 'public')),
}: Partial<KnowledgeBaseOptions> = {}): KnowledgeBaseOptions {
  return { root, contentDir: resolve(root, contentDir), release, base, components, siteRoutes };
}

export function buildOptions(config: SiteConfig = siteConfig()): KnowledgeBaseOptions {
  return knowledgeBaseOptions({
    contentDir: config.contentDir,
    release: config.release,
    base: config.base,
    components: config.bodyComponents,
  });
}
