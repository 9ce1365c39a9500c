/**
 * `npm run build`: check the content, build the site into a staging folder, index it for
 * search, and only then swap it in as dist/. A failure at any step leaves the previous dist/
 * as it was, so there is never a half-written site.
 *
 * Everything runs in this one process: the knowledge base loaded by the check is the one the
 * pages render from (src/data/knowledge-base.ts caches it for the process), so content is read
 * and validated once. With BUILD_REPORT=<file>, the time of each step is written there as JSON
 * (npm run bench reads it).
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { projectRoot } from '../src/config/build-options.ts';
import { getCheckedKnowledgeBase } from '../src/data/knowledge-base.ts';
import { formatProblem, formatWarning } from '../src/lib/problems.ts';
import { buildOptionsOrExit } from './lib/options.ts';
import { writeSearchIndex } from './build/search-index.ts';

const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
// Astro moves its pages from the project's .astro/ folder into its output folder, and the swap
// below renames that folder: all three must be on one file system, as .build/ and dist/ are.
const staging = join(projectRoot, '.build', `site-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message} The previous build, if any, is unchanged.`);
  process.exit(1);
}

const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;
const options = buildOptionsOrExit();
const checked = getCheckedKnowledgeBase(options);
checked.warnings.forEach((warning) => console.warn(formatWarning(warning)));
if (checked.problems.length) {
  checked.problems.forEach((problem) => console.error(formatProblem(problem)));
  fail(`${checked.problems.length} content problem(s); nothing was built.`);
}
const checkSeconds = seconds(started);
console.log(`✓ ${checked.fileCount} entries checked in ${checkSeconds.toFixed(1)} s (release ${options.release}, base ${options.base}).`);

let renderSeconds = 0;
let indexSeconds = 0;
try {
  mkdirSync(join(projectRoot, '.build'), { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  process.env.ASTRO_OUT_DIR = staging;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const rendering = performance.now();
  await astroBuild({ root: projectRoot, force: true, mode: 'production' });
  renderSeconds = seconds(rendering);

  const indexing = performance.now();
  const { pages } = await writeSearchIndex(staging, checked.knowledgeBase!);
  indexSeconds = seconds(indexing);
  console.log(`✓ Search index: ${pages} pages in ${indexSeconds.toFixed(1)} s.`);

  const previous = join(projectRoot, '.build', `previous-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const totalSeconds = seconds(started);
console.log(`✓ Site written to ${outDir} in ${totalSeconds.toFixed(1)} s.`);
if (process.env.BUILD_REPORT) {
  writeFileSync(process.env.BUILD_REPORT, JSON.stringify({ entries: checked.fileCount, checkSeconds, renderSeconds, indexSeconds, totalSeconds }));
}
