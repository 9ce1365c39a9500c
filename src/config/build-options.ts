/**
 * Build settings from the environment, read in one place:
 * KB_RELEASE (TLP level, default TLP:CLEAR; RELEASE is read as an older name for it), BASE_PATH (default "/"),
 * CONTENT_DIR (default "content", relative to the project; the tests build fixture sites), SITE_URL (the
 * public address, optional) and KB_EDIT_URL (where readers suggest a correction, optional).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editAddressProblem } from '../lib/edit-link.ts';
import type { KnowledgeBaseOptions } from '../lib/knowledge-base.ts';
import { MARKINGS, markingSchema } from '../lib/schema/index.ts';
import { BODY_COMPONENTS } from './body-components.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function releaseFromEnv(value = process.env.KB_RELEASE ?? process.env.RELEASE): KnowledgeBaseOptions['release'] {
  const parsed = markingSchema.safeParse(value ?? 'TLP:CLEAR');
  if (!parsed.success) throw new Error(`KB_RELEASE must be one of ${MARKINGS.join(', ')}; found "${value}"`);
  return parsed.data;
}

export function basePathFromEnv(value = process.env.BASE_PATH): string {
  const base = (value ?? '/').trim() || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The public address (SITE_URL), for absolute permalinks; undefined when not configured. */
export function publicSiteFromEnv(value = process.env.SITE_URL): string | undefined {
  const site = value?.trim();
  if (!site) return undefined;
  if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) throw new Error(`SITE_URL must be an http or https address; found "${site}"`);
  return site;
}

/**
 * Where readers suggest a correction (KB_EDIT_URL): a URL pattern such as
 * `https://git.example.org/kb/edit/main/{path}`, or a `mailto:` address (src/lib/edit-link.ts);
 * undefined when not configured, and no entry shows the link.
 */
export function editAddressFromEnv(value = process.env.KB_EDIT_URL): string | undefined {
  const pattern = value?.trim();
  if (!pattern) return undefined;
  const problem = editAddressProblem(pattern);
  if (problem) throw new Error(`KB_EDIT_URL: ${problem}; found "${pattern}"`);
  return pattern;
}

/**
 * How to load the knowledge base in `contentDir` (relative to `root`, or absolute): the options of
 * a build, with the body components the site provides. Tests and scripts load fixtures with it.
 */
export function knowledgeBaseOptions({
  root = projectRoot, contentDir = 'content', release = 'TLP:CLEAR', base = '/',
}: Partial<Pick<KnowledgeBaseOptions, 'root' | 'contentDir' | 'release' | 'base'>> = {}): KnowledgeBaseOptions {
  return { root, contentDir: resolve(root, contentDir), release, base, components: BODY_COMPONENTS };
}

export function buildOptions(): KnowledgeBaseOptions {
  return knowledgeBaseOptions({ contentDir: process.env.CONTENT_DIR ?? 'content', release: releaseFromEnv(), base: basePathFromEnv() });
}
