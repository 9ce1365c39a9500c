/** Writing many small files into the built site: each folder made once, the files in batches. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Files written at a time: enough to keep the disk busy, few enough to stay under open-file limits. */
const WRITE_BATCH = 256;

export interface FileToWrite {
  /** Absolute path. */
  target: string;
  content: string | Uint8Array;
}

export async function writeFiles(files: readonly FileToWrite[]): Promise<void> {
  for (const dir of new Set(files.map(({ target }) => dirname(target)))) await mkdir(dir, { recursive: true });
  for (let start = 0; start < files.length; start += WRITE_BATCH) {
    await Promise.all(files.slice(start, start + WRITE_BATCH).map(({ target, content }) => writeFile(target, content)));
  }
}
