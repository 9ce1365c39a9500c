/**
 * Events as one CSV table, a row per event, for spreadsheets and event datasets. Lists in a cell
 * (places, participants, sources) are separated by "; "; participants read "actor (role)".
 * References to withheld entries are left out of those lists.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { partialDateSortKey } from '../dates.ts';
import type { EntryOf } from '../schema/index.ts';
import { siteUrl, type SiteInfo } from '../site.ts';
import { toCsv, type CsvValue } from './csv.ts';

const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'end_date',
  'approximate',
  'kind',
  'reporting',
  'places',
  'participants',
  'killed',
  'wounded',
  'sources',
  'summary',
  'url',
] as const;

function liveSlugs(kb: KnowledgeBase, targets: readonly string[]): string[] {
  return targets.flatMap((target) => {
    const resolution = kb.resolve(target);
    return resolution.status === 'entry' ? [resolution.entry.slug] : [];
  });
}

function eventRow(kb: KnowledgeBase, site: SiteInfo, { slug, data }: EntryOf<'events'>): CsvValue[] {
  const participants = data.participants.flatMap(({ actor, role }) => liveSlugs(kb, [actor]).map((s) => `${s} (${role})`));
  return [
    slug,
    data.title,
    data.date,
    data.endDate,
    data.approximate,
    data.kind,
    data.reporting,
    liveSlugs(kb, data.places).join('; '),
    participants.join('; '),
    data.casualties?.killed,
    data.casualties?.wounded,
    liveSlugs(
      kb,
      data.sources.map((c) => c.source),
    ).join('; '),
    data.summary,
    siteUrl(site, entryPath('/', 'events', slug)),
  ];
}

/** Every event of the release, oldest first. */
export function eventsCsv(kb: KnowledgeBase, site: SiteInfo): string {
  const events = [...kb.byCollection.events].sort(
    (a, b) => partialDateSortKey(a.data.date).localeCompare(partialDateSortKey(b.data.date)) || a.slug.localeCompare(b.slug),
  );
  return toCsv(
    EVENT_CSV_COLUMNS,
    events.map((event) => eventRow(kb, site, event)),
  );
}
