/**
 * `npm run bench:search`: how fast search answers and how much it downloads, in Chromium, on
 * the real site and on a generated knowledge base of 10,000 entries (written to a temporary
 * folder outside the repository and built with CONTENT_DIR pointing there).
 * Goals: results rendered under 100 ms after a query is entered once the index is warm (the
 * "warm" figure below); under 300 KB fetched for a first search at 10,000 entries. A script that
 * prints figures, not a test.
 *
 * Each query is measured in `--samples` fresh browser contexts (empty cache); each time printed
 * is the median of those samples, with their min–max beside it, because on a small machine one
 * sample can be several times the usual figure. In each context:
 *   cold    the query typed letter by letter just after the page has loaded: fetches the lexicon
 *           shards and result files it needs (the bytes are counted on this search);
 *   warm    the same query entered whole (as if pasted: one input event), its shards and
 *           result files now loaded: one search and its rendering, nothing else;
 *   typing  the same query typed again letter by letter: the last key may wait for the search of
 *           an earlier prefix still running, and prefixes can fetch result files of their own.
 *
 *   node scripts/bench-search.ts [--entries 10000] [--samples 5] [--skip-seed] [--keep] [--site DIR] [--parts N]
 *
 *   --site  measure the generated corpus's queries on a site already built from a generated corpus
 *           (such as the dist/ that `npm run bench -- --entries 100000 --keep` leaves), instead of
 *           generating and building one.
 *   --parts  also build the generated corpus with its search index in N parts (KB_SEARCH_PART_SIZE),
 *           measure that site too, and compare each query's first results with the one-part site's:
 *           how far ranking across merged parts departs from ranking in one index (the first site
 *           is then built with one index, whatever its size).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../src/config/build-options.ts';
import { generateCorpus } from './lib/corpus.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { parseArgsOrExit } from './lib/options.ts';
import { countSent, openSearch, timeSearch, type Sent } from './lib/search-page.ts';
import { compareRanking } from './lib/search-ranking.ts';
import { serveStatic } from './lib/static-server.ts';

const { values: args } = parseArgsOrExit(
  {
    options: {
      entries: { type: 'string', default: '10000' },
      samples: { type: 'string', default: '5' },
      'skip-seed': { type: 'boolean' },
      keep: { type: 'boolean' },
      site: { type: 'string' },
      parts: { type: 'string' },
    },
  },
  'usage: npm run bench:search -- [--entries 10000] [--samples 5] [--skip-seed] [--keep] [--site DIR] [--parts N]',
);
if (args.site && !existsSync(join(args.site, 'pagefind'))) {
  console.error(`✗ --site: ${resolve(args.site)} is not a built site (it has no pagefind/ folder).`);
  process.exit(1);
}
const PARTS = args.parts === undefined ? undefined : Number(args.parts);
if (PARTS !== undefined && (!Number.isInteger(PARTS) || PARTS < 2 || args.site)) {
  console.error('✗ --parts: a whole number of 2 or more, with a generated corpus (not with --site).');
  process.exit(1);
}
const SAMPLES = Math.max(1, Number(args.samples));
/**
 * The queries of the two sites: their words must be in the content (checked, with a warning). The
 * last of each are quoted phrases: of two, three and four words, decided by the lexicon's pairs,
 * triples and quads; and of five, held four words by four in many entries ("raised funds and
 * issued statements"), decided by Pagefind, the one kind of query that loads it.
 */
const REAL_QUERIES = ['al-Qaeda', 'Jolani', 'Qalamoun truce', 'Daesh', 'Hizbullah', '"local cooperation"', '"truce in Qalamoun"'];
const CORPUS_QUERIES = [
  'Jabhat al-Hamza',
  'Abou Bakr',
  'clash',
  'Dayr',
  'recruited funds',
  '"raised funds"',
  '"funds and issued"',
  '"Report 12 on"',
  '"raised funds and issued"',
  '"raised funds and issued statements"',
];

function build(contentDir: string, outDir: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...env },
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

