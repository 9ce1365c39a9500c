/**
 * `npm run build`: `astro build` (which checks the content, builds the pages and indexes them
 * for search: src/integration/) into a folder of its own, then published as dist/ in one atomic
 * step (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so
 * there is never a half-written site, nor a moment without one, and ends in one ✗ line naming
 * the step (scripts/lib/build-steps.ts).
 * With BUILD_REPORT=<file>, the integration writes the time of its steps there (npm run bench reads it).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { buildOptions, projectRoot } from '../src/config/build-options.ts';
import { BuildSteps, failureLine, failureReason, logErrorsWithoutStacks, STALLED } from './lib/build-steps.ts';
import { buildsFolder, publish, removeStaleBuilds, stagingFolder } from './lib/publish.ts';

const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const builds = buildsFolder(projectRoot, outDir);

const started = performance.now();
const steps = new BuildSteps();
let staging: string | undefined;

function fail(error: unknown): never {
  if (staging) rmSync(staging, { recursive: true, force: true });
  console.error(`\n${failureLine(steps.current, failureReason(error, { build: staging ?? builds, project: projectRoot }))}`);
  process.exit(1);
}

try {
  try {
    buildOptions();
  } catch (error) {
    // Every invalid setting named in the one ✗ line: "Invalid site settings: KB_RELEASE (environment): expected …".
    throw new Error(error instanceof Error ? error.message.replace(/:?\n/g, ': ') : String(error), { cause: error });
  }
  steps.current = 'preparing the build folder';
  const stale = removeStaleBuilds(builds, outDir);
  if (stale.length) console.log(`Removed ${stale.length} folder(s) left by builds that did not finish.`);
  staging = stagingFolder(builds);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  logErrorsWithoutStacks();
  steps.current = 'checking the content';
  const stopWatching = steps.watchForStall(() => fail(STALLED));
  await astroBuild({ root: projectRoot, outDir: staging, mode: 'production', integrations: [steps.integration] });
  steps.current = 'publishing the site';
  publish(staging, outDir);
  stopWatching();
} catch (error) {
  fail(error);
}
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
