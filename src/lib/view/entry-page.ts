/**
 * Everything an entry page shows besides the entry's own body, computed in one place so that the
 * page renders from it alone (and its cache key is a digest of it).
 */
import type { SiteHistory } from '../history/editions.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import { backlinkGroups, type BacklinkGroup } from './backlinks.ts';
import { briefingView, type BriefingView } from './briefing.ts';
import { entryHistoryView, type EntryHistoryView } from './changes-view.ts';
import { evidenceLedger, type EvidenceLedger } from './evidence.ts';
import { type FactRow } from './fact-rows.ts';
import { entryFacts, relationshipLine, type RelationshipLine } from './facts.ts';
import { placeOverview, type PlaceOverview } from './place-view.ts';
import { entryToc, type TocItem } from './toc.ts';
import { actorTiesView, type ActorTiesView } from './ties-view.ts';

export interface EntryPageView {
  entry: Entry;
  facts: FactRow[];
  toc: TocItem[];
  backlinks: BacklinkGroup[];
  history?: EntryHistoryView | undefined;
  ties?: ActorTiesView | undefined;
  place?: PlaceOverview | undefined;
  relationship?: RelationshipLine | undefined;
  ledger?: EvidenceLedger | undefined;
  briefing?: BriefingView | undefined;
}

export interface EntryPageContext {
  kb: KnowledgeBase;
  history: SiteHistory;
  base: string;
  changesHref: string;
  editionPages: number;
}

/** The view of one entry's page; `sections` are its body's headings. */
export function entryPageView(entry: Entry, sections: readonly TocItem[], context: EntryPageContext): EntryPageView {
  const { kb } = context;
  const ties = entry.collection === 'actors' ? actorTiesView(kb, entry.slug) : undefined;
  const place = entry.collection === 'places' ? placeOverview(kb, entry.slug) : undefined;
  return {
    entry,
    facts: entryFacts(kb, entry),
    toc: entryToc(entry.collection, sections, {
      hasTies: (ties?.ties.length ?? 0) > 0,
      ...(place ? { placeOverview: `In ${place.title}` } : {}),
    }),
    backlinks: backlinkGroups(kb, entry.slug),
    history: entryHistoryView(entry.slug, context.history, {
      updated: entry.data.updated,
      changesHref: context.changesHref,
      base: context.base,
      editionPages: context.editionPages,
    }),
    ties,
    place,
    relationship: entry.collection === 'relationships' ? relationshipLine(kb, entry) : undefined,
    ledger: entry.collection === 'judgments' ? evidenceLedger(kb, entry) : undefined,
    briefing: entry.collection === 'briefings' ? briefingView(kb, entry) : undefined,
  };
}
