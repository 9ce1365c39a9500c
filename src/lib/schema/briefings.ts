import { z } from 'zod';
import { commonFields, partialDateSchema } from './primitives.ts';
import { ref } from './ref.ts';

/** A reading document for a decision maker. `summary` is the bottom line up front. */
export const briefingSchema = z.strictObject({
  ...commonFields,
  /** Required: the date of the briefing. */
  date: partialDateSchema,
  /** Required, at least one: the judgments the briefing rests on. */
  keyJudgments: z.array(ref('judgments', 'key judgment in')).min(1, 'list at least one key judgment'),
  /** Who wrote it. */
  authors: z.array(z.string().trim().min(1)).default([]),
  /** Who it is written for. */
  audience: z.string().trim().min(1).optional(),
});
export type BriefingData = z.output<typeof briefingSchema>;
