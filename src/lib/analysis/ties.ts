/**
 * Relationships as ties between included actors, with the days they may cover and where they
 * hold, plus the filters the analysis views share: as of a day, and within a place.
 *
 * Dating rule: a tie counts from the first day of its start and to the last day of its end, so a
 * tie that began "2015" is active on 2015-04-01, and one that ended "2014-10" is active on
 * 2014-10-31. A tie with no start is "since unknown": active on every day up to its end. A tie
 * with no end is "to unknown": active from its start on.
 */
import { comparePartialDates, dateRangeInterval, intervalContains, type DayInterval } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Confidence, EntryOf } from '../schema/index.ts';
import { DIRECTED_RELATIONSHIP_KINDS, type RelationshipKind } from '../schema/relationships.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import { includedSlug } from './included.ts';
import { placeAndAncestors, placeTree, type PlaceTree } from './place-tree.ts';

/** The dating rule above, in words for readers (shown beside the date control and in the JSON). */
export const DATING_RULE =
  'A tie dated only to a year or month counts from the first day of its start to the last day of its end. ' +
  'A tie with no start date is shown as “since unknown” and counts at every date up to its end.';

export interface Tie {
  /** The relationship's slug. */
  slug: string;
  from: string;
  to: string;
  kind: RelationshipKind;
  /** `from` acts on `to` (allegiance, branch, leadership …); otherwise both sides alike. */
  directed: boolean;
  start?: string;
  end?: string;
  interval: DayInterval;
  /** Included places where the tie holds; empty with `scopeWithheld` false means organization-wide. */
  scope: string[];
  /** Some places it holds in are withheld from this release: the tie is local, not organization-wide. */
  scopeWithheld: boolean;
  confidence: Confidence;
  /** Included events that show the tie. */
  evidence: string[];
}

export interface TieIndex {
  /** Every tie between two included actors, in time order. */
  ties: readonly Tie[];
  /** The ties each actor takes part in, in time order. */
  byActor: ReadonlyMap<string, readonly Tie[]>;
  places: PlaceTree;
}

const DIRECTED = new Set<RelationshipKind>(DIRECTED_RELATIONSHIP_KINDS);

/** The tie a relationship makes, or undefined when one of its actors is not in the release. */
function tieOf(kb: KnowledgeBase, { slug, data }: EntryOf<'relationships'>): Tie | undefined {
  const from = includedSlug(kb, data.from, 'actors');
  const to = includedSlug(kb, data.to, 'actors');
  if (!from || !to) return undefined;
  const scope = data.scope.map((place) => includedSlug(kb, place, 'places'));
  return {
    slug,
    from,
    to,
    kind: data.kind,
    directed: DIRECTED.has(data.kind),
    ...(data.start ? { start: data.start } : {}),
    ...(data.end ? { end: data.end } : {}),
    interval: dateRangeInterval(data.start, data.end),
    scope: scope.filter((place) => place !== undefined),
    scopeWithheld: scope.includes(undefined),
    confidence: data.confidence,
    evidence: data.evidence.map((event) => includedSlug(kb, event, 'events')).filter((event) => event !== undefined),
  };
}

/** Time order: undated starts ("since unknown") first, then by first day, end, kind and slug. */
export function compareTies(a: Tie, b: Tie): number {
  if (!a.start !== !b.start) return a.start ? 1 : -1;
  if (!a.end !== !b.end) return a.end ? -1 : 1;
  return (
    (a.start && b.start ? comparePartialDates(a.start, b.start) : 0) ||
    (a.end && b.end ? comparePartialDates(a.end, b.end) : 0) ||
    a.kind.localeCompare(b.kind) ||
    a.slug.localeCompare(b.slug)
  );
}

export const tieIndex = perKnowledgeBase((kb): TieIndex => {
  const ties = kb.byCollection.relationships
    .map((entry) => tieOf(kb, entry))
    .filter((tie) => tie !== undefined)
    .sort(compareTies);
  const byActor = new Map<string, Tie[]>();
  for (const tie of ties) {
    for (const actor of [tie.from, tie.to]) byActor.set(actor, [...(byActor.get(actor) ?? []), tie]);
  }
  return { ties, byActor, places: placeTree(kb) };
});

export function isOrganizationWide(tie: Tie): boolean {
  return tie.scope.length === 0 && !tie.scopeWithheld;
}

/** Active on a day ("YYYY-MM-DD"), by the dating rule above. */
export function isActiveOn(tie: Tie, day: string): boolean {
  return intervalContains(tie.interval, day);
}

export function tiesActiveOn(ties: readonly Tie[], day: string): Tie[] {
  return ties.filter((tie) => isActiveOn(tie, day));
}

/**
 * The places a reader can choose to see a tie under: every place it holds in and every place
 * containing one (a tie in Qalamoun also shows under Syria). An organization-wide tie shows
 * under each place where both its actors have a local tie, as the background to that local tie
 * ("enemies at the top, truce in Qalamoun").
 */
export function placeKeysByTie(ties: readonly Tie[], places: PlaceTree): Map<string, string[]> {
  const localKeys = new Map(ties.map((tie) => [tie.slug, [...new Set(tie.scope.flatMap((place) => placeAndAncestors(places, place)))]]));
  const actorsByPlace = new Map<string, Set<string>>();
  for (const tie of ties) {
    for (const place of localKeys.get(tie.slug)!) {
      const actors = actorsByPlace.get(place) ?? new Set<string>();
      actors.add(tie.from).add(tie.to);
      actorsByPlace.set(place, actors);
    }
  }
  return new Map(
    ties.map((tie) => [
      tie.slug,
      isOrganizationWide(tie)
        ? [...actorsByPlace]
            .filter(([, actors]) => actors.has(tie.from) && actors.has(tie.to))
            .map(([place]) => place)
            .sort()
        : localKeys.get(tie.slug)!,
    ]),
  );
}

/** The ties shown for a place: those holding there or within it, and the organization-wide ties behind them. */
export function tiesInPlace(ties: readonly Tie[], places: PlaceTree, place: string): Tie[] {
  const keys = placeKeysByTie(ties, places);
  return ties.filter((tie) => keys.get(tie.slug)!.includes(place));
}
