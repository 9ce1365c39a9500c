/**
 * `npm run build`: check the content, build the site into a staging folder, index it for
 * search, and only then swap it in as dist/. A failure at any step leaves the previous dist/
 * as it was, so there is never a half-written site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../src/config/build-options.ts';
import { buildOptionsOrExit } from './lib/options.ts';
import { loadKnowledgeBase } from '../src/lib/knowledge-base.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { writeSearchIndex } from './build/search-index.ts';

const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const staging = join(projectRoot, '.build', `site-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message} The previous build, if any, is unchanged.`);
  process.exit(1);
}

const started = performance.now();
const options = buildOptionsOrExit();
const checked = loadKnowledgeBase(options);
if (checked.problems.length) {
  checked.problems.forEach((problem) => console.error(formatProblem(problem)));
  fail(`${checked.problems.length} content problem(s); nothing was built.`);
}
console.log(`✓ ${checked.fileCount} entries checked (release ${options.release}, base ${options.base}).`);

try {
  mkdirSync(join(projectRoot, '.build'), { recursive: true });
  // --force: Astro's content cache would otherwise outlive a change of CONTENT_DIR (and point at
  // a folder that may be gone); the content pass is a small part of the build.
  const astro = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--force'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) fail('astro build failed.');

  const { pages } = await writeSearchIndex(staging, checked.knowledgeBase!);
  console.log(`✓ Search index: ${pages} pages.`);

  const previous = join(projectRoot, '.build', `previous-${process.pid}`);
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
