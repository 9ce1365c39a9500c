/**
 * What the knowledge base covers and what it rests on, for its home page: the period its events
 * span, the sources most of its entries cite, and the edition. Computed from the content, so it
 * stays true as entries are added.
 */
import { formatPartialDate, partialDateLastDayKey, partialDateSortKey } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import type { EntryOf } from '../schema/index.ts';

interface CoverageSource {
  href: string;
  title: string;
  /** "Mary Habeck, SITE Intelligence Group (InSITE blog), 2015". */
  byline: string;
  /** How many entries cite or link to it. */
  citedBy: number;
}

export interface Coverage {
  /** "Feb 2014 to Apr 2015": from the first event's start to the last event's end; absent without events. */
  period?: string;
  entries: number;
  sources: number;
  /** The most cited sources, most cited first. */
  mainSources: CoverageSource[];
}

/** How many sources the home page names: the ones most entries rest on. */
const MAIN_SOURCES = 3;

function eventPeriod(events: readonly EntryOf<'events'>[]): string | undefined {
  if (events.length === 0) return undefined;
  const first = events.reduce((a, b) => (partialDateSortKey(b.data.date) < partialDateSortKey(a.data.date) ? b : a)).data.date;
  const end = (event: EntryOf<'events'>) => event.data.endDate ?? event.data.date;
  const last = events.reduce((a, b) => (partialDateLastDayKey(end(b)) > partialDateLastDayKey(end(a)) ? b : a));
  const lastDate = end(last);
  return first === lastDate ? formatPartialDate(first) : `${formatPartialDate(first)} to ${formatPartialDate(lastDate)}`;
}

function byline({ data }: EntryOf<'sources'>): string {
  const authors = data.authors.join(', ');
  // A group publishing its own statement is named once.
  const publisher = authors && data.publisher?.startsWith(authors) ? undefined : data.publisher;
  return [authors, publisher, formatPartialDate(data.published)].filter(Boolean).join(', ');
}

export function coverage(kb: KnowledgeBase): Coverage {
  const citing = (slug: string) => new Set((kb.graph.incoming.get(slug) ?? []).map((edge) => edge.source)).size;
  const sources = kb.byCollection.sources
    .map((source) => ({ source, citedBy: citing(source.slug) }))
    .sort((a, b) => b.citedBy - a.citedBy || a.source.data.title.localeCompare(b.source.data.title));
  const period = eventPeriod(kb.byCollection.events);
  return {
    ...(period ? { period } : {}),
    entries: kb.bySlug.size,
    sources: sources.length,
    mainSources: sources.slice(0, MAIN_SOURCES).map(({ source, citedBy }) => ({
      href: entryPath(kb.base, 'sources', source.slug),
      title: source.data.title,
      byline: byline(source),
      citedBy,
    })),
  };
}
