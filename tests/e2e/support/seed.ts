/** The seed content as the seed test site was built from it (TLP:CLEAR, at the root), to know what its pages must show. */
import { knowledgeBaseOptions } from '../../../src/config/build-options.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../../../src/lib/knowledge-base.ts';

export function seedKnowledgeBase(): KnowledgeBase {
  const result = loadKnowledgeBase(knowledgeBaseOptions());
  if (!result.knowledgeBase) throw new Error('The seed content has problems: run `npm run check`.');
  return result.knowledgeBase;
}
