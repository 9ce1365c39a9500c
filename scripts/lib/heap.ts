/**
 * Node gives its heap about 4 GB whatever the machine has, and a build of 100,000 entries needs
 * more: the build runs itself again with a heap of three quarters of the machine's memory, unless
 * it was given a heap size (`--max-old-space-size`, in the command or NODE_OPTIONS).
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

const HEAP_FLAG = '--max-old-space-size';

/** The heap size, in MB, a build should have on a machine of `totalBytes` of memory; undefined when Node's own is as large. */
export function wantedHeapMegabytes(totalBytes: number, currentLimitBytes: number): number | undefined {
  const wanted = Math.floor((totalBytes * 0.75) / 2 ** 20);
  return wanted > currentLimitBytes / 2 ** 20 ? wanted : undefined;
}

/** Runs this script again with a larger heap when it needs one, and exits with its status; returns otherwise. */
export function withLargerHeap(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => flag.startsWith(HEAP_FLAG));
  const megabytes = given ? undefined : wantedHeapMegabytes(totalmem(), getHeapStatistics().heap_size_limit);
  if (megabytes === undefined) return;
  const run = spawnSync(process.execPath, [`${HEAP_FLAG}=${megabytes}`, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  // Killed, the build could not say why itself: the system's out-of-memory killer sends SIGKILL.
  if (run.signal) {
    const cause = run.signal === 'SIGKILL' ? ' (the system may have run out of memory)' : '';
    console.error(`\n✗ The build was stopped by ${run.signal}${cause}. The previous site, if any, is unchanged.`);
  }
  process.exit(run.status ?? 1);
}
