/**
 * The knowledge base of this build, loaded once. Pages and the Markdown plugin ask this module;
 * a build with content problems stops here with every problem listed.
 */
import { buildOptions } from '../config/build-options.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../lib/knowledge-base.ts';
import { formatProblem } from '../lib/problems.ts';

// Astro loads the config and the pages as separate module graphs; one cache for the process.
const cache = globalThis as { __knowledgeBase?: KnowledgeBase };

export function getKnowledgeBase(): KnowledgeBase {
  if (cache.__knowledgeBase) return cache.__knowledgeBase;
  const result = loadKnowledgeBase(buildOptions());
  if (!result.knowledgeBase) {
    throw new Error(`Content problems (run \`npm run check\`):\n${result.problems.map(formatProblem).join('\n')}`);
  }
  cache.__knowledgeBase = result.knowledgeBase;
  return result.knowledgeBase;
}
