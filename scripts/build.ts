/**
 * `npm run build`: `astro build` (which checks the content, builds the pages and indexes them
 * for search: src/integration/) into a staging folder, then the swap into dist/. A failure at
 * any step leaves the previous dist/ as it was, so there is never a half-written site.
 * With BUILD_REPORT=<file>, the integration writes the time of its steps there (npm run bench reads it).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { projectRoot } from '../src/config/build-options.ts';
import { buildOptionsOrExit } from './lib/options.ts';

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
buildOptionsOrExit();
try {
  mkdirSync(join(projectRoot, '.build'), { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await astroBuild({ root: projectRoot, outDir: staging, mode: 'production' });
  const previous = join(projectRoot, '.build', `previous-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
