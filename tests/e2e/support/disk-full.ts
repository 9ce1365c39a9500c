/**
 * Loaded with `node --import` by the build-failure tests only: makes the file system "full" for
 * writes whose path matches DISK_FULL_AT (a regular expression), as a real full disk would answer
 * (ENOSPC), so each step of a real build can be made to fail. DISK_FULL_LOG=<file> lists the paths
 * written instead (to find a step's files).
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const pattern = process.env.DISK_FULL_AT ? new RegExp(process.env.DISK_FULL_AT) : undefined;
const log = process.env.DISK_FULL_LOG ? fs.openSync(process.env.DISK_FULL_LOG, 'a') : undefined;

function diskFull(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall} '${path}'`), { errno: -28, code: 'ENOSPC', syscall, path });
}

/** Whether a write to `target` should fail; records it when logging. */
function refuses(target: unknown): target is string | URL {
  if (typeof target !== 'string' && !(target instanceof URL)) return false;
  const path = String(target instanceof URL ? target.pathname : target);
  if (log !== undefined) fs.writeSync(log, `${path}\n`);
  return pattern?.test(path) ?? false;
}

type Patchable = Record<string, (...args: unknown[]) => unknown>;

/** Wraps each named function of `target` so that a write to a refused path fails as `kind` does. */
function patch(target: object, names: string[], kind: 'sync' | 'promise' | 'callback', pathArgument = 0) {
  const functions = target as Patchable;
  for (const name of names) {
    const original = functions[name]!;
    functions[name] = function (this: unknown, ...args: unknown[]) {
      const path = args[pathArgument];
      if (!refuses(path)) return original.apply(this, args);
      const error = diskFull(name.replace(/Sync$/, ''), String(path));
      if (kind === 'sync') throw error;
      if (kind === 'promise') return Promise.reject(error);
      const callback = args.at(-1);
      if (typeof callback === 'function') process.nextTick(() => (callback as (e: Error) => void)(error));
    };
  }
}

patch(fs, ['writeFileSync', 'appendFileSync', 'mkdirSync', 'copyFileSync', 'cpSync', 'createWriteStream'], 'sync');
patch(fs, ['symlinkSync', 'renameSync', 'linkSync'], 'sync', 1);
patch(fs, ['writeFile', 'appendFile', 'mkdir', 'copyFile', 'cp'], 'callback');
patch(fs.promises, ['writeFile', 'appendFile', 'mkdir', 'copyFile', 'cp'], 'promise');
patch(fs.promises, ['symlink', 'rename', 'link'], 'promise', 1);
syncBuiltinESMExports();