interface Sample {
  firstSearchKB: number;
  pagefindKB: number;
  loadMs: number;
  coldMs: number;
  warmMs: number;
  typingMs: number;
  results: number;
  /** The longest task on the page's thread during the warm search (0: none over 50 ms). */
  warmTaskMs: number;
  /** For a search that waits for Pagefind: when its early results were painted, cold and warm. */
  coldEarlyMs?: number;
  warmEarlyMs?: number;
}
interface Figures {
  query: string;
  samples: Sample[];
}

/** Measures each query in SAMPLES fresh browser contexts: cold, then warm, then typing (see the top). */
async function measure(browser: Browser, url: string, sent: Sent, queries: readonly string[]): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const query of queries) {
    const samples: Sample[] = [];
    for (let s = 0; s < SAMPLES; s++) {
      const before = { ...sent };
      const started = performance.now();
      const { context, page } = await openSearch(browser, url);
      const loadMs = performance.now() - started;
      const cold = await timeSearch(page, query, 'typed');
      const [firstSearchKB, pagefindKB] = [(sent.total - before.total) / 1024, (sent.pagefind - before.pagefind) / 1024];
      const warm = await timeSearch(page, query, 'whole');
      const typing = await timeSearch(page, query, 'typed');
      samples.push({
        firstSearchKB,
        pagefindKB,
        loadMs,
        coldMs: cold.ms,
        warmMs: warm.ms,
        typingMs: typing.ms,
        results: warm.results,
        warmTaskMs: warm.longestTaskMs,
        ...(cold.earlyMs === undefined ? {} : { coldEarlyMs: cold.earlyMs }),
        ...(warm.earlyMs === undefined ? {} : { warmEarlyMs: warm.earlyMs }),
      });
      await context.close();
    }
    figures.push({ query, samples });
  }
  return figures;
}

