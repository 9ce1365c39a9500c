/** Events: what happened, when and where, who took part, and how well it is reported. */
import { citedConfidence, described } from '../export/stix-common.ts';
import { collectionSchemas } from '../schema/index.ts';
import type { ParticipantRole } from '../schema/events.ts';
import { actorTitles, placeTitles, years } from '../search/facet-values.ts';
import { citations, date, links, row, text } from '../view/fact-rows.ts';
import { COLLECTION_LABELS, humanize, REPORTING_MEANINGS } from '../vocabulary.ts';
import type { CollectionDescriptor } from './descriptor.ts';

/** Participant roles and the STIX relationship from the incident to the actor. */
const ROLE_RELATIONSHIPS: Record<ParticipantRole, string> = {
  perpetrator: 'attributed-to',
  'claimed-by': 'attributed-to',
  alleged: 'attributed-to',
  target: 'targets',
  participant: 'related-to',
  signatory: 'related-to',
  speaker: 'related-to',
};

export const events: CollectionDescriptor<'events'> = {
  schema: collectionSchemas.events,
  label: COLLECTION_LABELS.events,
  date: { start: 'date', end: 'endDate', shape: 'point', approximate: 'approximate' },
  kind: 'kind',

  facts: (kb, { data }) => [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('Date', [date(data.date, data.approximate)]),
    ...row('Ended', data.endDate ? [date(data.endDate, data.approximate)] : []),
    ...row('Places', links(kb, data.places)),
    ...row(
      'Participants',
      data.participants.flatMap((p) => links(kb, [p.actor], humanize(p.role))),
    ),
    ...row('Reporting', [text(humanize(data.reporting), REPORTING_MEANINGS[data.reporting])]),
    ...row('Killed', data.casualties?.killed !== undefined ? [text(String(data.casualties.killed))] : []),
    ...row('Wounded', data.casualties?.wounded !== undefined ? [text(String(data.casualties.wounded))] : []),
    citations(kb, data.sources),
  ],

  facets: {
    places: (kb, { data }) => placeTitles(kb, data.places),
    actors: (kb, { data }) =>
      actorTitles(
        kb,
        data.participants.map((p) => p.actor),
      ),
    years: ({ data }) => years(data.date, data.endDate ?? data.date),
  },

  stix: {
    type: () => 'incident',
    created: 'date',
    objects(builder, entry, base) {
      const { data } = entry;
      const confidence = citedConfidence(data.sources);
      builder.objects.push({
        ...base,
        ...described(entry),
        x_kb_kind: data.kind,
        x_kb_date: data.date,
        ...(data.endDate ? { x_kb_end_date: data.endDate } : {}),
        x_kb_approximate: data.approximate,
        x_kb_reporting: data.reporting,
        ...(confidence !== undefined ? { confidence } : {}),
        ...(data.casualties ? { x_kb_casualties: data.casualties } : {}),
      });
      for (const { actor, role } of data.participants) {
        const target = builder.ref(actor);
        if (target)
          builder.relationship(entry, ROLE_RELATIONSHIPS[role], base.id, target, { description: `Role: ${role}.`, x_kb_role: role }, role);
      }
      for (const place of builder.refs(data.places)) builder.relationship(entry, 'located-at', base.id, place);
    },
  },
};
