/** Build settings for a command-line script: a bad setting ends the script with its message, not a stack trace. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

/** Command-line options for a script: an unknown or malformed option ends it with `usage`, not a stack trace. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(1);
  }
}
