/** Writing many small files into the built site: each folder made once, the files in batches, made as they are written. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Files written at a time: enough to keep the disk busy, few enough to stay under open-file limits. */
const WRITE_BATCH = 256;

export interface FileToWrite {
  /** Absolute path. */
  target: string;
  content: string | Uint8Array;
}

/** Writes the files a batch at a time, taking each batch from `files` only when the last is written. */
export async function writeFiles(files: Iterable<FileToWrite>): Promise<void> {
  const made = new Set<string>();
  let batch: FileToWrite[] = [];
  const writeBatch = async () => {
    for (const dir of new Set(batch.map(({ target }) => dirname(target)))) {
      if (!made.has(dir)) await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await Promise.all(batch.map(({ target, content }) => writeFile(target, content)));
    batch = [];
  };
  for (const file of files) {
    batch.push(file);
    if (batch.length === WRITE_BATCH) await writeBatch();
  }
  await writeBatch();
}
