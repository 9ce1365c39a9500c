/**
 * Build settings from the environment, read in one place:
 * KB_RELEASE (TLP level, default TLP:CLEAR; RELEASE is read as an older name for it), BASE_PATH (default "/") and
 * CONTENT_DIR (default "content", relative to the project; the tests build fixture sites).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
