/**
 * The rules of the content model that span entries: unique slugs, references that exist and
 * point at the right collection, former slugs, place hierarchy, wiki-links and body rules.
 * Astro only logs a dangling reference; these checks fail the build.
 */
import { liveSlug, type EntryIndex } from './entry-index.ts';
import type { BodyAnalysis } from './markdown/body.ts';
import { didYouMean, type Problem } from './problems.ts';
import { frontmatterReferences } from './references.ts';
import { sitePathProblem } from './site-routes.ts';
import type { CollectionName, Entry, EntryOf } from './schema/index.ts';
import { closestMatch } from './slugs.ts';

const SINGULAR: Record<CollectionName, string> = {
  actors: 'an actor',
  events: 'an event',
  relationships: 'a relationship',
  judgments: 'a judgment',
  sources: 'a source',
  places: 'a place',
  briefings: 'a briefing',
};

function candidates(index: EntryIndex, expected: readonly CollectionName[]): string[] {
  return [...index.collectionOf].filter(([, collection]) => expected.includes(collection)).map(([slug]) => slug);
}

export function checkDuplicateSlugs(slugs: readonly { slug: string; collection: CollectionName; file: string }[]): Problem[] {
  const files = new Map<string, string[]>();
  for (const { slug, file } of slugs) files.set(slug, [...(files.get(slug) ?? []), file]);
  return [...files].flatMap(([slug, paths]) =>
    paths.length < 2
      ? []
      : paths.map((file) => ({
          rule: 'duplicate-slug' as const,
          file,
          message: `slug "${slug}" is used by ${paths.length} files (${paths.join(', ')}); a slug must be unique across all collections`,
        })),
  );
}

export function checkFormerSlugs(entries: readonly Entry[], index: EntryIndex): Problem[] {
  const claimedBy = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    entry.data.formerSlugs.forEach((former, i) => {
      const field = `formerSlugs[${i}]`;
      if (index.collectionOf.has(former)) {
        problems.push({
          rule: 'former-slug-collision',
          file: entry.file,
          field,
          message: `"${former}" is the slug of a live entry (${index.collectionOf.get(former)}/${former}); a former slug must not collide with a live slug`,
        });
      } else if (claimedBy.has(former)) {
        problems.push({
          rule: 'former-slug-collision',
          file: entry.file,
          field,
          message: `"${former}" is already a former slug of "${claimedBy.get(former)}"`,
        });
      } else {
        claimedBy.set(former, entry.slug);
      }
    });
  }
  return problems;
}

export function checkReferences(entries: readonly Entry[], index: EntryIndex): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const reference of frontmatterReferences(entry)) {
      const live = liveSlug(index, reference.target);
      const expected = reference.expected.map((c) => SINGULAR[c]).join(' or ');
      const base = { file: entry.file, field: reference.field };
      if (live === undefined) {
        const suggestion = closestMatch(reference.target, candidates(index, reference.expected));
        problems.push({
          ...base,
          rule: 'unknown-reference',
          message: `"${reference.target}" is not the slug of any entry; expected ${expected}${didYouMean(suggestion)}`,
        });
        continue;
      }
      const actual = index.collectionOf.get(live)!;
      if (!reference.expected.includes(actual)) {
        problems.push({
          ...base,
          rule: 'wrong-collection',
          message: `"${reference.target}" is ${SINGULAR[actual]} (${actual}/${live}); expected ${expected}`,
        });
      }
    }
  }
  return problems;
}

export function checkPlaceCycles(places: readonly EntryOf<'places'>[], index: EntryIndex): Problem[] {
  const parentOf = new Map(places.map((place) => [place.slug, place.data.parent && liveSlug(index, place.data.parent)]));
  const fileOf = new Map(places.map((place) => [place.slug, place.file]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const place of places) {
    const path: string[] = [];
    let current: string | undefined = place.slug;
    while (current !== undefined && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current === undefined || reported.has(current)) continue;
    const cycle = path.slice(path.indexOf(current));
    cycle.forEach((slug) => reported.add(slug));
    const first = [...cycle].sort()[0]!;
    const ordered = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
    problems.push({
      rule: 'place-parent-cycle',
      file: fileOf.get(first)!,
      field: 'parent',
      message: `places form a cycle through "parent": ${ordered.join(' → ')}; a place cannot contain itself`,
    });
  }
  return problems;
}

/** Body rules across entries: links point at entries, and links by path at the site's pages (`routes`, src/lib/site-routes.ts). */
export function checkBodies(
  entries: readonly Entry[],
  bodies: ReadonlyMap<string, BodyAnalysis>,
  index: EntryIndex,
  routes: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const allSlugs = [...index.collectionOf.keys()];
  for (const entry of entries) {
    const analysis = bodies.get(entry.slug);
    if (!analysis) continue;
    const fileLine = (line: number) => entry.bodyLine + line - 1;
    for (const issue of analysis.issues) {
      problems.push({ rule: issue.rule, file: entry.file, line: fileLine(issue.line), message: issue.message });
    }
    for (const link of analysis.links) {
      if (liveSlug(index, link.target) !== undefined) continue;
      problems.push({
        rule: 'unknown-wiki-link',
        file: entry.file,
        line: fileLine(link.line),
        message: `${link.href === undefined ? `wiki-link [[${link.target}]]` : `link to "${link.href}"`} points at no entry${didYouMean(closestMatch(link.target, allSlugs))}`,
      });
    }
    for (const { href, line } of analysis.sitePaths) {
      const problem = sitePathProblem(href, routes, allSlugs);
      if (problem) problems.push({ ...problem, file: entry.file, line: fileLine(line) });
    }
  }
  return problems;
}
