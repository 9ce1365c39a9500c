/**
 * The knowledge base of this build, loaded once per process. Pages ask this module; the build
 * script loads it first (getCheckedKnowledgeBase) so the check and the pages share one load.
 * A build with content problems stops here with every problem listed.
 */
import { buildOptions } from '../config/build-options.ts';
import { loadKnowledgeBase, type CheckResult, type KnowledgeBase, type KnowledgeBaseOptions } from '../lib/knowledge-base.ts';
import { formatProblem } from '../lib/problems.ts';

// Astro loads the config and the pages as separate module graphs; one cache for the process.
const cache = globalThis as { __knowledgeBase?: CheckResult };

/** Loads and checks the content once; later calls return the same result. */
export function getCheckedKnowledgeBase(options: KnowledgeBaseOptions = buildOptions()): CheckResult {
  cache.__knowledgeBase ??= loadKnowledgeBase(options);
  return cache.__knowledgeBase;
}

export function getKnowledgeBase(): KnowledgeBase {
  const result = getCheckedKnowledgeBase();
  if (!result.knowledgeBase) {
    throw new Error(`Content problems (run \`npm run check\`):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.knowledgeBase;
}

/** Drops the loaded knowledge base, so the next page loads it again (astro dev, after an edit). */
export function forgetKnowledgeBase(): void {
  delete cache.__knowledgeBase;
}
