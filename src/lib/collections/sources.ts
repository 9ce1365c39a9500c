/** Sources: where the claims come from, with a reliability grade and, if kept, their archived text. */
import { described, startTimestamp } from '../export/stix-common.ts';
import { collectionSchemas } from '../schema/index.ts';
import { noValues, years } from '../search/facet-values.ts';
import { archiveFacts, date, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, humanize, RELIABILITY_MEANINGS } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

export const sources: CollectionDescriptor<'sources'> = {
  schema: collectionSchemas.sources,
  label: COLLECTION_LABELS.sources,
  date: { start: 'published', shape: 'point' },
  kind: 'kind',

  facts: (kb, { slug, data }) => [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row(
      'Authors',
      data.authors.map((author) => text(author)),
    ),
    ...row('Publisher', data.publisher ? [text(data.publisher)] : []),
    ...row('Published', [date(data.published)]),
    ...row('Reliability', data.reliability ? [text(data.reliability, `Admiralty grade: ${RELIABILITY_MEANINGS[data.reliability]}`)] : []),
    ...archiveFacts(kb, slug),
  ],

  facets: {
    places: noValues,
    actors: noValues,
    years: ({ data }) => years(data.published, undefined),
  },

  stix: {
    type: () => 'report',
    created: 'published',
    objects(builder, entry, base) {
      // A source becomes a report on the objects that cite it; one nothing cites has nothing to report on.
      const citing = (builder.kb.graph.incoming.get(entry.slug) ?? []).filter((edge) => edge.field?.startsWith('sources['));
      const objectRefs = builder.refs(citing.map((edge) => edge.source));
      const { data } = entry;
      if (!objectRefs.length) return;
      builder.objects.push({
        ...base,
        ...described(entry),
        published: startTimestamp(data.published),
        object_refs: objectRefs,
        external_references: [...base.external_references, ...(data.url ? [{ source_name: data.title, url: data.url }] : [])],
        x_kb_kind: data.kind,
        ...(data.reliability ? { x_kb_reliability: data.reliability } : {}),
        ...(data.authors.length ? { x_kb_authors: data.authors } : {}),
        ...(data.publisher ? { x_kb_publisher: data.publisher } : {}),
      });
    },
  },
};
