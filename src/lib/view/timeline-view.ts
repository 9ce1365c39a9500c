/** What the timeline page shows: every event on a shared time axis, with its filter keys. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { placeTree, placeWithParent } from '../analysis/place-tree.ts';
import { spanOnAxis, timeAxis, timeline, type TimeAxis } from '../analysis/timeline.ts';
import { entryDateLabel } from '../collections/index.ts';
import { linkView, type LinkView } from './references-view.ts';
import { humanize, REPORTING_MEANINGS } from '../vocabulary.ts';

interface TimelineRow {
  slug: string;
  href?: string;
  title: string;
  dateLabel: string;
  /** Why the bar is as wide as it is: "the whole month", "the whole year". */
  spanNote?: string;
  datetime: string;
  kind: string;
  kindLabel: string;
  reporting: string;
  reportingMeaning: string;
  places: LinkView[];
  participants: { link: LinkView; role: string }[];
  bar: { left: number; width: number };
  /** The date is approximate ("c."): the bar is drawn hollow. */
  approximate: boolean;
  /** Filter keys. */
  actorKeys: string[];
  placeKeys: string[];
}

interface FilterOption {
  value: string;
  label: string;
}

export interface TimelinePage {
  rows: TimelineRow[];
  axis?: TimeAxis;
  actors: FilterOption[];
  places: FilterOption[];
  kinds: FilterOption[];
}

const SPAN_NOTES = { year: 'date known to the year: the bar spans it', month: 'date known to the month: the bar spans it', day: undefined };

function options(values: Iterable<string>, label: (value: string) => string): FilterOption[] {
  return [...new Set(values)].map((value) => ({ value, label: label(value) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

export function timelinePage(kb: KnowledgeBase): TimelinePage {
  const events = timeline(kb);
  const axis = timeAxis(events);
  const tree = placeTree(kb);
  const title = (slug: string) => kb.bySlug.get(slug)!.data.title;
  const rows = events.map((event): TimelineRow => {
    const self = linkView(kb, event.slug);
    const spanNote = event.endDate ? undefined : SPAN_NOTES[event.precision];
    return {
      slug: event.slug,
      ...(self.href ? { href: self.href } : {}),
      title: event.title,
      dateLabel: entryDateLabel(kb.bySlug.get(event.slug)!)!,
      ...(spanNote ? { spanNote } : {}),
      datetime: event.date,
      kind: event.kind,
      kindLabel: humanize(event.kind),
      reporting: humanize(event.reporting),
      reportingMeaning: REPORTING_MEANINGS[event.reporting],
      places: event.places.map((place) => linkView(kb, place)),
      participants: event.participants.map(({ actor, role }) => ({ link: linkView(kb, actor), role: humanize(role).toLowerCase() })),
      bar: axis ? spanOnAxis(axis, event.first, event.last) : { left: 0, width: 0 },
      approximate: event.approximate,
      actorKeys: [...new Set(event.participants.map((p) => p.actor))],
      placeKeys: event.placeKeys,
    };
  });
  return {
    rows,
    ...(axis ? { axis } : {}),
    actors: options(
      rows.flatMap((row) => row.actorKeys),
      title,
    ),
    places: options(
      rows.flatMap((row) => row.placeKeys),
      (slug) => placeWithParent(tree, slug),
    ),
    kinds: options(
      rows.map((row) => row.kind),
      humanize,
    ),
  };
}
