/** Actors: groups, people, media outlets and states. */
import { described, endTimestamp, startTimestamp } from '../export/stix-common.ts';
import { collectionSchemas } from '../schema/index.ts';
import { placeTitles, years } from '../search/facet-values.ts';
import { date, links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

/** Actor kinds exported as `threat-actor`; the others become `identity`. */
const THREAT_ACTOR_KINDS = new Set(['organization', 'person']);
const IDENTITY_CLASSES: Record<string, string> = { state: 'organization', 'media-outlet': 'organization', other: 'unknown' };

export const actors: CollectionDescriptor<'actors'> = {
  schema: collectionSchemas.actors,
  label: COLLECTION_LABELS.actors,
  date: { start: 'from', end: 'to', shape: 'period' },
  kind: 'kind',

  facts(kb, { data }) {
    const life = data.kind === 'person' ? ['Born', 'Died'] : ['Founded', 'Dissolved'];
    return [
      ...row('Kind', [text(humanize(data.kind))]),
      ...row('Native name', data.nativeName ? [text(data.nativeName)] : []),
      ...row(life[0]!, data.from ? [date(data.from)] : []),
      ...row(life[1]!, data.to ? [date(data.to)] : []),
      ...row('Status', data.status ? [text(humanize(data.status))] : []),
      ...row('Regions', links(kb, data.regions)),
    ];
  },

  facets: {
    places: (kb, { data }) => placeTitles(kb, data.regions),
    actors: (_kb, { data }) => [data.title],
    // A person's or group's lifetime is not what the entry is about: its two ends only.
    years: ({ data }) => [...years(data.from, undefined), ...years(undefined, data.to)],
  },

  stix: {
    type: (_kb, { data }) => (THREAT_ACTOR_KINDS.has(data.kind) ? 'threat-actor' : 'identity'),
    objects(builder, entry, base) {
      const { data } = entry;
      const threatActor = base.type === 'threat-actor';
      const aliases = [...data.aliases, ...(data.nativeName ? [data.nativeName] : [])];
      const fields = threatActor
        ? { ...(data.from ? { first_seen: startTimestamp(data.from) } : {}), ...(data.to ? { last_seen: endTimestamp(data.to) } : {}) }
        : { identity_class: IDENTITY_CLASSES[data.kind] };
      // `identity` has no aliases property: its other names go into the description.
      const names = !aliases.length
        ? {}
        : threatActor
          ? { aliases }
          : { description: `${data.summary} Also known as: ${aliases.join('; ')}.` };
      builder.objects.push({ ...base, ...described(entry), ...fields, ...names, x_kb_kind: data.kind });
      for (const region of builder.refs(data.regions)) builder.relationship(entry, 'located-at', base.id, region);
    },
  },
};
