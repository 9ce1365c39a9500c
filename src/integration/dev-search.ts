/**
 * Search under `astro dev`: the search index and search data a build writes (search-index.ts),
 * made from the knowledge base the dev server holds and served at the addresses the built site
 * has them. Made when a page first asks for them, not at start, so that a dev server nobody
 * searches on costs nothing; made again on the first request after an edit (a new knowledge
 * base), one at a time, while the request waits (a second at the seed's size, about 20 s at
 * 10,000 entries). Each is made in a folder of its own in the build cache, the one before removed
 * once the new one is served, the last when the server closes; a server stopped by a signal
 * leaves it, for the next build or dev server to remove (`searchIndexFolder`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { buildSearchIndex, INDEX_FOLDERS, searchIndexFolder } from './search-index.ts';
import { DEV_CONTENT_TYPES, requestedFile } from './site-files.ts';

export interface DevSearchOptions {
  base: string;
  /** The build cache, under which the index folders are made. */
  cacheDir: string;
  /** Pages per part of the index (`searchPartSize`). */
  partSize: number;
  /** The knowledge base as the dev server holds it now, or undefined when the content does not load. */
  knowledgeBase: () => LoadedKnowledgeBase | undefined;
  logger: AstroIntegrationLogger;
}

export interface DevSearch {
  middleware: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  /** Removes the index this server made last (each earlier one is removed when the next is served). */
  close: () => Promise<void>;
}

/** Whether `file` (a path in the site) is one of the search index's files. */
function isSearchIndexFile(file: string): boolean {
  return INDEX_FOLDERS.some((folder) => file.startsWith(folder));
}

/** This process's folder of indexes, made once: Astro makes a new dev server in the same process after a config change. */
let indexesFolder: Promise<string> | undefined;
let indexesMade = 0;

export function devSearch({ base, cacheDir, partSize, knowledgeBase, logger }: DevSearchOptions): DevSearch {
  let made: { kb: LoadedKnowledgeBase; folder: Promise<string> } | undefined;
  /** The index being made or made last: indexes are made one after the other (Pagefind's service is one per process). */
  let queue: Promise<unknown> = Promise.resolve();

  const indexFor = (kb: LoadedKnowledgeBase): Promise<string> => {
    if (made?.kb === kb) return made.folder;
    const previous = made;
    const folder = queue.then(async () => {
      const started = performance.now();
      const into = join(await (indexesFolder ??= searchIndexFolder(cacheDir)), String(++indexesMade));
      const { pages, parts } = await buildSearchIndex(kb, into, partSize).catch(async (error: unknown) => {
        await rm(into, { recursive: true, force: true });
        throw error;
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info(`Search index: ${pages} pages${parts > 1 ? ` (${parts} parts)` : ''} in ${seconds} s.`);
      const replaced = await previous?.folder.catch(() => undefined);
      if (replaced) await rm(replaced, { recursive: true, force: true });
      return into;
    });
    // One that failed is made again on the next request; the one before stays until then.
    queue = folder.catch(() => {
      if (made?.folder === folder) made = previous;
    });
    made = { kb, folder };
    return folder;
  };

  const serve = async (file: string, request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const kb = knowledgeBase();
    if (!kb) return next();
    let folder: string;
    try {
      folder = await indexFor(kb);
    } catch (error) {
      logger.error(`The search index could not be made: ${error instanceof Error ? error.message : String(error)}`);
      return next();
    }
    const path = join(folder, normalize(file));
    const found = path.startsWith(folder + sep) ? await stat(path).catch(() => undefined) : undefined;
    if (!found?.isFile()) return next();
    // Made again after an edit: never kept by the browser.
    response.setHeader('Cache-Control', 'no-store');
    // Pagefind's index files and the search data are read as bytes.
    response.setHeader('Content-Type', DEV_CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
    response.setHeader('Content-Length', found.size);
    if (request.method === 'HEAD') return response.end();
    createReadStream(path)
      .on('error', () => response.destroy())
      .pipe(response);
  };

  return {
    middleware: (request, response, next) => {
      const file = requestedFile(base, request);
      if (file === undefined || !isSearchIndexFile(file)) return next();
      void serve(file, request, response, next);
    },
    close: async () => {
      await queue;
      const last = await made?.folder.catch(() => undefined);
      if (last) await rm(last, { recursive: true, force: true });
    },
  };
}
