/**
 * `npm run bench:search`: how fast search answers and how much it downloads, in Chromium, on
 * the real site and on a generated knowledge base of 10,000 entries (written to a temporary
 * folder outside the repository and built with CONTENT_DIR pointing there).
 * Goals: results rendered under 100 ms after a keystroke once the index is loaded; under
 * 300 KB fetched for a first search at 10,000 entries. A script that prints figures, not a test.
 *
 *   node scripts/bench-search.ts [--entries 10000] [--skip-seed] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../src/config/build-options.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const { values: args } = parseArgs({
  options: { entries: { type: 'string', default: '10000' }, 'skip-seed': { type: 'boolean' }, keep: { type: 'boolean' } },
});

// Syllables of Arabic-transliterated names, so the generated corpus exercises the normalization.
const NAME_PARTS = ['Abu', 'Umar', 'Hamza', 'Khalid', 'Yusuf', 'Hasan', 'Salah', 'Mahmud', 'Ibrahim', 'Zayd', 'Anas', 'Bakr', 'Talha', 'Saad', 'Qasim', 'Rashid', 'Faris', 'Harith', 'Nasir', 'Walid'];
const GROUP_PARTS = ['Jabhat', 'Katibat', 'Liwa', 'Jaysh', 'Harakat', 'Ansar', 'Jamaat', 'Saraya', 'Tanzim', 'Kataib'];
const PLACE_PARTS = ['Dayr', 'Tal', 'Ayn', 'Kafr', 'Bir', 'Jisr', 'Marj', 'Ras', 'Wadi', 'Qalat'];

const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length]!;
const yaml = (value: string) => JSON.stringify(value);

/** Writes `count` valid entries: places, actors, sources, events, relationships and judgments. */
function generateCorpus(dir: string, count: number): void {
  const sizes = { places: Math.round(count * 0.03), actors: Math.round(count * 0.2), sources: Math.round(count * 0.05), relationships: Math.round(count * 0.1), judgments: Math.round(count * 0.04) };
  const events = count - Object.values(sizes).reduce((a, b) => a + b, 0);
  const write = (collection: string, slug: string, front: string[], body: string) => {
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, `${slug}.mdx`), `---\n${front.join('\n')}\n---\n${body}\n`);
  };
  for (let i = 0; i < sizes.places; i++) {
    const parent = i >= 10 ? [`parent: place-${i % 10}`] : [];
    write('places', `place-${i}`, [`title: ${yaml(`${pick(PLACE_PARTS, i)} al-${pick(NAME_PARTS, i * 7)} ${i}`)}`, `summary: "A generated place."`, `kind: ${i < 10 ? 'country' : 'city'}`, ...parent], 'A generated place.');
  }
  for (let i = 0; i < sizes.actors; i++) {
    const person = i % 2 === 0;
    const title = person ? `${pick(NAME_PARTS, i)} al-${pick(NAME_PARTS, i * 3 + 1)}i ${i}` : `${pick(GROUP_PARTS, i)} al-${pick(NAME_PARTS, i * 5)} ${i}`;
    write('actors', `actor-${i}`, [`title: ${yaml(title)}`, `summary: "A generated ${person ? 'person' : 'group'} active in the region."`, `aliases: [${yaml(title.replace('al-', 'el '))}]`, `kind: ${person ? 'person' : 'organization'}`, `regions: [place-${i % sizes.places}]`],
      `${title} operated near [[place-${i % sizes.places}]] and was linked to [[actor-${(i + 1) % sizes.actors}]]. It recruited, raised funds and issued statements about the war.`);
  }
  for (let i = 0; i < sizes.sources; i++) {
    write('sources', `source-${i}`, [`title: "Report ${i} on armed groups"`, `summary: "A generated source."`, `published: "${2010 + (i % 15)}-0${1 + (i % 9)}"`, 'kind: news'], 'A generated source.');
  }
  for (let i = 0; i < events; i++) {
    const [a, b] = [i % sizes.actors, (i * 7 + 3) % sizes.actors];
    write('events', `event-${i}`, [`title: "Clash ${i} near ${pick(PLACE_PARTS, i)}"`, `summary: "A generated clash between two groups."`, `date: "${2010 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}"`, 'kind: clash', `places: [place-${i % sizes.places}]`,
      'participants:', `  - { actor: actor-${a}, role: participant }`, `  - { actor: actor-${b === a ? (b + 1) % sizes.actors : b}, role: target }`, `sources: [source-${i % sizes.sources}]`],
    `Fighters of [[actor-${a}]] attacked positions held by [[actor-${b}]] near [[place-${i % sizes.places}]]. Casualty figures were disputed; both sides claimed gains in statements.`);
  }
  for (let i = 0; i < sizes.relationships; i++) {
    write('relationships', `relationship-${i}`, [`title: "Tie ${i}"`, 'summary: "A generated rivalry."', `from: actor-${i % sizes.actors}`, `to: actor-${(i + 11) % sizes.actors}`, 'kind: rivalry', `start: "${2011 + (i % 12)}"`, 'confidence: moderate', `sources: [source-${i % sizes.sources}]`], 'A generated rivalry.');
  }
  for (let i = 0; i < sizes.judgments; i++) {
    write('judgments', `judgment-${i}`, [`title: "Judgment ${i}: the groups will keep fighting."`, 'summary: "A generated judgment."', `confidence: ${pick(['low', 'moderate', 'high'], i)}`, `issued: "${2012 + (i % 12)}"`, `about: [actor-${i % sizes.actors}]`, `sources: [source-${i % sizes.sources}]`], `Based on [[event-${i % events}]].`);
  }
}

