/**
 * How a build reaches its output folder without a moment in which there is no complete site:
 * the output folder (dist/) is a symbolic link to the folder of the last complete build, and a
 * new build replaces the link in one rename, which the file system makes atomic. The builds sit
 * in `.build/outputs/<output>/`, one folder each, named by the process that built it; the next
 * build removes those of processes that are no longer running (killed or failed builds).
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isRunning } from '../../src/lib/running.ts';

/** Marks an output that a newer build replaced, on its way out. */
const REPLACED_SUFFIX = '.replaced';

/** The folder holding the builds published to `outDir`. */
export function buildsFolder(projectRoot: string, outDir: string): string {
  const name =
    relative(projectRoot, outDir)
      .replace(/^(\.\.[/\\])+/, '')
      .replace(/[/\\:]+/g, '__') || basename(outDir);
  return join(projectRoot, '.build', 'outputs', name);
}

/** A new, empty folder for this process's build. */
export function stagingFolder(builds: string, pid = process.pid): string {
  const folder = join(builds, `build-${pid}-${Date.now()}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** The build `outDir` links to now, if it is a link. */
function currentBuild(outDir: string): string | undefined {
  if (!existsSync(outDir) || !lstatSync(outDir).isSymbolicLink()) return undefined;
  return resolve(dirname(outDir), readlinkSync(outDir));
}

/** Removes the builds of processes no longer running, except the one `outDir` shows. */
export function removeStaleBuilds(builds: string, outDir: string): string[] {
  if (!existsSync(builds)) return [];
  const shown = currentBuild(outDir);
  const removed: string[] = [];
  for (const name of readdirSync(builds)) {
    const folder = join(builds, name);
    const pid = Number(/^build-(\d+)-/.exec(name)?.[1]);
    if (folder === shown || (pid && isRunning(pid))) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/**
 * Makes `outDir` show `staging`, in one rename of a link. An output folder that is still a real
 * folder (from before builds were published this way) is moved aside first, once.
 */
export function publish(staging: string, outDir: string): void {
  const previous = currentBuild(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const replaced = `${staging}${REPLACED_SUFFIX}`;
  if (existsSync(outDir) && !lstatSync(outDir).isSymbolicLink()) renameSync(outDir, replaced);
  const link = `${outDir}.link-${process.pid}`;
  try {
    rmSync(link, { recursive: true, force: true });
    symlinkSync(relative(dirname(outDir), staging), link, 'dir');
    renameSync(link, outDir);
  } catch (error) {
    // A failed swap (a full disk) leaves the output as it was: the old folder back in place, no stray link.
    rmSync(link, { recursive: true, force: true });
    if (existsSync(replaced) && !existsSync(outDir)) renameSync(replaced, outDir);
    throw error;
  }
  if (previous && previous !== staging) {
    // Renamed at once, so that nothing takes it for a site, and removed by a process of its own.
    const removing = `${previous}${REPLACED_SUFFIX}`;
    renameSync(previous, removing);
    removeInBackground(removing);
  }
  rmSync(replaced, { recursive: true, force: true });
}

/**
 * Removes a folder in a process of its own, which outlives this one: the new site is published
 * already, and the build it replaced can hold hundreds of thousands of files (131 s to remove at
 * 100,000 entries on disk, docs/benchmarks.md). The folder keeps its build's name, whose process
 * has ended, so a removal cut short is finished by the next build (`removeStaleBuilds`).
 */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder], {
    detached: true,
    stdio: 'ignore',
  });
  remover.unref();
}
