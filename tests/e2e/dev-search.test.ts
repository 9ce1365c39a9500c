/**
 * Search under `astro dev` (src/integration/dev-search.ts): the development server makes the
 * search data when a page first searches, as a build would (in parts, under a base path), and
 * again after an edit. On a copy of the generated corpus (sites.ts, `corpus`), in a copy of the
 * project (support/project-copy.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { CONFIRM_IN_TEXT } from '../../src/lib/search/phrase.ts';
import { projectCopy } from './support/project-copy.ts';
import { filesHolding, resultCount, searchPages } from './support/search-site.ts';
import { SITES } from './support/sites.ts';

// Outside the project: the dev server does not watch its .build/ folder (astro.config.mjs).
const scratch = mkdtempSync(join(tmpdir(), 'kb-dev-search-'));
const project = projectCopy(scratch);
const content = join(scratch, 'content');
cpSync(join(projectRoot, SITES.corpus.contentDir), content, { recursive: true });
const cache = join(scratch, 'cache');

/** How long the dev server may take to print its address (about 2 s here, alone). */
const SERVE_WITHIN_MS = 90_000;

let server: ChildProcess | undefined;
let url = '';
/** What the dev server printed, for a failure's message. */
let output = '';

beforeAll(async () => {
  // Not the test runner's NODE_ENV ("test"), under which Vite does not serve as `astro dev` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['NODE_ENV', 'OUT_DIR'].includes(name) && !name.startsWith('VITEST')),
  );
  server = spawn(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: project,
    env: {
      ...env,
      CONTENT_DIR: content,
      BASE_PATH: '/kb/',
      KB_SEARCH_PART_SIZE: String(SITES.corpus.searchPartSize),
      KB_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  url = await new Promise<string>((resolve, reject) => {
    const silence = setTimeout(
      () => reject(new Error(`astro dev gave no address in ${SERVE_WITHIN_MS} ms; it printed:\n${output}`)),
      SERVE_WITHIN_MS,
    );
    // Astro colours its output when it sees a CI (CI=true), not a terminal: the address is read without colours.
    const read = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      const local = /Local\s+(http:\/\/\S+\/)/.exec(output);
      if (local) {
        clearTimeout(silence);
        resolve(local[1]!);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`astro dev ended (${code}) before it served:\n${output}`)));
  });
}, SERVE_WITHIN_MS + 10_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const ended = new Promise((resolve) => server!.once('exit', resolve));
    server.kill();
    await ended;
  }
  rmSync(scratch, { recursive: true, force: true });
});

const { openRecording } = searchPages(() => url);

/** The index folders the dev server has made in the cache. */
const indexFolders = () => (existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('search-index-')) : []);

describe('search under astro dev', () => {
  it('makes the search data when a page first searches, and finds what a build finds', async () => {
    expect(indexFolders()).toEqual([]);
    const { page, errors, asked } = await openRecording('"funds and issued"');
    expect(await resultCount(page)).toBe(filesHolding(content, 'funds and issued'));
    expect(asked.filter((path) => path.startsWith('pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(indexFolders()).toHaveLength(1);
    expect(output).toMatch(/Search index: 160 pages \(4 parts\)/);
  });

  it("serves Pagefind's index in parts for a long phrase of common words", async () => {
    const expected = filesHolding(content, 'raised funds and issued statements');
    expect(expected).toBeGreaterThan(CONFIRM_IN_TEXT);
    const { page, errors, asked } = await openRecording('"raised funds and issued statements"');
    expect(await resultCount(page)).toBe(expected);
    expect(asked).toContain('pagefind/pagefind.js');
    expect(asked.some((path) => path.startsWith('pagefind/part-3/pagefind-entry.json'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('finds an edit on the next search, from an index made again', async () => {
    const edited = join(content, 'events', readdirSync(join(content, 'events')).sort()[0]!);
    appendFileSync(edited, '\nA convoy was reported near the Zanzibarite quarry.\n');
    // The server sees the edit when its watcher does: search until it answers from the new index.
    let found = 0;
    for (let attempt = 0; attempt < 20 && found === 0; attempt++) {
      const { page, errors } = await openRecording('Zanzibarite');
      expect(errors).toEqual([]);
      found = await resultCount(page);
      await page.close();
      if (found === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(found).toBe(1);
    // The index made before the edit is removed once the new one is served.
    expect(readdirSync(join(cache, indexFolders()[0]!))).toHaveLength(1);
  });

  it('gives no file outside the index, however its address climbs out of it', async () => {
    // Sent as written: fetch() would resolve the escaped dots and slashes itself.
    const { hostname, port, pathname } = new URL(url);
    const status = (path: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        get({ hostname, port, path: `${pathname}${path}` }, (response) => resolve(response.resume().statusCode)).on('error', reject);
      });
    // A file in the build cache, two folders above an index; the project's package.json, further up.
    writeFileSync(join(cache, 'outside.txt'), 'not part of the index');
    expect(await status('search/lexicon/../../../../outside.txt')).toBe(404);
    for (const path of ['search/lexicon/..%2f..%2f..%2f..%2foutside.txt', 'pagefind/..%2F..%2F..%2F..%2F..%2Fproject%2Fpackage.json'])
      expect(await status(path)).toBe(404);
  });
});
