/** Places: countries, regions, cities, camps and sites, each within its parent. */
import { placeCountry } from '../analysis/place-tree.ts';
import { described } from '../export/stix-common.ts';
import { collectionSchemas } from '../schema/index.ts';
import { noValues, placeTitles } from '../search/facet-values.ts';
import { links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, humanize } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

export const places: CollectionDescriptor<'places'> = {
  schema: collectionSchemas.places,
  label: COLLECTION_LABELS.places,
  kind: 'kind',

  facts: (kb, { data }) => [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('Part of', data.parent ? links(kb, [data.parent]) : []),
    ...row('Coordinates', data.coordinates ? [text(`${data.coordinates[0]}, ${data.coordinates[1]}`, 'latitude, longitude')] : []),
  ],

  facets: {
    places: (kb, { slug }) => placeTitles(kb, [slug]),
    actors: noValues,
    years: noValues,
  },

  stix: {
    // A place with neither a country above it nor coordinates cannot be a valid STIX location: it is left out.
    type: (kb, entry) => (placeCountry(kb, entry) || entry.data.coordinates ? 'location' : undefined),
    objects(builder, entry, base) {
      const { data } = entry;
      const country = placeCountry(builder.kb, entry);
      builder.objects.push({
        ...base,
        ...described(entry),
        ...(country ? { country } : {}),
        ...(data.kind === 'city' ? { city: data.title } : {}),
        ...(data.coordinates ? { latitude: data.coordinates[0], longitude: data.coordinates[1] } : {}),
        x_kb_kind: data.kind,
      });
    },
  },
};
