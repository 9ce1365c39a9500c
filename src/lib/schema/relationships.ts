import { z } from 'zod';
import { checkDateOrder, commonFields, confidenceSchema, nonEmptyCitations, partialDateSchema } from './primitives.ts';
import { ref } from './ref.ts';

/** `from` acts on `to`: "from pledged allegiance to to". */
export const DIRECTED_RELATIONSHIP_KINDS = ['pledged-allegiance', 'branch-of', 'leads', 'member-of', 'media-arm-of', 'split-from'] as const;
/** Both sides alike. */
const MUTUAL_RELATIONSHIP_KINDS = ['cooperation', 'truce', 'rivalry', 'hostility'] as const;
export const RELATIONSHIP_KINDS = [...DIRECTED_RELATIONSHIP_KINDS, ...MUTUAL_RELATIONSHIP_KINDS] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** A sourced, dated tie between two actors. */
export const relationshipSchema = z
  .strictObject({
    ...commonFields,
    /** Required: the first actor (for a directed kind, the one acting). */
    from: ref('actors', 'party to'),
    /** Required: the second actor; not the same as `from`. */
    to: ref('actors', 'party to'),
    /** Required: the sort of tie. */
    kind: z.enum(RELATIONSHIP_KINDS),
    /** When the tie began. */
    start: partialDateSchema.optional(),
    /** When it ended; not before `start`. */
    end: partialDateSchema.optional(),
    /** Places where the tie holds; empty means organization-wide. */
    scope: z.array(ref('places', 'scope of')).default([]),
    /** Required: ICD 203 confidence that the tie exists as described. */
    confidence: confidenceSchema,
    /** Events that show the tie (event slugs). */
    evidence: z.array(ref('events', 'evidence for')).default([]),
    /** Required, at least one. */
    sources: nonEmptyCitations,
  })
  .superRefine((relationship, ctx) => {
    if (relationship.from === relationship.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a relationship needs two different actors; "from" and "to" are both "${relationship.to}"`,
      });
    }
    checkDateOrder(ctx, relationship.start, relationship.end, { start: 'start', end: 'end' });
  });
export type RelationshipData = z.output<typeof relationshipSchema>;
