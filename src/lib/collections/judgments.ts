/** Judgments: the knowledge base's analytic judgments, with confidence, likelihood and evidence. */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { STIX_CONFIDENCE } from '../export/stix-common.ts';
import { collectionSchemas, type Entry, type EntryOf } from '../schema/index.ts';
import { actorTitles, includedEntry, years } from '../search/facet-values.ts';
import { citations, date, links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, CONFIDENCE_MEANINGS, humanize, LIKELIHOOD_TERMS } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

/** The events and relationships a judgment's evidence ledger points to. */
function evidenceEntries(kb: KnowledgeBase, judgment: EntryOf<'judgments'>): Entry[] {
  return judgment.data.evidence.flatMap(({ entry }) => includedEntry(kb, entry) ?? []);
}

export const judgments: CollectionDescriptor<'judgments'> = {
  schema: collectionSchemas.judgments,
  label: COLLECTION_LABELS.judgments,
  date: { start: 'issued', shape: 'point' },
  kind: 'status',
  revised: 'issued',

  facts(kb, { data }) {
    const likelihood = data.likelihood ? LIKELIHOOD_TERMS[data.likelihood] : undefined;
    return [
      ...row('Confidence', [text(humanize(data.confidence), CONFIDENCE_MEANINGS[data.confidence])]),
      ...row('Likelihood', likelihood ? [text(likelihood.term, `ICD 203: ${likelihood.range} probability`)] : []),
      ...row('Status', [text(humanize(data.status))]),
      ...row('Issued', [date(data.issued)]),
      ...row('Analyst', data.analyst ? [text(data.analyst)] : []),
      ...row('About', links(kb, data.about)),
      ...row('Supersedes', data.supersedes ? links(kb, [data.supersedes]) : []),
      citations(kb, data.sources),
    ];
  },

  facets: {
    // A judgment holds where its evidence happened or holds.
    places: (kb, entry, related) => evidenceEntries(kb, entry).flatMap(related),
    actors: (kb, { data }) => actorTitles(kb, data.about),
    years: ({ data }) => years(data.issued, undefined),
    confidence: 'confidence',
    status: 'status',
  },

  stix: {
    type: () => 'note',
    created: 'issued',
    objects(builder, { data }, base) {
      const bearing = (b: string) => builder.refs(data.evidence.filter((e) => e.bearing === b).map((e) => e.entry));
      const objectRefs = builder.refs([...data.about, ...data.evidence.map((e) => e.entry)]);
      if (!objectRefs.length) return;
      const likelihood = data.likelihood
        ? ` Likelihood: ${LIKELIHOOD_TERMS[data.likelihood].term} (${LIKELIHOOD_TERMS[data.likelihood].range}).`
        : '';
      const supersedes = data.supersedes ? builder.ref(data.supersedes) : undefined;
      builder.objects.push({
        ...base,
        abstract: data.title,
        content: `${data.summary} Confidence: ${data.confidence}.${likelihood} Status: ${data.status}.`,
        ...(data.analyst ? { authors: [data.analyst] } : {}),
        object_refs: objectRefs,
        confidence: STIX_CONFIDENCE[data.confidence],
        x_kb_confidence: data.confidence,
        ...(data.likelihood ? { x_kb_likelihood: data.likelihood } : {}),
        x_kb_status: data.status,
        x_kb_issued: data.issued,
        ...Object.fromEntries(
          (['supports', 'contradicts', 'context'] as const).flatMap((b) =>
            bearing(b).length ? [[`x_kb_evidence_${b}_refs`, bearing(b)]] : [],
          ),
        ),
        ...(supersedes ? { x_kb_supersedes_ref: supersedes } : {}),
      });
    },
  },
};
