import { z } from 'zod';
import { commonFields, confidenceSchema, likelihoodSchema, nonEmptyCitations, partialDateSchema } from './primitives.ts';
import { ref } from './ref.ts';

export const JUDGMENT_STATUSES = ['current', 'revised', 'superseded', 'withdrawn'] as const;
export const EVIDENCE_BEARINGS = ['supports', 'contradicts', 'context'] as const;
export type EvidenceBearing = (typeof EVIDENCE_BEARINGS)[number];
export type JudgmentStatus = (typeof JUDGMENT_STATUSES)[number];

/** How an evidence entry relates to the judgment, by its bearing, shown on the entry's page. */
const BEARING_RELATIONS: Record<EvidenceBearing, string> = {
  supports: 'evidence for',
  contradicts: 'evidence against',
  context: 'context for',
};

/** An analytic judgment, stated once and tracked. `title` is the judgment as a short sentence. */
export const judgmentSchema = z.strictObject({
  ...commonFields,
  /** Required: ICD 203 confidence in the judgment. */
  confidence: confidenceSchema,
  /** ICD 203 estimative term, where the judgment estimates a probability. */
  likelihood: likelihoodSchema.optional(),
  /** Where the judgment stands. */
  status: z.enum(JUDGMENT_STATUSES).default('current'),
  /** Required: when the judgment was made. */
  issued: partialDateSchema,
  /** Who made it. */
  analyst: z.string().trim().min(1).optional(),
  /** Required, at least one: the actors it is about. */
  about: z.array(ref('actors', 'subject of')).min(1, 'name at least one actor the judgment is about'),
  /** The evidence ledger: events or relationships, and how each bears on the judgment. */
  evidence: z
    .array(
      z.strictObject({
        /** An event or relationship slug. */
        entry: ref(['events', 'relationships'], { by: 'bearing', relations: BEARING_RELATIONS }),
        /** How it bears on the judgment. */
        bearing: z.enum(EVIDENCE_BEARINGS),
      }),
    )
    .default([]),
  /** The judgment this one replaces. */
  supersedes: ref('judgments', 'superseded by').optional(),
  /** Required, at least one. */
  sources: nonEmptyCitations,
});
export type JudgmentData = z.output<typeof judgmentSchema>;
