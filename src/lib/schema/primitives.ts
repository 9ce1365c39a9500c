/** Shared value types of the content model (../shared/CONTENT-MODEL.md, "Values used everywhere"). */
import { z } from 'zod';
import { dateToPartialDate, partialDateError, isEndBeforeStart } from '../dates.ts';
import { references, slugString } from './ref.ts';

export const COLLECTIONS = ['actors', 'events', 'relationships', 'judgments', 'sources', 'places', 'briefings'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTIONS as readonly string[]).includes(value);
}

/** An entry ID: lowercase ASCII letters, digits and single hyphens. */
const slugSchema = slugString();

/**
 * "2014", "2014-11" or "2014-11-13". An unquoted YAML date (a Date) or year (a number)
 * is accepted and turned back into the string the author wrote.
 */
export const partialDateSchema = z.preprocess(
  (value) => {
    if (value instanceof Date) return dateToPartialDate(value);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z.string().superRefine((value, ctx) => {
    const error = partialDateError(value);
    if (error) ctx.addIssue({ code: 'custom', message: `${error}; found "${value}"` });
  }),
);

/**
 * Every character RFC 3986 allows in a URI (unreserved, reserved less the brackets, "%"), and each
 * "%" starting an escape; brackets only around an IPv6 host, "#" only once. The exports copy URLs as written (STIX's
 * `url` must be an RFC 3986 URI), so a space or a double quote, which browsers forgive, is refused
 * here rather than producing an invalid bundle.
 */
const RFC3986_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const IPV6_HOST = /^(https?:\/\/(?:[^@/?#]*@)?)\[[0-9A-Fa-f:.]+\]/i;

/** An http or https URL written as RFC 3986 has it. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http or https URL' })
  .refine((value) => RFC3986_CHARACTERS.test(value.replace(IPV6_HOST, '$1')) && value.split('#').length <= 2, {
    error: 'expected a URL without spaces, quotes, a second "#" or other characters that must be percent-encoded (write a space as %20)',
  });

/** ICD 203 analytic confidence. */
export const CONFIDENCE_LEVELS = ['low', 'moderate', 'high'] as const;
export const confidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof confidenceSchema>;

/** ICD 203 estimative terms, in order of probability. */
export const LIKELIHOODS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
] as const;
export const likelihoodSchema = z.enum(LIKELIHOODS);
export type Likelihood = z.infer<typeof likelihoodSchema>;

/** Traffic Light Protocol 2.0, from least to most restricted. */
export const MARKINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const markingSchema = z.enum(MARKINGS);
export type Marking = z.infer<typeof markingSchema>;

/**
 * Admiralty (NATO) credibility of a piece of information, 1 confirmed … 6 cannot be judged: how far
 * the claim itself holds, beside the reliability (A–F) of the source that gives it.
 */
const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];
const credibilitySchema = z.literal(CREDIBILITY_GRADES, {
  error: 'expected an Admiralty credibility grade, a number from 1 (confirmed) to 6 (truth cannot be judged)',
});

/**
 * A source slug, or `{ source, locator, quote, credibility }` pointing inside it ("para. 4");
 * always read as the object.
 */
const citationSchema = z
  .union([
    slugSchema,
    z.strictObject({
      /** The source entry cited. */
      source: slugSchema,
      /** Where inside the source: "para. 4", "p. 12". A paragraph locator must hold the quotation. */
      locator: z.string().trim().min(1).optional(),
      /**
       * The source's own words, short and verbatim ("…" marks an omission, "[…]" an insertion).
       * Checked word for word when the source's text is archived (content/sources/<slug>.txt).
       */
      quote: z.string().trim().min(1).optional(),
      /** Admiralty credibility of the claim cited (1 confirmed … 6 cannot be judged). */
      credibility: credibilitySchema.optional(),
    }),
  ])
  .transform((citation) => (typeof citation === 'string' ? { source: citation } : citation))
  .register(references, { collections: ['sources'], relation: 'cited by', key: 'source' });
export type Citation = z.output<typeof citationSchema>;

export const nonEmptyCitations = z.array(citationSchema).min(1, 'cite at least one source');

/** Fields every entry has. */
export const commonFields = {
  /** Required. For actors and places, the canonical name. */
  title: z.string().trim().min(1, 'a title is required'),
  /** Required, 1–280 characters: used in previews, cards and search results. */
  summary: z.string().trim().min(1, 'a summary is required').max(280, 'keep the summary to 280 characters'),
  /** Other names, spellings, transliterations, acronyms; all searchable. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Free keywords. */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** TLP 2.0 marking; builds for a lower release level leave the entry out. */
  marking: markingSchema.default('TLP:CLEAR'),
  /** Old IDs: each keeps resolving through a redirect page. */
  formerSlugs: z.array(slugSchema).default([]),
  /** Last substantive revision. */
  updated: partialDateSchema.optional(),
};

/** Adds an issue at `path` when `end` is before `start` (both partial dates, if present and valid). */
export function checkDateOrder(
  ctx: z.RefinementCtx,
  start: string | undefined,
  end: string | undefined,
  names: { start: string; end: string },
): void {
  if (!start || !end || partialDateError(start) || partialDateError(end)) return;
  if (isEndBeforeStart(start, end)) {
    ctx.addIssue({
      code: 'custom',
      path: [names.end],
      message: `"${names.end}" (${end}) is before "${names.start}" (${start})`,
    });
  }
}
