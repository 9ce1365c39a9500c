/**
 * What happened in each place, built once: the events there or anywhere within it, the ties held
 * there, and the actors seen there through either or through their listed regions.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { includedSlug } from './included.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import { placeAndAncestors, placeTree } from './place-tree.ts';
import { placeKeysByTie, tieIndex, type Tie } from './ties.ts';
import { timeline, type TimelineEvent } from './timeline.ts';

export interface PlaceIndex {
  /** Events in the place or within it, in time order. */
  events: ReadonlyMap<string, readonly TimelineEvent[]>;
  /** Ties holding in the place or within it, in time order. */
  ties: ReadonlyMap<string, readonly Tie[]>;
  /** Actors seen in the place or within it. */
  actors: ReadonlyMap<string, ReadonlySet<string>>;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const placeIndex = perKnowledgeBase((kb: KnowledgeBase): PlaceIndex => {
  const tree = placeTree(kb);
  const events = new Map<string, TimelineEvent[]>();
  const ties = new Map<string, Tie[]>();
  const actors = new Map<string, Set<string>>();
  const seen = (place: string, actor: string) => actors.set(place, (actors.get(place) ?? new Set()).add(actor));
  for (const event of timeline(kb)) {
    for (const place of event.placeKeys) {
      add(events, place, event);
      for (const { actor } of event.participants) seen(place, actor);
    }
  }
  const allTies = tieIndex(kb).ties;
  const keys = placeKeysByTie(allTies, tree);
  for (const tie of allTies) {
    if (tie.scope.length === 0) continue;
    for (const place of keys.get(tie.slug)!) {
      add(ties, place, tie);
      seen(place, tie.from);
      seen(place, tie.to);
    }
  }
  for (const actor of kb.byCollection.actors) {
    for (const region of actor.data.regions) {
      const place = includedSlug(kb, region, 'places');
      if (place) for (const key of placeAndAncestors(tree, place)) seen(key, actor.slug);
    }
  }
  return { events, ties, actors };
});
