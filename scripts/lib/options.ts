/** Build settings for a command-line script: a bad setting ends the script with its message, not a stack trace. */
import { buildOptions } from '../../src/config/build-options.ts';
import type { KnowledgeBaseOptions } from '../../src/lib/knowledge-base.ts';

export function buildOptionsOrExit(): KnowledgeBaseOptions {
  try {
    return buildOptions();
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
