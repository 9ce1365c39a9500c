/** The one line a failed build ends with (scripts/lib/build-steps.ts). */
import { describe, expect, it } from 'vitest';
import { BuildSteps, failureLine, failureReason } from '../../scripts/lib/build-steps.ts';
import { INDEX_WAIT_HOOK } from '../../src/integration/build-check.ts';

const folders = { build: '/p/.build/outputs/dist/build-1-2', project: '/p' };
const systemError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: no space left on device, ${syscall} '${path}'`), { code, syscall, path });

describe('failureReason', () => {
  it.each([
    [
      systemError('ENOSPC', 'open', '/p/.build/outputs/dist/build-1-2/actors/x/index.html'),
      'the disk is full (ENOSPC, writing actors/x/index.html)',
    ],
    [
      systemError('ENOSPC', 'mkdir', '/p/.build/outputs/dist/build-1-2/search/lexicon/'),
      'the disk is full (ENOSPC, creating search/lexicon)',
    ],
    [systemError('EDQUOT', 'symlink', '/p/dist.link-7'), 'the disk quota is used up (EDQUOT, writing dist.link-7)'],
    // Astro wraps the system's error, with the path as a file: URL in its message.
    [
      new Error('`astro sync` command failed', {
        cause: Object.assign(new Error("ENOSPC: no space left on device, mkdir 'file:///p/.astro/collections/'"), {
          code: 'ENOSPC',
          syscall: 'mkdir',
        }),
      }),
      'the disk is full (ENOSPC, creating .astro/collections)',
    ],
    [new Error('Pagefind could not write the index: out of memory\n  at x'), 'Pagefind could not write the index: out of memory'],
    [new Error('2 content problem(s); nothing was built.'), '2 content problem(s); nothing was built'],
    ['a string', 'a string'],
  ])('%s → %s', (error, reason) => {
    expect(failureReason(error, folders)).toBe(reason);
  });
});

describe('failureLine', () => {
  it('names the step and says the previous site is unchanged', () => {
    expect(failureLine('indexing for search', 'the disk is full (ENOSPC)')).toBe(
      '✗ Indexing for search failed: the disk is full (ENOSPC). The previous site, if any, is unchanged.',
    );
  });
});

describe('BuildSteps', () => {
  it('names the search index as the step while the build waits for it, and then the step it was in', () => {
    const steps = new BuildSteps();
    const hooks = steps.integration.hooks;
    steps.current = 'syncing the content collections';
    hooks[INDEX_WAIT_HOOK]?.(true);
    expect(steps.current).toBe('indexing for search');
    hooks[INDEX_WAIT_HOOK]?.(false);
    expect(steps.current).toBe('syncing the content collections');
  });
});
