/**
 * `npm run bench -- --entries N`: how the build scales. Generates a valid synthetic knowledge
 * base of N entries (scripts/lib/corpus.ts), copies the project into a scratch folder, and there
 * times `npm run check` and the full build (check, pages, search index), sampling the peak
 * memory of the whole process tree. Prints a Markdown table (docs/benchmarks.md keeps the runs).
 *
 * The scratch folder is on a RAM disk (tmpfs, /dev/shm) when there is one: writing thousands
 * of files to this machine's disk is slow and erratic, which would measure the disk, not the build.
 *
 *   npm run bench -- [--entries 1000] [--commits 50] [--bare] [--edit] [--keep] [--profile] [--scratch DIR]
 *
 *   --commits  make the corpus a git repository with this many commits of history (an edition every
 *              ten), so the build reads history, writes the change pages and the entries as of editions.
 *   --bare     also build the same MDX files with a minimal Astro project (one page per entry,
 *              content collection, render()): the cost of Astro itself, for the 1.5× goal. With --edit,
 *              that project uses Astro's incremental build too and is rebuilt after the same kind of edit.
 *   --edit     then change one sentence of one event and build again with the cache of the first
 *              build (Astro's incremental build): the time an author waits after an edit.
 *   --keep     leave the scratch folder (its path is printed); `npm run bench:search -- --site <scratch>/dist`
 *              measures search on the site built there.
 *   --scratch  make the scratch folder in DIR instead of the RAM disk (the site and the cache of
 *              100,000 entries take about 8 GB, which a RAM disk takes from the build's memory).
 *   --profile  write CPU profiles of the build (node --cpu-prof) into <scratch>/profiles (the rebuild's
 *              into <scratch>/profiles-edit).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/config/build-options.ts';
import { writeBareAstroProject } from './lib/bare-astro.ts';
import { pagesRenderedAndCopied } from './lib/build-cache.ts';
import { parseArgsOrExit } from './lib/options.ts';
import { generateCorpus, generateHistory } from './lib/corpus.ts';
import { runMeasured, type Measured } from './lib/process-tree.ts';
import { measureSite, type Bytes, type SiteSize } from './lib/site-size.ts';

const USAGE = 'usage: npm run bench -- [--entries 1000] [--commits 50] [--bare] [--edit] [--keep] [--profile] [--scratch DIR]';
const { values: args } = parseArgsOrExit(
  {
    options: {
      entries: { type: 'string', default: '1000' },
      commits: { type: 'string', default: '0' },
      bare: { type: 'boolean' },
      edit: { type: 'boolean' },
      keep: { type: 'boolean' },
      profile: { type: 'boolean' },
      scratch: { type: 'string' },
    },
  },
  USAGE,
);
const entries = Number(args.entries);
const commits = Number(args.commits);
if (!Number.isInteger(commits) || commits < 0) {
  console.error('✗ --commits must be a whole number (0: no history).');
  process.exit(1);
}
if (args.scratch && !existsSync(args.scratch)) {
  console.error(`✗ --scratch: there is no folder ${resolve(args.scratch)}; make it first.`);
  process.exit(1);
}
if (!Number.isInteger(entries) || entries < 20) {
  console.error('✗ --entries must be a whole number, at least 20.');
  process.exit(1);
}

/** Top-level parts of the project a build needs; node_modules is linked, not copied. */
const PROJECT_PARTS = ['astro.config.mjs', 'kb.config.ts', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public'];

/** The folder asked for, else a RAM disk for the scratch folder if the machine has one, else the system's temporary folder. */
function scratchRoot(): { path: string; storage: string } {
  if (args.scratch) return { path: resolve(args.scratch), storage: `${resolve(args.scratch)} (--scratch)` };
  const mounts = existsSync('/proc/mounts') ? readFileSync('/proc/mounts', 'utf8') : '';
  if (/^\S+ \/dev\/shm tmpfs /m.test(mounts)) return { path: '/dev/shm', storage: 'tmpfs (/dev/shm)' };
  return { path: tmpdir(), storage: `disk (${tmpdir()}; no tmpfs found)` };
}

const log = (message: string) => console.error(`• ${message}`);
const node = process.execPath;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gb = (bytes?: number) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const cpu = ({ cpuSeconds }: Measured) => (cpuSeconds === undefined ? 'n/a' : `${cpuSeconds.toFixed(1)} s`);
const ratio = (a?: number, b?: number) => (a && b ? (a / b).toFixed(2) : 'n/a');
const bytesPair = ({ raw, gzip }: Bytes) => `${kb(raw)} / ${kb(gzip)}`;

const scratch = scratchRoot();
const work = mkdtempSync(join(scratch.path, 'kb-bench-'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
try {
  const project = join(work, 'project');
  // With history the content folder sits in a repository of its own (a content folder holds collections only).
  const content = join(work, commits > 0 ? 'repo/content' : 'content');
  for (const part of PROJECT_PARTS) {
    if (existsSync(join(projectRoot, part))) cpSync(join(projectRoot, part), join(project, part), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
  log(`Scratch folder ${work} on ${scratch.storage}.`);
  const generating = performance.now();
  const sizes = generateCorpus(content, entries);
  log(
    `Generated ${entries} entries in ${((performance.now() - generating) / 1000).toFixed(1)} s: ${Object.entries(sizes)
      .map(([c, n]) => `${n} ${c}`)
      .join(', ')}.`,
  );

  if (commits > 0) {
    const committing = performance.now();
    generateHistory(join(work, 'repo'), 'content', commits);
    log(`Committed ${commits} commits of history in ${((performance.now() - committing) / 1000).toFixed(1)} s.`);
  }

  const siteEnv = { ...env, CONTENT_DIR: content, OUT_DIR: join(work, 'dist'), BUILD_REPORT: join(work, 'build-report.json') };
  log('npm run check …');
  const check = await runMeasured(node, ['scripts/check.ts'], { cwd: project, env: siteEnv });
  log(`check: ${check.seconds.toFixed(1)} s.`);
  log('npm run build …');
  const profileArgs = (folder: string) => (args.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(work, folder)}`] : []);
  const build = await runMeasured(node, [...profileArgs('profiles'), 'scripts/build.ts'], { cwd: project, env: siteEnv });
  const steps = JSON.parse(readFileSync(siteEnv.BUILD_REPORT, 'utf8')) as {
    checkSeconds: number;
    indexSeconds: number;
    indexWaitSeconds: number;
  };
  const site = measureSite(siteEnv.OUT_DIR);
  log(`build: ${build.seconds.toFixed(1)} s.`);

  let edit: { build: Measured; rendered: number; copied: number } | undefined;
  const editedEvent = join(content, 'events', readdirSync(join(content, 'events')).sort()[0]!);
  const editEvent = () =>
    writeFileSync(editedEvent, `${readFileSync(editedEvent, 'utf8').trimEnd()}\n\nOne more sentence, to time a rebuild after an edit.\n`);
  if (args.edit) {
    editEvent();
    log(`npm run build after editing ${editedEvent.slice(content.length + 1)} …`);
    const rebuild = await runMeasured(node, [...profileArgs('profiles-edit'), 'scripts/build.ts'], { cwd: project, env: siteEnv });
    edit = { build: rebuild, ...pagesRenderedAndCopied(rebuild.output) };
    log(`rebuild: ${rebuild.seconds.toFixed(1)} s.`);
  }

  let bare: { build: Measured; site: SiteSize; edit?: Measured } | undefined;
  if (args.bare) {
    log('bare Astro build of the same MDX files …');
    const bareDir = join(work, 'bare');
    writeBareAstroProject(bareDir, content, join(projectRoot, 'node_modules'), { incremental: args.edit === true });
    const astro = [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const bareBuild = await runMeasured(node, astro, { cwd: bareDir, env });
    bare = { build: bareBuild, site: measureSite(join(bareDir, 'dist')) };
    log(`bare: ${bareBuild.seconds.toFixed(1)} s.`);
    if (args.edit) {
      editEvent();
      log('bare Astro build again after the same edit …');
      bare.edit = await runMeasured(node, astro, { cwd: bareDir, env });
      log(`bare rebuild: ${bare.edit.seconds.toFixed(1)} s.`);
    }
  }

  const msPerEntry = (seconds: number) => ((seconds * 1000) / entries).toFixed(1);
  const rows: string[][] = [
    ['Entries', String(entries)],
    ['Commits of history (an edition every ten)', String(commits)],
    ['Storage of the build', scratch.storage],
    ['`npm run check`', `${check.seconds.toFixed(1)} s (CPU ${cpu(check)}, peak ${gb(check.peakBytes)})`],
    ['Build, wall time', `${build.seconds.toFixed(1)} s`],
    ['Build, ms per entry', msPerEntry(build.seconds)],
    ['Build, CPU time (user + system, process tree)', cpu(build)],
    ['Build, peak memory (process tree)', gb(build.peakBytes)],
    ['of which validation (load + check)', `${steps.checkSeconds.toFixed(1)} s`],
    [
      'of which the rest of `astro build` (content sync, pages, process start)',
      `${(build.seconds - steps.checkSeconds - steps.indexWaitSeconds).toFixed(1)} s`,
    ],
    ['of which waiting for the search index before the pages', `${steps.indexWaitSeconds.toFixed(1)} s`],
    ['Search indexing (Pagefind), made while the content is synced', `${steps.indexSeconds.toFixed(1)} s`],
    ['Output', `${site.files} files, ${mb(site.bytes)}`],
    ['Entry page HTML, median (raw / gzip)', bytesPair(site.median.html)],
    ['Entry page HTML, largest (raw / gzip)', `${bytesPair(site.largest.html)} (${site.largest.path})`],
    ['Entry page JS before search, median (raw / gzip)', bytesPair(site.median.js)],
    ['Entry page JS before search, most (raw / gzip)', bytesPair(site.maxJs)],
    ['Pagefind index', mb(site.pagefindBytes)],
    ['Search data (lexicon, facet table, result files)', `${site.searchData.files} files, ${mb(site.searchData.bytes)}`],
  ];
  if (edit) {
    rows.push(
      ['One-entry edit, rebuild', `${edit.build.seconds.toFixed(1)} s wall, CPU ${cpu(edit.build)}, peak ${gb(edit.build.peakBytes)}`],
      ['One-entry edit, pages rendered / copied from the cache', `${edit.rendered} / ${edit.copied}`],
    );
  }
  if (bare) {
    rows.push(
      [
        `Bare Astro, same MDX: build${bare.edit ? ' (incremental build on: it writes its cache too)' : ''}`,
        `${bare.build.seconds.toFixed(1)} s, ${msPerEntry(bare.build.seconds)} ms per entry, CPU ${cpu(bare.build)}, peak ${gb(bare.build.peakBytes)}`,
      ],
      ['Bare Astro: output', `${bare.site.files} files, ${mb(bare.site.bytes)}`],
      ...(bare.edit
        ? [['Bare Astro: one-entry edit, rebuild (incremental build)', `${bare.edit.seconds.toFixed(1)} s wall, CPU ${cpu(bare.edit)}`]]
        : []),
      [
        'This build ÷ bare Astro',
        `${(build.seconds / bare.build.seconds).toFixed(2)}× wall time, ${ratio(build.cpuSeconds, bare.build.cpuSeconds)}× CPU time, ${ratio(build.peakBytes, bare.build.peakBytes)}× peak memory`,
      ],
    );
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${gb(totalmem())} RAM (${gb(freemem())} free at the end), Node ${process.version}`;
  console.log(`\n| measure | ${entries} entries |\n|---|---|`);
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  console.log(
    `\nMachine: ${machine}; load average at the end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')}.`,
  );
  if (args.keep || args.profile)
    console.log(`Scratch folder kept: ${work}${args.profile ? ` (CPU profiles in ${join(work, 'profiles')})` : ''}`);
} finally {
  if (!args.keep && !args.profile) rmSync(work, { recursive: true, force: true });
}
