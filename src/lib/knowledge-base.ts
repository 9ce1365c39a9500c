/**
 * The pipeline from a content folder to everything a page needs: load and validate every
 * file, check the rules that span entries, filter for the release, build the link graph.
 */
import { loadContent } from './content/load.ts';
import { buildEntryIndex } from './entry-index.ts';
import { buildLinkGraph, type LinkGraph } from './graph.ts';
import { checkBodies, checkDuplicateSlugs, checkFormerSlugs, checkPlaceCycles, checkReferences } from './integrity.ts';
import { createLinkResolver, type LinkResolver } from './links.ts';
import { analyzeBody, type BodyAnalysis } from './markdown/body.ts';
import type { BodyLink } from './markdown/body-link.ts';
import { createBodyRenderer, rendersAsMdx } from './markdown/render.ts';
import { sortProblems, type Problem } from './problems.ts';
import type { ArchivedText } from './provenance/archive.ts';
import { checkProvenance } from './provenance/check.ts';
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
  /** The site's routes other than entry pages, which body links by path may name (read when checking: src/lib/site-routes.ts). */
  siteRoutes: () => readonly string[];
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
  /** Included sources whose text is archived (content/sources/<slug>.txt), published or not. */
  archived: ReadonlySet<string>;
  /** The archived texts of included sources marked `archive: public`: the only ones a build may publish. */
  publicArchives: ReadonlyMap<string, ArchivedText>;
}

/** The knowledge base as loaded from the content folder: also every body's links and HTML. */
export interface LoadedKnowledgeBase extends KnowledgeBase {
  /** The wiki-links of an included entry's body, with the sentence each sits in. */
  bodyLinks: (slug: string) => readonly BodyLink[];
  /** The HTML of an included entry's body, wiki-links resolved; rendered on first request, then kept. */
  bodyHtml: (slug: string) => string;
  /** Whether the body reads as MDX (components, expressions): pages render it through @astrojs/mdx. */
  bodyIsMdx: (slug: string) => boolean;
}

export interface CheckResult {
  /** Errors: any of them stops the build. */
  problems: Problem[];
  /** Warnings (estimative language, quotations in prose, editor backups and stray files): reported, not blocking; errors under --strict. */
  warnings: Problem[];
  /** Present only when there are no problems. */
  knowledgeBase?: LoadedKnowledgeBase;
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
  const provenance = checkProvenance({
    entries: content.entries,
    slugs: content.slugs,
    archives: content.archives,
    bodies,
    lineOf: content.lineOf,
  });
  const crossEntryProblems = [
    ...provenance.errors,
    ...checkDuplicateSlugs(content.slugs),
    ...checkFormerSlugs(content.entries, index),
    ...checkReferences(content.entries, index),
    ...checkPlaceCycles(
      content.entries.filter((e): e is EntryOf<'places'> => e.collection === 'places'),
      index,
    ),
    ...checkBodies(content.entries, bodies, index, options.siteRoutes()),
  ];
  const problems = sortProblems([
    ...content.problems,
    // Cross-entry checks name the field; the line comes from the file's frontmatter.
    ...crossEntryProblems.map((problem) =>
      problem.line === undefined && problem.field ? { ...problem, line: content.lineOf(problem.file, problem.field) } : problem,
    ),
  ]);
  const fileCount = content.slugs.length;
  const warnings = sortProblems([...provenance.warnings, ...content.warnings]);
  if (problems.length) return { problems, warnings, fileCount };
  return { problems, warnings, fileCount, knowledgeBase: assemble(content.entries, content.archives, bodies, index, options) };
}

