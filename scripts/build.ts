/**
 * `npm run build`: `astro build` (which checks the content, builds the pages and indexes them
 * for search: src/integration/) into a folder of its own, then published as dist/ in one atomic
 * step (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so
 * there is never a half-written site, nor a moment without one, and ends in one ✗ line naming
 * the step (scripts/lib/build-steps.ts).
 * Pages unchanged since the last build are copied from Astro's cache (`.cache/`, KB_CACHE_DIR), which
 * one build at a time holds (scripts/lib/build-cache.ts).
 * It runs with a heap of three quarters of the machine's memory (scripts/lib/heap.ts).
 * With BUILD_REPORT=<file>, the integration writes the time of its steps there (npm run bench reads it).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOptions, projectRoot, siteConfig } from '../src/config/build-options.ts';
import { claimCache, type CacheClaim } from './lib/build-cache.ts';
import { BuildSteps, failureLine, type BuildStep, failureReason, logErrorsWithoutStacks, STALLED } from './lib/build-steps.ts';
import { buildsFolder, publish, removeStaleBuilds, stagingFolder } from './lib/publish.ts';
import { withLargerHeap } from './lib/heap.ts';

withLargerHeap();
// Loaded only by the process that builds, not by one that runs itself again with a larger heap.
const { build: astroBuild } = await import('astro');

const outDir = resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const builds = buildsFolder(projectRoot, outDir);

const started = performance.now();
const steps = new BuildSteps();
let staging: string | undefined;
let claim: CacheClaim | undefined;
/** A cache of this build's own, when another build holds the project's. */
let ownCache: string | undefined;

/** Steps before any page is rendered: a failure there leaves the cached pages as they were. */
const BEFORE_PAGES: readonly BuildStep[] = [
  'reading the settings',
  'preparing the build folder',
  'checking the content',
  'syncing the content collections',
];

function fail(error: unknown): never {
  if (staging) rmSync(staging, { recursive: true, force: true });
  if (ownCache) rmSync(ownCache, { recursive: true, force: true });
  if (claim?.claimed && BEFORE_PAGES.includes(steps.current)) claim.release();
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
  const cacheDir = resolve(projectRoot, siteConfig().cacheDir);
  claim = claimCache(cacheDir);
  if (!claim.claimed) {
    // Named after the staging folder, so that it is removed with it if this build is killed.
    ownCache = process.env.KB_CACHE_DIR = `${staging}.cache`;
    console.log(`Another build (process ${claim.heldBy}) is using the cache in ${cacheDir}: this one renders every page.`);
  } else if (claim.unfinished) {
    console.log('The last build did not finish: every page is rendered again.');
  }
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  logErrorsWithoutStacks();
  steps.current = 'checking the content';
  const stopWatching = steps.watchForStall(() => fail(STALLED));
  await astroBuild({ root: projectRoot, outDir: staging, mode: 'production', integrations: [steps.integration] });
  steps.current = 'publishing the site';
  publish(staging, outDir);
  if (claim.claimed) claim.release();
  if (ownCache) rmSync(ownCache, { recursive: true, force: true });
  stopWatching();
} catch (error) {
  fail(error);
}
console.log(`✓ Site written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
