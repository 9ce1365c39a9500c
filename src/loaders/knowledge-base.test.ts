import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgeBaseLoader } from './knowledge-base.ts';

interface StoredEntry {
  id: string;
  digest?: string;
  filePath?: string;
  rendered?: { html: string; metadata?: { headings?: { slug: string }[] } };
}

/** A collection's store as Astro's behaves where it matters here: an entry set again with the same digest is kept as it was. */
function collectionStore() {
  const entries = new Map<string, StoredEntry>();
  /** The files whose module Astro lists in .astro/content-modules.mjs, named since it was last written. */
  const modules = new Set<string>();
  return {
    entries,
    modules,
    addModuleImport: (file: string) => modules.add(file),
    set: (entry: StoredEntry) => {
      if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
    clear: () => entries.clear(),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'kb-loader-'));
const contentDir = process.env.CONTENT_DIR;
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  if (contentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = contentDir;
});

describe('the knowledge-base loader', () => {
  it('updates an entry whose stored parts changed even where its data did not (the headings of a body with components)', async () => {
    cpSync('tests/fixtures/valid', folder, { recursive: true });
    process.env.CONTENT_DIR = folder;
    const store = collectionStore();
    const context = {
      store,
      meta: new Map<string, string>(),
      config: { integrations: [] },
      generateDigest: (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex'),
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    } as unknown as LoaderContext;
    const loader = knowledgeBaseLoader('actors');
    const file = join(folder, 'actors', 'group-a.mdx');
    const headingsOfGroupA = () => store.get('group-a')?.rendered?.metadata?.headings?.map((heading) => heading.slug);

    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## Early years\n\n<Aside>Thin reporting.</Aside>\n`);
    await loader.load(context);
    expect(headingsOfGroupA()).toEqual(['early-years']);

    writeFileSync(file, readFileSync(file, 'utf8').replace('## Early years', '## First years'));
    await loader.load(context);
    expect(headingsOfGroupA()).toEqual(['first-years']);

    // Unchanged, its module is named again: Astro rewrites its list of modules only when one is named.
    store.modules.clear();
    await loader.load(context);
    expect([...store.modules]).toEqual([store.get('group-a')?.filePath]);
  });
});
