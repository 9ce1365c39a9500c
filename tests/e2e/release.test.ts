/**
 * An entry marked above the release level is left out of everything the build writes: pages,
 * search index, scripts and data. Every file is read, gzip-compressed ones (Pagefind) unpacked.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { TEST_SITES_DIR } from './support/global-setup.ts';
import { HISTORY_SECRETS } from './support/history-repo.ts';

/**
 * What only the TLP:AMBER fixture entry says: a canary string (in its title, alias, summary and
 * body), its slug and its body. Included entries link to it from frontmatter and body, so every
 * view of those (pages, backlinks, exports, graphs, timelines) is exercised.
 */
const SECRETS = ['KBCANARY-4f9d2a71', 'Secret Actor Codename', 'secret-actor', 'A withheld person'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A string only the fixture source's archived text holds: that text is private (no `archive: public`). */
const ARCHIVED_TEXT = 'ARCHIVE-TEXT-NEVER-PUBLISHED';

function leaks(site: string, secrets: readonly string[] = SECRETS): string[] {
  return leaksIn(filesUnder(join(projectRoot, TEST_SITES_DIR, site)), secrets);
}

function leaksIn(files: readonly string[], secrets: readonly string[] = SECRETS): string[] {
  return files.flatMap((file) => {
    let bytes = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const text = bytes.toString('utf8');
    return secrets.filter((secret) => text.includes(secret)).map((secret) => `${file}: ${secret}`);
  });
}

describe('release filtering in the built output', () => {
  it('a TLP:CLEAR build contains nothing of a TLP:AMBER entry, anywhere', () => {
    expect(leaks('fixture')).toEqual([]);
  });

  it('a TLP:AMBER build contains it (the check can see a leak)', () => {
    expect(leaks('fixtureSubpathAmber').length).toBeGreaterThan(0);
  });

  it('history: a TLP:AMBER entry added, changed and removed across editions, and a withheld version of a released entry, leave no trace in TLP:CLEAR', () => {
    expect(leaks('history', HISTORY_SECRETS)).toEqual([]);
    expect(leaks('history', SECRETS)).toEqual([]);
    // The AMBER build of the same repository does hold them: the check can see a leak in history.
    expect(leaks('historyAmber', HISTORY_SECRETS).length).toBeGreaterThan(0);
  });

  it('history: withheld versions are not counted either (the same change counts as in a repository that never had them)', () => {
    const changes = JSON.parse(readFileSync(join(projectRoot, TEST_SITES_DIR, 'history', 'data/changes.json'), 'utf8')) as {
      editions: { name: string; changes: Record<'added' | 'removed' | 'changed', { entry?: { slug: string }; slug?: string }[]> }[];
    };
    // Edition 2026-02 spans the commits where a released place was withheld for a while, with a withheld summary.
    const { changes: second } = changes.editions[0]!;
    const slugs = [...second.added, ...second.removed, ...second.changed].map((item) => item.slug ?? item.entry?.slug);
    expect(slugs).not.toContain('example-town');
    expect(changes.editions.map(({ changes: set }) => [set.added.length, set.removed.length, set.changed.length])).toEqual([
      [1, 0, 3],
      [12, 0, 0],
    ]);
  });

  it("no build publishes a source's archived text unless the source says archive: public", () => {
    expect(leaks('fixture', [ARCHIVED_TEXT])).toEqual([]);
    expect(leaks('fixtureSubpathAmber', [ARCHIVED_TEXT])).toEqual([]);
  });
});

describe('the build cache between builds', () => {
  /** Astro keeps the content collections' store and the pages of the last build in the build cache. */
  const cache = join(projectRoot, TEST_SITES_DIR, 'store-amber-then-clear-cache');
  const store = join(cache, 'data-store.json');
  /**
   * What the withheld entry itself says. Its slug is not among them: the included entries that
   * link to it hold it in their own source text (their `body`), which the store keeps as written;
   * what they publish shows "withheld" instead (checked on the built site below).
   */
  const ownText = SECRETS.filter((secret) => secret !== 'secret-actor');
  const build = (release: string) =>
    spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: 'tests/fixtures/valid',
        KB_RELEASE: release,
        OUT_DIR: `${TEST_SITES_DIR}/store-amber-then-clear`,
        KB_CACHE_DIR: cache,
      },
    });

  it('carries no withheld entry from a TLP:AMBER build into the TLP:CLEAR build that follows it', () => {
    expect(build('TLP:AMBER').status).toBe(0);
    expect(leaksIn([store], ownText).length).toBeGreaterThan(0);
    // The AMBER build's pages are in the cache too, the withheld entry's own page among them.
    expect(leaksIn(filesUnder(cache), ownText).length).toBeGreaterThan(leaksIn([store], ownText).length);
    const clear = build('TLP:CLEAR');
    expect(clear.status, clear.stderr).toBe(0);
    expect(leaksIn(filesUnder(cache), ownText)).toEqual([]);
    expect(leaks('store-amber-then-clear')).toEqual([]);
  }, 120_000);
});