function build(contentDir: string, outDir: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir }, maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

interface Sent { total: number; pagefind: number }

/**
 * Bytes the server sent (headers included), counted on its sockets. The browser's own account
 * (Playwright's request sizes) reports 0 for a worker's script, such as pagefind-worker.js.
 * HTTP/1.1 sends one response at a time on a socket, so the growth of its count since the last
 * response ended is this response.
 */
function countSent(server: Server): Sent {
  const sent: Sent = { total: 0, pagefind: 0 };
  const counted = new WeakMap<Socket, number>();
  server.on('request', (request, response) => {
    response.on('finish', () => {
      const { socket } = request;
      const bytes = socket.bytesWritten - (counted.get(socket) ?? 0);
      counted.set(socket, socket.bytesWritten);
      sent.total += bytes;
      if (request.url?.includes('/pagefind/')) sent.pagefind += bytes;
    });
  });
  return sent;
}

interface Figures { query: string; firstSearchKB: number; pagefindKB: number; loadMs: number; renderMs: number[] }

/** Opens the search page in a fresh browser context, runs the queries by typing them, and measures. */
async function measure(browser: Browser, url: string, sent: Sent, queries: readonly string[]): Promise<Figures[]> {
  const figures: Figures[] = [];
  for (const [i, query] of queries.entries()) {
    const context = await browser.newContext(); // empty cache: every first search starts cold
    const page = await context.newPage();
    const before = { ...sent };
    const started = performance.now();
    await page.goto(`${url}search/`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('Type'));
    const loadMs = performance.now() - started;
    const input = page.locator('[data-search-page] input[type="search"]');
    const renderMs: number[] = [];
    let firstSearchBytes = 0;
    let firstSearchPagefindBytes = 0;
    // The first search is cold (index chunks and result fragments fetched), then the same again
    // (all cached), then other queries with the index loaded (their chunks and fragments fetched).
    for (const typed of [query, query, ...queries.filter((_, j) => j !== i)]) {
      await input.fill('');
      await page.evaluate(`(() => {
        const status = document.querySelector('[data-search-status]');
        window.__bench = { key: 0, done: 0, answered: false };
        document.querySelector('[data-search-page] input').addEventListener('keydown', (event) => { window.__bench.key = event.timeStamp; }, { capture: true });
        // A key's time is when it was pressed (the event's time stamp), not when the page, perhaps
        // busy searching, got to it. The status is written last; the results are on screen once the frame that lays them out
        // has been painted, which a timer queued from that frame's animation callback follows.
        new MutationObserver(() => {
          if (window.__bench.answered || !status.textContent.includes(${JSON.stringify(`“${typed}”`)})) return;
          window.__bench.answered = true;
          requestAnimationFrame(() => setTimeout(() => { window.__bench.done = performance.now(); }));
        }).observe(status, { childList: true, characterData: true, subtree: true });
      })()`);
      await input.pressSequentially(typed);
      // Functions, not strings: the page's CSP forbids evaluating strings (and each is sent on its own).
      await page.waitForFunction(() => {
        const { key, done } = (window as unknown as { __bench: { key: number; done: number } }).__bench;
        return done > key;
      });
      await page.waitForTimeout(50);
      renderMs.push(await page.evaluate(() => {
        const { key, done } = (window as unknown as { __bench: { key: number; done: number } }).__bench;
        return done - key;
      }));
      if (renderMs.length === 1) [firstSearchBytes, firstSearchPagefindBytes] = [sent.total - before.total, sent.pagefind - before.pagefind];
    }
    figures.push({ query, firstSearchKB: firstSearchBytes / 1024, pagefindKB: firstSearchPagefindBytes / 1024, loadMs, renderMs });
    await context.close();
  }
  return figures;
}

function report(name: string, figures: Figures[]) {
  console.log(`\n${name}`);
  console.log('  query                      page+first search   of which Pagefind   index loaded   keystroke→rendered: cold / repeat / other queries median, max');
  for (const f of figures) {
    const [cold, repeat, ...warm] = f.renderMs;
    const sorted = [...warm].sort((a, b) => a - b);
    console.log(`  ${f.query.padEnd(26)} ${f.firstSearchKB.toFixed(0).padStart(8)} KB ${f.pagefindKB.toFixed(0).padStart(15)} KB ${f.loadMs.toFixed(0).padStart(12)} ms   ${cold!.toFixed(0)} / ${repeat!.toFixed(0)} / ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)}, ${sorted.at(-1)!.toFixed(0)} ms`);
  }
}

const browser = await launchBrowser();
try {
  if (!args['skip-seed']) {
    const seconds = build('content', '.build/bench-seed');
    const { url, server } = await serveStatic(join(projectRoot, '.build/bench-seed'), '/');
    report(`Real site (built in ${seconds.toFixed(1)} s)`, await measure(browser, url, countSent(server), ['al-Qaeda', 'Jolani', 'Qalamoun truce', 'Daesh', 'Hizbullah']));
    server.close();
  }
  const count = Number(args.entries);
  const contentDir = mkdtempSync(join(tmpdir(), 'kb-bench-'));
  try {
    generateCorpus(contentDir, count);
    const seconds = build(contentDir, '.build/bench-corpus');
    const { url, server } = await serveStatic(join(projectRoot, '.build/bench-corpus'), '/');
    report(`Generated corpus, ${count} entries (built in ${seconds.toFixed(1)} s)`, await measure(browser, url, countSent(server), ['Jabhat al-Hamza', 'Abou Bakr', 'clash', 'Dayr', 'recruited funds']));
    server.close();
  } finally {
    if (!args.keep) rmSync(contentDir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}
