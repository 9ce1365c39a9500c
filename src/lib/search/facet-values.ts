/**
 * The values an entry is filed under in search, from its references and dates. References are
 * resolved through the knowledge base, so an entry left out of the release never appears as a
 * value (and a withheld place ends a parent chain). Each collection says which of its fields
 * give which facet in its descriptor (src/lib/collections/).
 */
import { parsePartialDate } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';

/** A range wider than this many years is filed under its first and last years only. */
const MAX_EXPANDED_YEARS = 30;

/** The entry a reference names, when it is in the release. */
export function includedEntry(kb: KnowledgeBase, slug: string): Entry | undefined {
  const resolution = kb.resolve(slug);
  return resolution.status === 'entry' ? resolution.entry : undefined;
}

/** Titles of the included actors among `slugs`. */
export function actorTitles(kb: KnowledgeBase, slugs: readonly string[]): string[] {
  return slugs.flatMap((slug) => {
    const entry = includedEntry(kb, slug);
    return entry?.collection === 'actors' ? [entry.data.title] : [];
  });
}

/** Titles of the included places among `slugs`, each with the places that contain it. */
export function placeTitles(kb: KnowledgeBase, slugs: readonly string[]): string[] {
  const titles: string[] = [];
  for (const slug of slugs) {
    const seen = new Set<string>();
    for (let place = includedEntry(kb, slug); place?.collection === 'places' && !seen.has(place.slug);) {
      seen.add(place.slug);
      titles.push(place.data.title);
      place = place.data.parent ? includedEntry(kb, place.data.parent) : undefined;
    }
  }
  return titles;
}

/** Every year from `start` to `end` (partial dates); one end alone gives its year. */
export function years(start: string | undefined, end: string | undefined): string[] {
  const first = start ? parsePartialDate(start).year : undefined;
  const last = end ? parsePartialDate(end).year : undefined;
  if (first === undefined || last === undefined) return [first ?? last].filter((y) => y !== undefined).map(String);
  if (last - first > MAX_EXPANDED_YEARS) return [String(first), String(last)];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** A facet the collection is never filed under. */
export const noValues = (): string[] => [];
