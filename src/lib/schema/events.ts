import { z } from 'zod';
import { checkDateOrder, commonFields, nonEmptyCitations, partialDateSchema } from './primitives.ts';
import { ref } from './ref.ts';

const EVENT_KINDS = [
  'attack',
  'clash',
  'offensive',
  'meeting',
  'agreement',
  'truce',
  'pledge',
  'statement',
  'announcement',
  'other',
] as const;
const PARTICIPANT_ROLES = ['perpetrator', 'claimed-by', 'alleged', 'participant', 'target', 'signatory', 'speaker'] as const;
export const REPORTING_STATUSES = ['confirmed', 'reported', 'disputed', 'denied'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type ReportingStatus = (typeof REPORTING_STATUSES)[number];

/** How a participant relates to the event, by its role, shown on the actor's page. */
const ROLE_RELATIONS: Record<ParticipantRole, string> = {
  perpetrator: 'perpetrator of',
  'claimed-by': 'claimed',
  alleged: 'alleged perpetrator of',
  participant: 'participant in',
  target: 'target of',
  signatory: 'signatory to',
  speaker: 'speaker in',
};

const casualtyCount = z.number().int('expected a whole number').min(0, 'expected zero or more');

/** Something that happened at a time. */
export const eventSchema = z
  .strictObject({
    ...commonFields,
    /** Required: when it happened (or began), as precisely as the evidence allows. */
    date: partialDateSchema,
    /** When it ended; not before `date`. */
    endDate: partialDateSchema.optional(),
    /** The date is an estimate. */
    approximate: z.boolean().default(false),
    /** Required: what sort of event. */
    kind: z.enum(EVENT_KINDS),
    /** Required, at least one: who took part, and how. */
    participants: z
      .array(
        z.strictObject({
          /** The actor (actor slug). */
          actor: ref('actors', { by: 'role', relations: ROLE_RELATIONS }),
          /** How the actor took part. */
          role: z.enum(PARTICIPANT_ROLES),
        }),
      )
      .min(1, 'list at least one participant'),
    /** Where it happened (place slugs). */
    places: z.array(ref('places', 'location of')).default([]),
    /** How well established the event is. */
    reporting: z.enum(REPORTING_STATUSES).default('reported'),
    /** Reported casualties, if known. */
    casualties: z.strictObject({ killed: casualtyCount.optional(), wounded: casualtyCount.optional() }).optional(),
    /** Required, at least one. */
    sources: nonEmptyCitations,
  })
  .superRefine((event, ctx) => checkDateOrder(ctx, event.date, event.endDate, { start: 'date', end: 'endDate' }));
export type EventData = z.output<typeof eventSchema>;
