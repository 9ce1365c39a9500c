/**
 * The content layer's loader: one load of the content folder by the core serves the seven
 * collections. It runs the same check as `npm run check` (every problem at once, the build
 * fails), keeps only the entries of the release level, and stores each with its data, file,
 * digest, headings and the body already rendered to HTML (so `render(entry)` needs no module per
 * entry; a body with components is compiled by @astrojs/mdx from its file instead). Under `astro dev` it watches the content folder and updates the stores after an edit.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { resolve, sep } from 'node:path';
import { buildOptions } from '../config/build-options.ts';
import { loadKnowledgeBase, type CheckResult, type KnowledgeBaseOptions, type LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { plainBodyLink } from '../lib/markdown/body-link.ts';
import { formatProblem } from '../lib/problems.ts';
import { forgetLoadedFiles } from '../lib/content/load.ts';
import { COLLECTIONS, type CollectionName } from '../lib/schema/index.ts';
import { bodyHeadings } from '../lib/view/toc.ts';
import { buildCheckOf } from '../integration/build-check.ts';

/** Thrown when the content has problems: the message lists them all, as `npm run check` does. */
class ContentProblemsError extends Error {
  constructor(result: CheckResult) {
    super(`${result.problems.length} content problem(s); nothing was built:\n${result.problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentProblemsError';
  }
}

/** The key under which a collection's store records the release level it was filled for. */
const RELEASE_KEY = 'release';

/**
 * One load for the seven loaders of a sync: the first asks, the others reuse it; a collection
 * asking twice means a new sync (a config change under `astro dev`), which loads again.
 */
let shared: { result: CheckResult; servedTo: Set<CollectionName> } | undefined;

function loadFor(collection: CollectionName, options: KnowledgeBaseOptions, context: LoaderContext): CheckResult {
  if (!shared || shared.servedTo.has(collection))
    shared = { result: buildCheckOf(context.config) ?? loadKnowledgeBase(options), servedTo: new Set() };
  shared.servedTo.add(collection);
  const { result } = shared;
  // When every collection has its entries, the loader lets go of the load (the pages read the
  // store; a build's integration keeps its check for the search index).
  if (!context.watcher && shared.servedTo.size === COLLECTIONS.length) {
    shared = undefined;
    forgetLoadedFiles();
  }
  return result;
}

/** The stores of the collections loaded so far, to update after an edit under `astro dev`. */
const contexts = new Map<CollectionName, LoaderContext>();

/**
 * Whether a source's text is archived, and the text itself only when the source publishes it
 * (`archive: public`): a private archive never enters the store.
 */
function archiveOf(kb: LoadedKnowledgeBase, slug: string): { archive?: { paragraphs: readonly string[] } } {
  if (!kb.archived.has(slug)) return {};
  return { archive: { paragraphs: kb.publicArchives.get(slug)?.paragraphs ?? [] } };
}

/**
 * What a body compiled by @astrojs/mdx shows besides its own text: the titles and addresses of the
 * entries it links to or quotes (`<Quote source>`), which change with those entries, not with its file.
 */
function compiledBodyShows(kb: LoadedKnowledgeBase, slug: string): unknown[] {
  return kb.bodyLinks(slug).map(({ target }) => {
    const resolution = kb.resolve(target);
    return resolution.status === 'entry' ? [resolution.href, resolution.entry.data.title] : resolution.status;
  });
}

function fillStore(collection: CollectionName, kb: LoadedKnowledgeBase, context: LoaderContext): void {
  const { store, meta } = context;
  // A store filled for another release level may hold entries this level withholds: start afresh.
  if (meta.get(RELEASE_KEY) !== kb.release) {
    store.clear();
    meta.set(RELEASE_KEY, kb.release);
  }
  const included = new Set<string>();
  for (const entry of kb.byCollection[collection]) {
    included.add(entry.slug);
    // A body with components renders through @astrojs/mdx from its file; the rest from HTML made here.
    const deferredRender = kb.bodyIsMdx(entry.slug);
    const html = deferredRender ? '' : kb.bodyHtml(entry.slug);
    // The headings of either kind of body, as Astro gives them (`render(entry).headings`).
    const headings = bodyHeadings(kb.bodyHtml(entry.slug)).map(({ id, text, level }) => ({ depth: level, slug: id, text }));
    const bodyLinks = kb.bodyLinks(entry.slug).map(plainBodyLink);
    const stored = {
      data: entry.data,
      // The source text only where pages read it (a briefing's reading time); the rest render from `html`.
      ...(entry.collection === 'briefings' ? { body: entry.body } : {}),
      filePath: entry.file,
      rendered: { html, metadata: { headings, bodyLinks, bodyLine: entry.bodyLine, ...archiveOf(kb, entry.slug) } },
      deferredRender,
    };
    // Astro keeps an entry whose digest is unchanged as it was stored: the digest covers all of it,
    // and for a body compiled from its file, which `stored` does not hold, that body and what it
    // shows of other entries (pages are cached by digest: without the body, a sentence added to it
    // left the page as it was).
    const digested = deferredRender ? { stored, body: entry.body, compiled: compiledBodyShows(kb, entry.slug) } : stored;
    store.set({ id: entry.slug, ...stored, digest: context.generateDigest(JSON.stringify(digested)) });
    // Astro lists the modules of such bodies in .astro/content-modules.mjs, in the project, but rewrites it only when
    // its store changed: a store kept in a build cache of its own (KB_CACHE_DIR) can be unchanged while another
    // content folder's build rewrote that list. Naming every module each time has the list written whole.
    if (deferredRender) store.addModuleImport(entry.file);
  }
  // Deleted files, and entries now withheld, leave the store.
  for (const id of store.keys()) if (!included.has(id)) store.delete(id);
}

function watchContent(options: KnowledgeBaseOptions, { watcher, logger }: LoaderContext): void {
  if (!watcher) return;
  const folder = resolve(options.contentDir) + sep;
  watcher.add(folder);
  const reload = (path: string) => {
    if (!resolve(path).startsWith(folder)) return;
    const started = performance.now();
    shared = undefined;
    const result = loadKnowledgeBase(options);
    if (!result.knowledgeBase) {
      logger.error(new ContentProblemsError(result).message);
      return;
    }
    for (const [collection, context] of contexts) fillStore(collection, result.knowledgeBase, context);
    logger.info(
      `${path.slice(folder.length)} changed: ${result.fileCount} entries loaded again in ${Math.round(performance.now() - started)} ms.`,
    );
  };
  watcher.on('change', reload).on('add', reload).on('unlink', reload);
}

/** The loader of one collection; all seven share one load of the content folder. */
export function knowledgeBaseLoader(collection: CollectionName): Loader {
  return {
    name: 'knowledge-base-loader',
    load: async (context) => {
      const options = buildOptions();
      const result = loadFor(collection, options, context);
      if (!result.knowledgeBase) throw new ContentProblemsError(result);
      if (contexts.size === 0) watchContent(options, context);
      contexts.set(collection, context);
      fillStore(collection, result.knowledgeBase, context);
    },
  };
}
