/**
 * Which step of `npm run build` is under way, so that any failure ends in one line naming it:
 * "✗ Writing the pages failed: the disk is full (ENOSPC, writing actors/x/index.html). The
 * previous site, if any, is unchanged." Astro's own steps are followed through the hooks of a
 * small integration added to the build; the steps around Astro (the build folder, the swap) are
 * named by the build script. A step that waits on a process that ended without answering
 * (Pagefind's, when it crashes) leaves Node nothing to do: that too ends in the ✗ line, not in
 * "unsettled top-level await".
 */
import type { AstroIntegration } from 'astro';
import { INDEX_WAIT_HOOK } from '../../src/integration/build-check.ts';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export type BuildStep =
  | 'reading the settings'
  | 'preparing the build folder'
  | 'checking the content'
  | 'syncing the content collections'
  | 'writing the pages'
  | 'indexing for search'
  | 'publishing the site';

/** The step each Astro hook starts; the content check starts with the build itself. */
const STEP_AT_HOOK = {
  'astro:config:done': 'syncing the content collections',
  'astro:build:start': 'writing the pages',
  // After the pages and before `astro:build:done`, where src/integration/ writes the search index and lexicon
  // (made earlier, while the content is synced: while the build waits for it, the step is the index's too).
  'astro:build:generated': 'indexing for search',
} as const satisfies Partial<Record<keyof AstroIntegration['hooks'], BuildStep>>;

/** Errors of a write that found no room, in words. */
const NO_ROOM: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'a file is larger than the system allows',
};

type ErrnoLike = Error & { code?: unknown; path?: unknown; syscall?: unknown };

/** The error itself and every cause behind it (Astro wraps some). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== undefined && chain.length < 8; current = (current as { cause?: unknown }).cause)
    chain.push(current);
  return chain;
}

/** A path as the reader knows it: inside the build folder, from there; else from the project. */
function shownPath(path: string, buildFolder: string, projectRoot: string): string {
  const file = path.startsWith('file:') ? fileURLToPath(path) : path;
  const inBuild = relative(buildFolder, file);
  return inBuild && !inBuild.startsWith('..') ? inBuild.split(sep).join('/') : relative(projectRoot, file).split(sep).join('/') || file;
}

/** What went wrong, in one line: a full disk by name with the file it stopped at, else the error's first line. */
export function failureReason(error: unknown, folders: { build: string; project: string }): string {
  const system = causes(error).find((e): e is ErrnoLike => e instanceof Error && typeof (e as ErrnoLike).code === 'string');
  const first = error instanceof Error ? error.message : String(error);
  const code = system?.code as string | undefined;
  const quotedPath = /'([^']+)'/.exec(system?.message ?? first)?.[1];
  const path = typeof system?.path === 'string' ? system.path : quotedPath;
  const where = path ? `, ${system?.syscall === 'mkdir' ? 'creating' : 'writing'} ${shownPath(path, folders.build, folders.project)}` : '';
  if (code && NO_ROOM[code]) return `${NO_ROOM[code]} (${code}${where})`;
  return (first.split('\n').find((line) => line.trim()) ?? 'unknown error').trim().replace(/[.:]$/, '');
}

/** The one line a failed build ends with. */
export function failureLine(step: BuildStep, reason: string): string {
  return `✗ ${step[0]!.toUpperCase()}${step.slice(1)} failed: ${reason}. The previous site, if any, is unchanged.`;
}

export class BuildSteps {
  current: BuildStep = 'reading the settings';

  /** The step the build was in before it started waiting for the search index. */
  #beforeIndexWait: BuildStep = this.current;

  /**
   * The integration that follows Astro's steps; added to the build after the site's own. The site's
   * integration says when the build waits for the search index (before the pages are written).
   */
  readonly integration: AstroIntegration = {
    name: 'build-steps',
    hooks: {
      ...Object.fromEntries(
        Object.entries(STEP_AT_HOOK).map(([hook, step]) => [
          hook,
          () => {
            this.current = step;
          },
        ]),
      ),
      [INDEX_WAIT_HOOK]: (waiting: boolean) => {
        if (waiting) [this.#beforeIndexWait, this.current] = [this.current, 'indexing for search'];
        else this.current = this.#beforeIndexWait;
      },
    },
  };

  /**
   * Calls `onStall` if Node runs out of work while the build is still waiting (a process it
   * waits on ended without answering); returns the function that stops watching.
   */
  watchForStall(onStall: () => void): () => void {
    process.once('beforeExit', onStall);
    return () => process.off('beforeExit', onStall);
  }
}

/**
 * Errors a library logs on its way down (Pagefind's "Service stopped" when its process has
 * ended) print their message, not their stack: the ✗ line that follows says what failed.
 */
export function logErrorsWithoutStacks(): void {
  const logError = console.error.bind(console);
  console.error = (...args: unknown[]) => logError(...args.map((arg) => (arg instanceof Error ? arg.message : arg)));
}

/** Why a build that ran out of work before finishing failed. */
export const STALLED = new Error(
  'it stopped before finishing, waiting on a process that ended without answering (such as Pagefind, which writes the search index)',
);
