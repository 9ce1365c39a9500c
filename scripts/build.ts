/**
 * `npm run build`: `astro build` (which checks the content, builds the pages and indexes them
 * for search: src/integration/) into a folder of its own, then published as dist/ in one atomic
 * step (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so
 * there is never a half-written site, nor a moment without one.
 * With BUILD_REPORT=<file>, the integration writes the time of its steps there (npm run bench reads it).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { projectRoot } from '../src/config/build-options.ts';
import { buildOptionsOrExit } from './lib/options.ts';
import { buildsFolder, publish, removeStaleBuilds, stagingFolder } from './lib/publish.ts';

const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const builds = buildsFolder(projectRoot, outDir);

const started = performance.now();
buildOptionsOrExit();
const stale = removeStaleBuilds(builds, outDir);
if (stale.length) console.log(`Removed ${stale.length} folder(s) left by builds that did not finish.`);
const staging = stagingFolder(builds);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message} The previous build, if any, is unchanged.`);
  process.exit(1);
}

try {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  await astroBuild({ root: projectRoot, outDir: staging, mode: 'production' });
  publish(staging, outDir);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
