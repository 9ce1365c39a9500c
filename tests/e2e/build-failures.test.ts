/**
 * A build that fails at any step, a full disk or Pagefind's own failure, ends in one ✗ line naming
 * the step, and the previous site stays published as it was. The real build script runs on the
 * small fixture; a full disk is simulated by tests/e2e/support/disk-full.ts (loaded with
 * `node --import`, it fails the writes to the paths a step writes; Pagefind's files are written by
 * the build, so that covers them too), Pagefind's failure by pointing Pagefind at a program that crashes.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { buildsFolder } from '../../scripts/lib/publish.ts';
import { TEST_SITES_DIR } from './support/global-setup.ts';

/** A build of the fixture takes 5–15 s; more on a busy machine. */
const BUILD_TIMEOUT = 60_000;
const outDir = join(projectRoot, TEST_SITES_DIR, 'build-failures');
const builds = buildsFolder(projectRoot, outDir);
const scratch = mkdtempSync(join(tmpdir(), 'kb-build-failures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(env: Record<string, string> = {}, nodeOptions: string[] = []) {
  const run = spawnSync(process.execPath, [...nodeOptions, 'scripts/build.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/valid', BASE_PATH: '/', KB_RELEASE: 'TLP:CLEAR', OUT_DIR: outDir, ...env },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Every file of the published site with its size: what a reader of dist/ would see. */
function publishedFiles(folder = outDir): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return `${relative(folder, path)} ${statSync(path).size}`;
    })
    .sort();
}

/** A program Pagefind's library starts instead of Pagefind. */
function fakePagefind(name: string, script: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

let previous: { link: string; files: string[] };

beforeAll(() => {
  const first = build();
  if (first.status !== 0) throw new Error(`The first build of the fixture failed:\n${first.output}`);
  previous = { link: readlinkSync(outDir), files: publishedFiles() };
}, BUILD_TIMEOUT);

describe('a build that fails', () => {
  it.each([
    { step: 'Preparing the build folder', diskFullAt: String.raw`/build-\d+-\d+$`, file: /build-\d+-\d+/ },
    { step: 'Syncing the content collections', diskFullAt: String.raw`/\.astro/`, file: /\.astro\// },
    { step: 'Writing the pages', diskFullAt: String.raw`/index\.html$`, file: /index\.html/ },
    { step: 'Writing the pages', diskFullAt: String.raw`/data/events\.csv$`, file: /data\/events\.csv/ },
    // Pagefind writes its own files (its failures are the crashing Pagefind's case below); the build writes the site's own search data.
    { step: 'Indexing for search', diskFullAt: String.raw`/search-index-\d+/search/facets/table\.json\.gz$`, file: /table\.json\.gz/ },
    { step: 'Indexing for search', diskFullAt: String.raw`/search-index-\d+/search/lexicon/`, file: /search\/lexicon/ },
    { step: 'Indexing for search', diskFullAt: String.raw`/search-index-\d+/search/results/\d+\.json\.gz$`, file: /search\/results\// },
    { step: 'Publishing the site', diskFullAt: String.raw`\.link-\d+$`, file: /build-failures\.link-\d+/ },
  ])(
    'on a full disk at $diskFullAt: one ✗ line naming "$step", and the previous site still published',
    ({ step, diskFullAt, file }) => {
      const failed = build({ DISK_FULL_AT: diskFullAt }, ['--import', './tests/e2e/support/disk-full.ts']);
      const line = expectOneFailureLine(failed, step);
      expect(line).toContain('the disk is full (ENOSPC');
      expect(line).toMatch(file);
      expectPreviousSitePublished();
    },
    BUILD_TIMEOUT,
  );

  it(
    'when Pagefind crashes: one ✗ line naming the search index, and the previous site still published',
    () => {
      const failed = build({ PAGEFIND_BINARY_PATH: fakePagefind('crashing-pagefind', 'echo "pagefind: crashed" >&2\nexit 101') });
      expectOneFailureLine(failed, 'Indexing for search');
      expectPreviousSitePublished();
    },
    BUILD_TIMEOUT,
  );

  it(
    'on a bad setting: one ✗ line naming it, and the previous site still published',
    () => {
      const line = expectOneFailureLine(build({ KB_RELEASE: 'TLP:PURPLE' }), 'Reading the settings');
      expect(line).toContain('KB_RELEASE (environment): expected one of TLP:CLEAR');
      expect(line).toContain('found "TLP:PURPLE"');
      expectPreviousSitePublished();
    },
    BUILD_TIMEOUT,
  );
});

describe('a swap that fails over an output folder from before builds were linked', () => {
  it(
    'puts the real folder back',
    () => {
      const folder = join(projectRoot, TEST_SITES_DIR, 'build-failures-real-folder');
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'previous.txt'), 'the previous build');
      const failed = build({ OUT_DIR: folder, DISK_FULL_AT: String.raw`\.link-\d+$` }, ['--import', './tests/e2e/support/disk-full.ts']);
      expectOneFailureLine(failed, 'Publishing the site');
      expect(lstatSync(folder).isDirectory()).toBe(true);
      expect(readdirSync(folder)).toEqual(['previous.txt']);
      expect(readdirSync(buildsFolder(projectRoot, folder))).toEqual([]);
    },
    BUILD_TIMEOUT,
  );
});

function expectOneFailureLine(failed: { status: number | null; output: string }, step: string): string {
  expect(failed.status, failed.output).toBe(1);
  const lines = failed.output.split('\n');
  const failures = lines.filter((line) => line.startsWith('✗'));
  expect(failures, failed.output).toHaveLength(1);
  expect(failures[0]).toMatch(new RegExp(`^✗ ${step} failed: .+\\. The previous site, if any, is unchanged\\.$`));
  // No stack trace, no "unsettled top-level await": the ✗ line is the whole story.
  expect(lines.filter((line) => /^\s+at .*:\d+:\d+\)?$/.test(line))).toEqual([]);
  expect(failed.output).not.toContain('unsettled top-level await');
  return failures[0]!;
}

function expectPreviousSitePublished() {
  expect(readlinkSync(outDir)).toBe(previous.link);
  expect(publishedFiles()).toEqual(previous.files);
  // Nothing left behind: no staging folder, no half-made link beside dist/.
  expect(readdirSync(builds)).toEqual([basename(previous.link)]);
  expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith(basename(outDir)))).toEqual([basename(outDir)]);
}
