/**
 * The one place that resolves a link target (a slug, or a former slug) to what a page shows:
 * the entry with its URL, "withheld" for an entry left out of this release, or unknown.
 */
import { entryPath } from './paths.ts';
import type { Entry } from './schema/index.ts';

export type LinkResolution = { status: 'entry'; entry: Entry; href: string } | { status: 'withheld' } | { status: 'unknown' };

export interface LinkResolverInput {
  /** Entries included in this release. */
  bySlug: ReadonlyMap<string, Entry>;
  /** Former slug → live slug. */
  formerSlugs: ReadonlyMap<string, string>;
  /**
   * Slugs of entries left out of this release. Omitted when only the release is known (pages
   * reading the content collections): every other target then reads as withheld, never as its
   * slug, since the check has already refused targets that exist nowhere.
   */
  withheld?: ReadonlySet<string>;
  base: string;
}

export type LinkResolver = (target: string) => LinkResolution;

export function createLinkResolver({ bySlug, formerSlugs, withheld, base }: LinkResolverInput): LinkResolver {
  return (target) => {
    const slug = bySlug.has(target) || withheld?.has(target) ? target : formerSlugs.get(target);
    if (slug === undefined) return withheld ? { status: 'unknown' } : { status: 'withheld' };
    const entry = bySlug.get(slug);
    if (!entry) return { status: 'withheld' };
    return { status: 'entry', entry, href: entryPath(base, entry.collection, entry.slug) };
  };
}

/** The text a link shows: the author's label, else the entry's title; never a withheld entry's title. */
export function linkText(resolution: LinkResolution, label: string | undefined, target: string): string {
  if (label) return label;
  if (resolution.status === 'entry') return resolution.entry.data.title;
  if (resolution.status === 'withheld') return 'withheld';
  return target;
}
