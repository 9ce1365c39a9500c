/**
 * Runs a command and measures it as a whole: wall time, the peak of the resident memory of its
 * process tree (the command and every process it starts, such as Pagefind's indexer), sampled
 * from /proc, and the CPU time of the tree (GNU time). Wall time on a busy machine mostly
 * measures the other load; CPU time does not. Linux only; elsewhere those two are undefined.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';
const CPU_MARK = '__cpu_seconds__';
const SAMPLE_MS = 100;

export interface Measured {
  seconds: number;
  /** Peak resident memory of the whole tree, in bytes. */
  peakBytes?: number;
  /** User and system CPU time of the whole tree, in seconds. */
  cpuSeconds?: number;
  output: string;
}

/** Resident bytes of `root` and all its descendants, now. */
function treeResidentBytes(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_SIZE);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; echo?: boolean },
): Promise<Measured> {
  const sampling = existsSync('/proc/self/stat');
  const timed = existsSync(GNU_TIME);
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const [file, fileArgs] = timed ? [GNU_TIME, ['-f', `${CPU_MARK} %U %S`, command, ...args]] : [command, args];
    const child = spawn(file, fileArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const timer = sampling
      ? setInterval(() => {
          peak = Math.max(peak, treeResidentBytes(child.pid!));
        }, SAMPLE_MS)
      : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
      const cpu = new RegExp(`${CPU_MARK} ([\\d.]+) ([\\d.]+)`).exec(output);
      resolvePromise({
        seconds,
        ...(sampling ? { peakBytes: peak } : {}),
        ...(cpu ? { cpuSeconds: Number(cpu[1]) + Number(cpu[2]) } : {}),
        output,
      });
    });
  });
}
