/**
 * The card a reader sees when hovering or focusing a link to an entry: its type, title, summary
 * and the few fields that tell what it is (date, confidence, likelihood, reporting, reliability).
 * Written as one small JSON per entry, fetched by the browser on first hover.
 */
import type { Entry } from '../schema/index.ts';
import { entryDateLabel, entryKind } from '../collections/index.ts';
import { COLLECTION_LABELS, humanize, LIKELIHOOD_TERMS, RELIABILITY_MEANINGS } from '../vocabulary.ts';

export interface EntryPreview {
  /** "Event", "Judgment" … */
  type: string;
  title: string;
  summary: string;
  fields: { label: string; value: string }[];
}

function collectionFields(entry: Entry): [string, string | undefined][] {
  switch (entry.collection) {
    case 'events':
      return [['Reporting', humanize(entry.data.reporting)]];
    case 'judgments': {
      const likelihood = entry.data.likelihood ? LIKELIHOOD_TERMS[entry.data.likelihood] : undefined;
      return [
        ['Confidence', humanize(entry.data.confidence)],
        ['Likelihood', likelihood && `${likelihood.term} (${likelihood.range})`],
      ];
    }
    case 'relationships':
      return [['Confidence', humanize(entry.data.confidence)]];
    case 'sources': {
      const grade = entry.data.reliability;
      return [['Reliability', grade && `${grade}: ${RELIABILITY_MEANINGS[grade]}`]];
    }
    default:
      return [];
  }
}

export function entryPreview(entry: Entry): EntryPreview {
  const kind = entryKind(entry);
  const fields: [string, string | undefined][] = [
    [entry.collection === 'judgments' ? 'Status' : 'Kind', kind && humanize(kind)],
    [entry.collection === 'judgments' ? 'Issued' : 'Date', entryDateLabel(entry)],
    ...collectionFields(entry),
  ];
  return {
    type: COLLECTION_LABELS[entry.collection].singular,
    title: entry.data.title,
    summary: entry.data.summary,
    fields: fields.flatMap(([label, value]) => (value ? [{ label, value }] : [])),
  };
}