/** The query words that match no page, each searched alone on the search page. */
async function wordsNotFound(browser: Browser, url: string, queries: readonly string[]): Promise<string[]> {
  const { context, page } = await openSearch(browser, url);
  const missing: string[] = [];
  for (const word of new Set(queries.flatMap((query) => query.replace(/"/g, '').split(/\s+/)))) {
    if ((await timeSearch(page, word, 'whole')).results === 0) missing.push(word);
  }
  await context.close();
  return missing;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** "median (min–max)", in whole milliseconds. */
const spread = (values: number[]) => {
  const text = `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  return values.length > 1 ? text : median(values).toFixed(0);
};

function explain() {
  console.log(`Search benchmark, Chromium. Each query is measured in ${SAMPLES} fresh browser context${SAMPLES === 1 ? '' : 's'} (empty cache);
each time is the median of those samples, with their min–max in brackets: one sample alone can be
several times the usual figure on a busy machine. Times run from a key press (the event's time stamp)
to the results for the whole query painted.
  first search  bytes the server sent for the page and its first search (median), and of those Pagefind's.
  index loaded  from opening the search page to its index ready ("Type a name…").
  cold          the query typed letter by letter just after loading: fetches its lexicon shards and
                result files (and Pagefind, for a quoted phrase).
  warm          the same query again, entered whole (one input event, as a paste), its shards and
                result files loaded: search + render only. The goal: under 100 ms.
  typing        the same query typed again letter by letter: the last key may wait for the end of
                an earlier prefix's search still running, and prefixes fetch result files of their own.
  warm task     the longest task on the page's thread during the warm search (0: none of 50 ms or
                more): how long the page could not answer a click or a scroll.
A quoted phrase that waits for Pagefind shows its first results before the answer: when they were
painted is printed below the table, cold and warm.`);
}

function report(name: string, figures: Figures[], missing: string[]) {
  console.log(`\n${name}`);
  console.log(
    `  ${'query'.padEnd(17)} ${'results'.padStart(7)}  ${'first search'.padStart(12)}  ${'of which Pagefind'.padStart(17)}  ${'index loaded ms'.padEnd(16)} ${'cold ms'.padEnd(16)} ${'warm ms'.padEnd(16)} ${'typing ms'.padEnd(16)} ${'warm task ms'.padEnd(16)}`,
  );
  for (const { query, samples } of figures) {
    const of = (key: Exclude<keyof Sample, 'coldEarlyMs' | 'warmEarlyMs'>) => samples.map((sample) => sample[key]);
    console.log(
      `  ${query.padEnd(17)} ${String(median(of('results'))).padStart(7)}  ${median(of('firstSearchKB')).toFixed(0).padStart(9)} KB  ${median(of('pagefindKB')).toFixed(0).padStart(14)} KB  ${spread(of('loadMs')).padEnd(16)} ${spread(of('coldMs')).padEnd(16)} ${spread(of('warmMs')).padEnd(16)} ${spread(of('typingMs')).padEnd(16)} ${spread(of('warmTaskMs')).padEnd(16)}`,
    );
  }
  for (const { query, samples } of figures) {
    const times = (key: 'coldEarlyMs' | 'warmEarlyMs') => samples.flatMap((sample) => (sample[key] === undefined ? [] : [sample[key]]));
    const [cold, warm] = [times('coldEarlyMs'), times('warmEarlyMs')];
    if (cold.length || warm.length)
      console.log(
        `  ${query}: its first results shown (before Pagefind's answer) cold ${cold.length ? spread(cold) : '–'} ms, warm ${warm.length ? spread(warm) : '–'} ms.`,
      );
  }
  const slow = figures.filter(({ samples }) => median(samples.map((sample) => sample.warmMs)) >= 100).map(({ query }) => query);
  console.log(slow.length ? `  Warm median at or over 100 ms for: ${slow.join(', ')}.` : '  Every warm median is under 100 ms.');
  const empty = figures.filter(({ samples }) => median(samples.map((sample) => sample.results)) === 0).map(({ query }) => `"${query}"`);
  if (empty.length) console.log(`  WARNING: no page matches ${empty.join(', ')} as a whole.`);
  if (missing.length)
    console.log(`  WARNING: no page matches ${missing.map((word) => `"${word}"`).join(', ')}: those queries do not measure what they say.`);
}

async function measureCorpusSite(browser: Browser, siteDir: string, name: string) {
  const { url, server } = await serveStatic(siteDir, '/');
  const figures = await measure(browser, url, countSent(server), CORPUS_QUERIES);
  report(`${name}: ${siteDir}`, figures, await wordsNotFound(browser, url, CORPUS_QUERIES));
  server.close();
}

const browser = await launchBrowser();
try {
  explain();
  if (!args['skip-seed']) {
    const seconds = build('content', '.build/bench-seed');
    const { url, server } = await serveStatic(join(projectRoot, '.build/bench-seed'), '/');
    const figures = await measure(browser, url, countSent(server), REAL_QUERIES);
    report(`Real site (built in ${seconds.toFixed(1)} s)`, figures, await wordsNotFound(browser, url, REAL_QUERIES));
    server.close();
  }
  if (args.site) await measureCorpusSite(browser, resolve(args.site), 'Generated corpus, built before');
  else {
    const count = Number(args.entries);
    const contentDir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
    try {
      generateCorpus(contentDir, count);
      // Compared with parts, the first site has one index, whatever its size.
      const seconds = build(contentDir, '.build/bench-corpus', PARTS ? { KB_SEARCH_PART_SIZE: String(count) } : {});
      await measureCorpusSite(
        browser,
        join(projectRoot, '.build/bench-corpus'),
        `Generated corpus, ${count} entries (built in ${seconds.toFixed(1)} s)`,
      );
      if (PARTS) {
        const partSize = String(Math.ceil(count / PARTS));
        const inParts = build(contentDir, '.build/bench-corpus-parts', { KB_SEARCH_PART_SIZE: partSize });
        const siteDir = join(projectRoot, '.build/bench-corpus-parts');
        await measureCorpusSite(browser, siteDir, `The same, its search index in ${PARTS} parts (built in ${inParts.toFixed(1)} s)`);
        await compareRanking(browser, join(projectRoot, '.build/bench-corpus'), siteDir, PARTS, CORPUS_QUERIES);
      }
    } finally {
      if (!args.keep) rmSync(contentDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
