/**
 * The site's settings, written once in `kb.config.ts` at the project root and validated here.
 * Environment variables override the file for one build (the tests build fixture sites so):
 * KB_RELEASE (RELEASE is read as an older name), BASE_PATH, SITE_URL, CONTENT_DIR, KB_EDIT_URL, KB_CACHE_DIR,
 * KB_SEARCH_PART_SIZE.
 */
import { z } from 'zod';
import { editAddressProblem } from './edit-link.ts';
import { BODY_COMPONENT_NAMES } from './markdown/body-components.ts';
import { MARKINGS, markingSchema } from './schema/index.ts';
import { closestMatch } from './slugs.ts';

/** A base path: segments of letters, digits, `-`, `_`, `.` and `~`, written as `/`, `/kb/` or `kb`. */
const BASE_PATH = /^\/?(?:[A-Za-z0-9._~-]+\/)*[A-Za-z0-9._~-]*\/?$/;

const siteConfigSchema = z.strictObject({
  /** The site's name: in the header, page titles, citations and exports. */
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .describe("The site's name, shown in the header and every page title, and used in citations and exports."),
  /** Entries marked above this TLP 2.0 level are left out of everything a build writes. */
  release: markingSchema
    .default('TLP:CLEAR')
    .describe('The release level: entries marked above it are left out of everything the build writes.'),
  /** Where the site is served, e.g. "/" or "/kb/". */
  base: z
    .string()
    .default('/')
    .refine((value) => BASE_PATH.test(value.trim()), {
      message: 'expected a path such as "/" or "/kb/" (letters, digits, "-", "_", ".", "~" and "/")',
    })
    .transform((value) => `/${value.trim().replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'))
    .describe('The path the site is served under, e.g. "/" or "/kb/".'),
  /** The public address, for absolute permalinks in citations, feeds and the sitemap. */
  siteUrl: z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .optional()
    .describe('The public address (https://…), for absolute permalinks in citations, the Atom feed and the sitemap.'),
  /**
   * Where readers suggest a correction to an entry, as Starlight's editLink: a URL pattern with
   * {path}, {slug} or {collection} (e.g. the file in the repository's web editor), or a mailto:
   * address. No entry shows the link when it is not set.
   */
  editUrl: z
    .string()
    .trim()
    .min(1)
    .superRefine((pattern, ctx) => {
      const problem = editAddressProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional()
    .describe('Where readers suggest a correction: a URL pattern with {path}, {slug} or {collection}, or a mailto: address.'),
  /** The content folder, relative to the project. */
  contentDir: z.string().min(1).default('content').describe('The folder holding one sub-folder per collection.'),
  /**
   * Astro's cache folder, relative to the project: the content store and the incremental build's
   * pages. Keep it between builds (and CI runs) to rebuild only what an edit changed.
   */
  cacheDir: z
    .string()
    .min(1)
    .default('.cache')
    .describe('The build cache (content store, pages of the last build): keep it between builds to rebuild only what changed.'),
  /**
   * Pages per part of the search index (src/lib/search/index-parts.ts): Pagefind indexes one part
   * at a time, so its memory is bounded by a part (about 120 KB a page), not by the site.
   */
  searchPartSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(25_000)
    .describe('Pages per part of the search index: Pagefind holds one part in memory at a time; the browser merges the parts.'),
  /** Components entry bodies may use without an import; all the site provides, unless narrowed. */
  bodyComponents: z
    .array(z.enum(BODY_COMPONENT_NAMES))
    .default([...BODY_COMPONENT_NAMES])
    .describe('Components an entry body may use without importing them.'),
  /**
   * How many of the latest editions (git tags `edition/<name>`) get a page for every entry as it
   * stood then, `/editions/<name>/<collection>/<slug>/`; each costs one page per entry to build.
   */
  editionPages: z
    .number()
    .int()
    .min(0)
    .max(50)
    .default(3)
    .describe('How many of the latest editions get a page per entry as it stood then (/editions/<name>/…); 0 for none.'),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Typed identity for `kb.config.ts`, so an editor completes and checks the fields. */
export function defineKbConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}

/** The environment variables that override a field, by field. */
const OVERRIDES = {
  release: ['KB_RELEASE', 'RELEASE'],
  base: ['BASE_PATH'],
  siteUrl: ['SITE_URL'],
  contentDir: ['CONTENT_DIR'],
  editUrl: ['KB_EDIT_URL'],
  cacheDir: ['KB_CACHE_DIR'],
  searchPartSize: ['KB_SEARCH_PART_SIZE'],
} as const satisfies Partial<Record<keyof SiteConfig, readonly string[]>>;

type Environment = Readonly<Record<string, string | undefined>>;

function overridden(fileConfig: SiteConfigInput, env: Environment): { input: Record<string, unknown>; origin: Map<string, string> } {
  const input: Record<string, unknown> = { ...fileConfig };
  const origin = new Map<string, string>();
  for (const [field, names] of Object.entries(OVERRIDES)) {
    const name = names.find((variable) => env[variable] !== undefined && env[variable] !== '');
    if (name === undefined) continue;
    input[field] = env[name];
    origin.set(field, name);
  }
  return { input, origin };
}

function describeIssue(issue: z.core.$ZodIssue, origin: Map<string, string>, input: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  const where = origin.has(field) ? `${origin.get(field)} (environment)` : `kb.config.ts ${field}`;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys
      .map((key) => {
        const close = closestMatch(key, Object.keys(siteConfigSchema.shape));
        return `kb.config.ts: "${key}" is not a setting${close ? ` (did you mean "${close}"?)` : ''}`;
      })
      .join('\n');
  }
  if (field === 'release') return `${where}: expected one of ${MARKINGS.join(', ')}; found ${JSON.stringify(input[field])}`;
  const found = input[field] === undefined ? 'nothing' : JSON.stringify(input[field]);
  return `${where}: ${issue.message.replace(/^Invalid input: /, '')}; found ${found}`;
}

/** The file's settings with the environment's overrides, validated; an error lists every bad setting. */
export function resolveSiteConfig(fileConfig: SiteConfigInput, env: Environment): SiteConfig {
  const { input, origin } = overridden(fileConfig, env);
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`Invalid site settings:\n${result.error.issues.map((issue) => describeIssue(issue, origin, input)).join('\n')}`);
}
