/**
 * What is not entry-shaped, built once from the content collections: entries by slug and by
 * collection, the link graph (backlinks, ties), the link resolver and redirects. Pages and
 * endpoints ask this module; entry bodies render with `render(entry)` from `astro:content`.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildOptions } from '../config/build-options.ts';
import { linkKnowledgeBase, type KnowledgeBase } from '../lib/knowledge-base.ts';
import type { BodyLink } from '../lib/markdown/body-link.ts';
import { COLLECTIONS, type Entry } from '../lib/schema/index.ts';
import type { TocItem } from '../lib/view/toc.ts';

/** What the loader keeps beside an entry's rendered HTML (src/loaders/knowledge-base.ts). */
interface EntryMetadata {
  /** The body's headings, as Astro gives them (depth, id, text). */
  headings?: readonly { depth: number; slug: string; text: string }[];
  bodyLinks?: readonly BodyLink[];
  bodyLine?: number;
  /** A source's archived text: its paragraphs when the source publishes it, else none. */
  archive?: { paragraphs: readonly string[] };
}

function metadataOf(entry: CollectionEntry<CollectionKey>): EntryMetadata {
  return (entry.rendered?.metadata ?? {}) as EntryMetadata;
}

/** The sections and subsections of an entry's body, for its table of contents. */
export function bodySections(entry: CollectionEntry<CollectionKey>): TocItem[] {
  return (metadataOf(entry).headings ?? []).flatMap(({ depth, slug, text }) =>
    depth === 2 || depth === 3 ? [{ id: slug, text, level: depth }] : [],
  );
}

/** The core's view of a collection entry. */
function coreEntry(entry: CollectionEntry<CollectionKey>): Entry {
  return {
    collection: entry.collection,
    slug: entry.id,
    file: entry.filePath ?? '',
    data: entry.data,
    body: entry.body ?? '',
    bodyLine: metadataOf(entry).bodyLine ?? 1,
  } as Entry;
}

let knowledgeBase: Promise<KnowledgeBase> | undefined;

/** The content digest of each entry, as Astro's collections give it and as the core holds it. */
const digests = new WeakMap<object, string>();

/** The content digest of an entry of this build (either view of it), for pages' cache keys. */
export function entryDigest(value: object): string | undefined {
  return digests.get(value);
}

function digested(entry: CollectionEntry<CollectionKey>): Entry {
  const core = coreEntry(entry);
  if (entry.digest) {
    digests.set(entry, String(entry.digest));
    digests.set(core, String(entry.digest));
  }
  return core;
}

async function assemble(): Promise<KnowledgeBase> {
  const { release, base } = buildOptions();
  const collected = (await Promise.all(COLLECTIONS.map((name) => getCollection(name)))).flat();
  const links = new Map(collected.map((entry) => [entry.id, metadataOf(entry).bodyLinks ?? []]));
  const archives = collected.flatMap((entry) => {
    const archive = metadataOf(entry).archive;
    return archive ? [{ slug: entry.id, file: entry.filePath ?? '', paragraphs: archive.paragraphs }] : [];
  });
  return linkKnowledgeBase({ entries: collected.map(digested), bodyLinks: (slug) => links.get(slug) ?? [], archives, release, base });
}

/**
 * The knowledge base of this build, assembled on first request. Under `astro dev` it is
 * assembled per request instead, so that an edited entry's title shows on the pages linking to it.
 */
export function getKnowledgeBase(): Promise<KnowledgeBase> {
  if (import.meta.env.DEV) return assemble();
  knowledgeBase ??= assemble();
  return knowledgeBase;
}
