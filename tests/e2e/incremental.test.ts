/**
 * A build after an edit, which copies the pages the edit did not change from Astro's cache, writes
 * exactly the site a full build writes: every file, byte for byte, after each kind of edit. The
 * builds run in a copy of the project (support/project-copy.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { filesUnder } from '../../src/lib/site-routes.ts';
import { pagesRenderedAndCopied } from '../../scripts/lib/build-cache.ts';
import { projectCopy } from './support/project-copy.ts';

const scratch = mkdtempSync(join(projectRoot, '.build/incremental-'));
const project = projectCopy(scratch);
const content = join(scratch, 'content');
cpSync(join(projectRoot, 'content'), content, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let builds = 0;
/** Settings given to every build from now on. */
let settings: Record<string, string> = {};
/** Builds a content folder (the scratch one by default) with the given cache; the site's folder and how many pages were copied from the cache. */
function build(cache: string, contentDir = content): { site: string; rendered: number; copied: number } {
  const site = join(scratch, `site-${++builds}`);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ...settings, CONTENT_DIR: contentDir, OUT_DIR: site, KB_CACHE_DIR: cache },
  });
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
  return { site, ...pagesRenderedAndCopied(run.stdout) };
}

const files = (folder: string) => filesUnder(folder).sort();

/** The files that are not the same in both sites: missing from one, or with other bytes. */
function differences(a: string, b: string): string[] {
  const inA = files(a);
  const inB = new Set(files(b));
  const missing = [...inB].filter((file) => !inA.includes(file)).map((file) => `only in the full build: ${file}`);
  return [
    ...missing,
    ...inA.flatMap((file) => {
      if (!inB.has(file)) return [`only in the incremental build: ${file}`];
      return readFileSync(join(a, file)).equals(readFileSync(join(b, file))) ? [] : [`differs: ${file}`];
    }),
  ];
}

const kept = join(scratch, 'kept-cache');
/** An edit, then a build with the kept cache and a full one with an empty cache: the same site. */
function expectSameAsFullBuild(edit: () => void): { rendered: number; copied: number } {
  edit();
  const incremental = build(kept);
  const full = build(mkdtempSync(join(scratch, 'empty-cache-')));
  expect(differences(incremental.site, full.site)).toEqual([]);
  return incremental;
}

function editFile(path: string, change: (text: string) => string): void {
  const file = join(content, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

const ADDED = join(content, 'events/added-between-builds.mdx');

describe('a build after an edit', { timeout: 240_000 }, () => {
  it('renders only what changed, and writes what a full build writes', () => {
    const first = build(kept);
    expect(first.copied).toBe(0);
    // Another content folder built in between, with a cache of its own; then a setting every page shows changed,
    // so that every page is rendered again from a content store that has not changed.
    build(join(scratch, 'other-cache'), join(projectRoot, 'tests/fixtures/valid'));
    settings = { KB_EDIT_URL: 'mailto:corrections@example.org' };
    expect(expectSameAsFullBuild(() => undefined).copied).toBe(0);

    // A sentence of an event changed: its page, and those showing its body's links or sections.
    const sentence = expectSameAsFullBuild(() =>
      editFile('events/coulibaly-pledge-video.mdx', (text) => `${text.trimEnd()}\n\nA sentence added between two builds.\n`),
    );
    expect(sentence.copied).toBeGreaterThan(sentence.rendered);

    // A much-linked actor renamed: every page showing its name.
    const renamed = expectSameAsFullBuild(() =>
      editFile('actors/abu-bakr-al-baghdadi.mdx', (text) => text.replace(/^title: .*$/m, 'title: Abu Bakr al-Baghdadi (renamed)')),
    );
    expect(renamed.rendered).toBeGreaterThan(sentence.rendered);

    // An entry added, linking to others: their backlinks, the lists and counts.
    expectSameAsFullBuild(() =>
      writeFileSync(
        ADDED,
        [
          '---',
          'title: An event added between two builds',
          'summary: A statement added to check that a build after an edit writes what a full build writes.',
          'date: "2015-03"',
          'kind: statement',
          'participants:',
          '  - { actor: al-qaeda, role: speaker }',
          'reporting: reported',
          'sources:',
          '  - { source: habeck-2015-convergences, locator: "para. 1" }',
          '---',
          'It names the [[islamic-state]].',
          '',
        ].join('\n'),
      ),
    );

    // The same entry removed again: no page of it, or link to it, is left behind.
    expectSameAsFullBuild(() => rmSync(ADDED));
  });
});
