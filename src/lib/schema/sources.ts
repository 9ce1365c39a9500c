import { z } from 'zod';
import { commonFields, httpUrlSchema, partialDateSchema } from './primitives.ts';

const SOURCE_KINDS = ['analysis', 'news', 'primary-statement', 'official', 'dataset', 'other'] as const;
/** Admiralty (NATO) source reliability grades. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
/** Whether a source's archived text is published (`public`) or only used by the check (`private`). */
const ARCHIVE_POLICIES = ['private', 'public'] as const;

/** Where a claim comes from. */
export const sourceSchema = z.strictObject({
  ...commonFields,
  /** Who wrote it. */
  authors: z.array(z.string().trim().min(1)).default([]),
  /** Who published it. */
  publisher: z.string().trim().min(1).optional(),
  /** Required: when it was published. */
  published: partialDateSchema,
  /** Where it can be read (http or https). */
  url: httpUrlSchema.optional(),
  /** Required: what sort of source. */
  kind: z.enum(SOURCE_KINDS),
  /** Admiralty grade of the source's reliability (A completely reliable … F cannot be judged). */
  reliability: z.enum(RELIABILITY_GRADES).optional(),
  /**
   * Whether the source's archived text (content/sources/<slug>.txt, used to check quotations) is
   * published with the site: `private` (the default, for copyright) or `public`.
   */
  archive: z.enum(ARCHIVE_POLICIES).default('private'),
});
export type SourceData = z.output<typeof sourceSchema>;
