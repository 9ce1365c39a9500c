import { z } from 'zod';
import { commonFields } from './primitives.ts';
import { ref } from './ref.ts';

const PLACE_KINDS = ['country', 'region', 'city', 'district', 'camp', 'site'] as const;

/** A point: [latitude, longitude] in decimal degrees. */
const coordinatesSchema = z.tuple([
  z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
]);

/** A place. */
export const placeSchema = z.strictObject({
  ...commonFields,
  /** Required: what sort of place. */
  kind: z.enum(PLACE_KINDS),
  /** The place that contains it (place slug); no cycles. */
  parent: ref('places', 'parent of').optional(),
  /** [latitude, longitude]. */
  coordinates: coordinatesSchema.optional(),
});
export type PlaceData = z.output<typeof placeSchema>;
