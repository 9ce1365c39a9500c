/**
 * The pipeline from a content folder to everything a page needs: load and validate every
 * file, check the rules that span entries, filter for the release, build the link graph.
 */
import { loadContent } from './content/load.ts';
import { buildEntryIndex, liveSlug } from './entry-index.ts';
import { buildLinkGraph, type LinkGraph } from './graph.ts';
import {
  checkBodies, checkDuplicateSlugs, checkFormerSlugs, checkPlaceCycles, checkReferences,
} from './integrity.ts';
import { createLinkResolver, type LinkResolver } from './links.ts';
import { analyzeBody, type BodyAnalysis, type BodyLink } from './markdown/body.ts';
import { createBodyRenderer } from './markdown/render.ts';
import { sortProblems, type Problem } from './problems.ts';
import { filterForRelease } from './release.ts';
import { COLLECTIONS, type CollectionName, type Entry, type EntryOf, type Marking } from './schema/index.ts';

export interface KnowledgeBaseOptions {
  root: string;
  contentDir: string;
  /** Entries marked above this level are left out of everything built. */
  release: Marking;
  /** The site's base path, e.g. "/" or "/kb/". */
  base: string;
  /** Components bodies may use without importing them. */
  components: readonly string[];
}

export interface KnowledgeBase {
  release: Marking;
  base: string;
  /** Included entries, by slug. */
  bySlug: ReadonlyMap<string, Entry>;
  /** Included entries of each collection, sorted by title. */
  byCollection: { readonly [C in CollectionName]: readonly EntryOf<C>[] };
  graph: LinkGraph;
  resolve: LinkResolver;
  /** Former slugs of included entries, for redirect pages. */
  redirects: readonly { from: string; to: Entry }[];
  /** The HTML of an included entry's body, wiki-links resolved; rendered on first request, then kept. */
  bodyHtml(slug: string): string;
}

export interface CheckResult {
  problems: Problem[];
  /** What may be a mistake but stops nothing (an editor's backup beside the entries). */
  warnings: Problem[];
  /** Present only when there are no problems. */
  knowledgeBase?: KnowledgeBase;
  /** How many files were read. */
  fileCount: number;
}

/** English title order, as `localeCompare(…, 'en')` but without building a collator per comparison. */
export const titleOrder = new Intl.Collator('en');

/** Body analyses by entry, kept for the process, like the files' (content/load.ts): redone only for a changed body. */
const analyses = new WeakMap<Entry, BodyAnalysis>();

function bodyAnalysis(entry: Entry, components: readonly string[]): BodyAnalysis {
  let analysis = analyses.get(entry);
  if (!analysis) analyses.set(entry, (analysis = analyzeBody(entry.body, { components })));
  return analysis;
}

export function loadKnowledgeBase(options: KnowledgeBaseOptions): CheckResult {
  const content = loadContent(options);
  const index = buildEntryIndex(content.slugs, content.entries);
  const bodies = new Map<string, BodyAnalysis>(content.entries.map((entry) => [entry.slug, bodyAnalysis(entry, options.components)]));
  const crossEntryProblems = [
    ...checkDuplicateSlugs(content.slugs),
    ...checkFormerSlugs(content.entries, index),
    ...checkReferences(content.entries, index),
    ...checkPlaceCycles(content.entries.filter((e): e is EntryOf<'places'> => e.collection === 'places'), index),
    ...checkBodies(content.entries, bodies, index),
  ];
  const problems = sortProblems([
    ...content.problems,
    // Cross-entry checks name the field; the line comes from the file's frontmatter.
    ...crossEntryProblems.map((problem) =>
      problem.line === undefined && problem.field ? { ...problem, line: content.lineOf(problem.file, problem.field) } : problem,
    ),
  ]);
  const fileCount = content.slugs.length;
  const warnings = sortProblems(content.warnings);
  if (problems.length) return { problems, warnings, fileCount };
  return { problems, warnings, fileCount, knowledgeBase: assemble(content.entries, bodies, index, options) };
}

function assemble(
  entries: readonly Entry[],
  bodies: ReadonlyMap<string, BodyAnalysis>,
  index: ReturnType<typeof buildEntryIndex>,
  { release, base }: KnowledgeBaseOptions,
): KnowledgeBase {
  const { included, withheld } = filterForRelease(entries, release);
  const bySlug = new Map(included.map((entry) => [entry.slug, entry]));
  const byTitle = (a: Entry, b: Entry) => titleOrder.compare(a.data.title, b.data.title);
  const byCollection = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, included.filter((e) => e.collection === collection).sort(byTitle)]),
  ) as unknown as KnowledgeBase['byCollection'];
  const bodyLinks = new Map<string, readonly BodyLink[]>([...bodies].map(([slug, body]) => [slug, body.links]));
  const graph = buildLinkGraph(included, bodyLinks, (target) => {
    const live = liveSlug(index, target);
    return live !== undefined && bySlug.has(live) ? live : undefined;
  });
  const resolve = createLinkResolver({ bySlug, formerSlugs: index.formerSlugs, withheld, base });
  const redirects = included.flatMap((entry) => entry.data.formerSlugs.map((from) => ({ from, to: entry })));
  const render = createBodyRenderer(resolve);
  const rendered = new Map<string, string>();
  const bodyHtml = (slug: string) => {
    let html = rendered.get(slug);
    if (html === undefined) {
      const entry = bySlug.get(slug);
      if (!entry) throw new Error(`No entry "${slug}" in this release`);
      html = render(entry.body, bodies.get(slug)?.mdxSyntax ?? true);
      rendered.set(slug, html);
    }
    return html;
  };
  return { release, base, bySlug, byCollection, graph, resolve, redirects, bodyHtml };
}
