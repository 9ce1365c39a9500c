/** Relationships: sourced, dated ties between two actors, with where they hold. */
import { endTimestamp, startTimestamp, STIX_CONFIDENCE } from '../export/stix-common.ts';
import { formatDateRange } from '../dates.ts';
import { collectionSchemas } from '../schema/index.ts';
import { actorTitles, placeTitles, years } from '../search/facet-values.ts';
import { citations, links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, CONFIDENCE_MEANINGS, humanize } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

export const relationships: CollectionDescriptor<'relationships'> = {
  schema: collectionSchemas.relationships,
  label: COLLECTION_LABELS.relationships,
  date: { start: 'start', end: 'end', shape: 'period' },
  kind: 'kind',

  facts(kb, { data }) {
    const period = formatDateRange(data.start, data.end);
    return [
      ...row('Kind', [text(humanize(data.kind))]),
      ...row('From', links(kb, [data.from])),
      ...row('To', links(kb, [data.to])),
      ...row('Period', period ? [text(period)] : []),
      ...row('Scope', data.scope.length ? links(kb, data.scope) : [text('Organization-wide')]),
      ...row('Confidence', [text(humanize(data.confidence), CONFIDENCE_MEANINGS[data.confidence])]),
      ...row('Evidence', links(kb, data.evidence)),
      citations(kb, data.sources),
    ];
  },

  facets: {
    places: (kb, { data }) => placeTitles(kb, data.scope),
    actors: (kb, { data }) => actorTitles(kb, [data.from, data.to]),
    years: ({ data }) => years(data.start, data.end),
    confidence: 'confidence',
  },

  stix: {
    type: () => 'relationship',
    objects(builder, { data }, base) {
      const source = builder.ref(data.from);
      const target = builder.ref(data.to);
      if (!source || !target) return;
      const scope = builder.refs(data.scope);
      const evidence = builder.refs(data.evidence);
      builder.objects.push({
        ...base,
        relationship_type: data.kind,
        source_ref: source,
        target_ref: target,
        description: `${data.title}. ${data.summary}`,
        ...(data.start ? { start_time: startTimestamp(data.start) } : {}),
        ...(data.end ? { stop_time: endTimestamp(data.end) } : {}),
        confidence: STIX_CONFIDENCE[data.confidence],
        x_kb_confidence: data.confidence,
        ...(scope.length ? { x_kb_scope_refs: scope } : {}),
        ...(evidence.length ? { x_kb_evidence_refs: evidence } : {}),
      });
    },
  },
};
