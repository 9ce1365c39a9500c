/** Briefings: reading documents for decision makers, built on key judgments. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { described, startTimestamp } from '../export/stix-common.ts';
import { collectionSchemas, type Entry, type EntryOf } from '../schema/index.ts';
import { includedEntry, years } from '../search/facet-values.ts';
import { date, links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

function keyJudgments(kb: KnowledgeBase, briefing: EntryOf<'briefings'>): Entry[] {
  return briefing.data.keyJudgments.flatMap((slug) => includedEntry(kb, slug) ?? []);
}

export const briefings: CollectionDescriptor<'briefings'> = {
  schema: collectionSchemas.briefings,
  label: COLLECTION_LABELS.briefings,
  date: { start: 'date', shape: 'point' },
  revised: 'date',

  facts: (kb, { data }) => [
    ...row('Date', [date(data.date)]),
    ...row(
      'Authors',
      data.authors.map((author) => text(author)),
    ),
    ...row('Audience', data.audience ? [text(data.audience)] : []),
    ...row('Key judgments', links(kb, data.keyJudgments)),
  ],

  // A briefing is filed where and under whom its key judgments are.
  facets: {
    places: (kb, entry, related) => keyJudgments(kb, entry).flatMap(related),
    actors: (kb, entry, related) => keyJudgments(kb, entry).flatMap(related),
    years: ({ data }) => years(data.date, undefined),
  },

  stix: {
    type: () => 'report',
    created: 'date',
    objects(builder, entry, base) {
      const objectRefs = builder.refs(entry.data.keyJudgments);
      if (objectRefs.length)
        builder.objects.push({
          ...base,
          ...described(entry),
          published: startTimestamp(entry.data.date),
          report_types: ['threat-report'],
          object_refs: objectRefs,
        });
    },
  },
};