function assemble(
  entries: readonly Entry[],
  archives: readonly ArchivedText[],
  bodies: ReadonlyMap<string, BodyAnalysis>,
  index: ReturnType<typeof buildEntryIndex>,
  { release, base }: KnowledgeBaseOptions,
): LoadedKnowledgeBase {
  const { included, withheld } = filterForRelease(entries, release);
  const bodyLinks = (slug: string) => bodies.get(slug)?.links ?? [];
  const kb = linkKnowledgeBase({ entries: included, bodyLinks, archives, formerSlugs: index.formerSlugs, withheld, release, base });
  const render = createBodyRenderer(kb.resolve, base);
  const rendered = new Map<string, string>();
  const bodyHtml = (slug: string) => {
    let html = rendered.get(slug);
    if (html === undefined) {
      const entry = kb.bySlug.get(slug);
      if (!entry) throw new Error(`No entry "${slug}" in this release`);
      html = render(entry.body, bodies.get(slug)?.mdxSyntax ?? true);
      rendered.set(slug, html);
    }
    return html;
  };
  const bodyIsMdx = (slug: string) => rendersAsMdx(kb.bySlug.get(slug)?.body ?? '', bodies.get(slug)?.mdxSyntax ?? true);
  return { ...kb, bodyLinks, bodyHtml, bodyIsMdx };
}

export interface LinkInput {
  /** The entries of the release, and only those (`linkKnowledgeBase` orders them by collection). */
  entries: readonly Entry[];
  bodyLinks: (slug: string) => readonly BodyLink[];
  /** Archived source texts; a text that may not be published may come without its paragraphs. */
  archives: readonly ArchivedText[];
  release: Marking;
  base: string;
  /** Former slug → live slug; by default those of `entries`. */
  formerSlugs?: ReadonlyMap<string, string>;
  /** Slugs left out of the release; unknown when the entries come from the release alone (see links.ts). */
  withheld?: ReadonlySet<string>;
}

/**
 * The cross-entry structure of a release, built once: entries by slug and by collection, the
 * link graph (frontmatter references and body links, both ways), the resolver, redirects and
 * which sources have their text archived.
 */
export function linkKnowledgeBase({ entries: given, bodyLinks, archives, release, base, formerSlugs, withheld }: LinkInput): KnowledgeBase {
  // Collection by collection in one order, each in the order given, however the entries were
  // gathered (the content folder's files for the check, Astro's collections for the pages): so the
  // graph lists backlinks alike for every export, whichever of the two made it.
  const entries = COLLECTIONS.flatMap((collection) => given.filter((entry) => entry.collection === collection));
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const byTitle = (a: Entry, b: Entry) => titleOrder.compare(a.data.title, b.data.title);
  const byCollection = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, entries.filter((e) => e.collection === collection).sort(byTitle)]),
  ) as unknown as KnowledgeBase['byCollection'];
  const former = formerSlugs ?? new Map(entries.flatMap((entry) => entry.data.formerSlugs.map((from) => [from, entry.slug] as const)));
  const links = new Map<string, readonly BodyLink[]>(entries.map((entry) => [entry.slug, bodyLinks(entry.slug)]));
  const graph = buildLinkGraph(entries, links, (target) => {
    const live = bySlug.has(target) ? target : former.get(target);
    return live !== undefined && bySlug.has(live) ? live : undefined;
  });
  const resolve = createLinkResolver({ bySlug, formerSlugs: former, ...(withheld ? { withheld } : {}), base });
  const redirects = entries.flatMap((entry) => entry.data.formerSlugs.map((from) => ({ from, to: entry })));
  const sourceOf = (archive: ArchivedText) => {
    const entry = bySlug.get(archive.slug);
    return entry?.collection === 'sources' ? entry : undefined;
  };
  const archivedSources = archives.filter((archive) => sourceOf(archive));
  const archived = new Set(archivedSources.map((archive) => archive.slug));
  const publicArchives = new Map(
    archivedSources.filter((archive) => sourceOf(archive)?.data.archive === 'public').map((archive) => [archive.slug, archive]),
  );
  return { release, base, bySlug, byCollection, graph, resolve, redirects, archived, publicArchives };
}
