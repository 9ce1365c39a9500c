import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimCache, pagesRenderedAndCopied } from '../../scripts/lib/build-cache.ts';

const cacheFolder = () => mkdtempSync(join(tmpdir(), 'kb-cache-'));
/** A process id that is not running: beyond Linux's largest. */
const GONE = 2 ** 22 + 1;

describe('claimCache', () => {
  it('keeps the manifest after a build that finished', () => {
    const cache = cacheFolder();
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    const claim = claimCache(cache);
    expect(claim).toMatchObject({ claimed: true, unfinished: false });
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true);
  });

  it('drops the manifest after a build that did not finish, so that every page is rendered again', () => {
    const cache = cacheFolder();
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    writeFileSync(join(cache, 'build.lock'), String(GONE));
    expect(claimCache(cache)).toMatchObject({ claimed: true, unfinished: true });
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
  });

  it('is refused while another running build holds it, and free again once released', () => {
    const cache = cacheFolder();
    const first = claimCache(cache, process.pid);
    expect(claimCache(cache, process.pid + 1)).toEqual({ claimed: false, heldBy: process.pid });
    if (first.claimed) first.release();
    expect(claimCache(cache, process.pid + 1)).toMatchObject({ claimed: true, unfinished: false });
  });
});

describe('pagesRenderedAndCopied', () => {
  it('counts the pages of a build log, and those copied from the cache', () => {
    const log = [
      ' generating static routes ',
      '12:00:01   ├─ /index.html (+12ms) ',
      '12:00:01   ├─ /actors/a/index.html (cached)',
      '12:00:01   ├─ /actors/b/index.html (restored)',
      '✓ Completed in 1s.',
    ].join('\n');
    expect(pagesRenderedAndCopied(log)).toEqual({ rendered: 1, copied: 2 });
  });

  it('counts pages whose lines interleave, as they do when several pages are rendered at once', () => {
    const log = [
      '12:00:01   ├─ /index.html12:00:01   ├─ /actors/a/index.html (restored)',
      '12:00:01   ├─ /actors/b/index.html (+3ms) ',
      ' (+14ms) ',
    ].join('\n');
    expect(pagesRenderedAndCopied(log)).toEqual({ rendered: 2, copied: 1 });
  });
});
