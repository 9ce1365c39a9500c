import { z } from 'zod';
import { checkDateOrder, commonFields, partialDateSchema } from './primitives.ts';
import { ref } from './ref.ts';

const ACTOR_KINDS = ['organization', 'person', 'media-outlet', 'state', 'other'] as const;
const ACTOR_STATUSES = ['active', 'defunct', 'unknown'] as const;

/** Organizations, people, media outlets, states. */
export const actorSchema = z
  .strictObject({
    ...commonFields,
    /** Required: what sort of actor this is. */
    kind: z.enum(ACTOR_KINDS),
    /** The name in its own script, e.g. Arabic. */
    nativeName: z.string().trim().min(1).optional(),
    /** Founded (organizations) or born (people). */
    from: partialDateSchema.optional(),
    /** Dissolved or died; not before `from`. */
    to: partialDateSchema.optional(),
    /** Whether the actor still exists. */
    status: z.enum(ACTOR_STATUSES).optional(),
    /** Places where the actor operates (place slugs). */
    regions: z.array(ref('places', 'region of')).default([]),
  })
  .superRefine((actor, ctx) => checkDateOrder(ctx, actor.from, actor.to, { start: 'from', end: 'to' }));
export type ActorData = z.output<typeof actorSchema>;
