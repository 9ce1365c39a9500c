/**
 * `npm run new`: the text of a new entry with every required field. Required references are
 * never guessed (a made-up participant or source would be an invented fact): the author
 * names them, and each must be an existing entry of the right collection.
 */
import { stringify } from 'yaml';
import { didYouMean } from '../problems.ts';
import type { CollectionName } from '../schema/index.ts';
import { closestMatch, isValidSlug, suggestSlug } from '../slugs.ts';

export interface ScaffoldRequest {
  collection: CollectionName;
  title: string;
  /** Named references: `--actor al-qaeda:perpetrator`, `--source x`, `--about y`, … */
  options: Record<string, string[]>;
  /** Today, "YYYY-MM-DD", for the required date field. */
  today: string;
  /** Slug → collection of every existing entry. */
  existing: ReadonlyMap<string, CollectionName>;
}

/** The options each collection needs, and what they fill in. */
export const REQUIRED_OPTIONS: Record<CollectionName, { option: string; collection: CollectionName; help: string }[]> = {
  actors: [],
  places: [],
  sources: [],
  events: [
    {
      option: 'actor',
      collection: 'actors',
      help: 'a participant, as slug:role (role: perpetrator, claimed-by, alleged, participant, target, signatory, speaker)',
    },
    { option: 'source', collection: 'sources', help: 'a source slug' },
  ],
  relationships: [
    { option: 'from', collection: 'actors', help: 'the first actor' },
    { option: 'to', collection: 'actors', help: 'the second actor' },
    { option: 'source', collection: 'sources', help: 'a source slug' },
  ],
  judgments: [
    { option: 'about', collection: 'actors', help: 'an actor the judgment is about' },
    { option: 'source', collection: 'sources', help: 'a source slug' },
  ],
  briefings: [{ option: 'judgment', collection: 'judgments', help: 'a key judgment' }],
};

/** Longer slugs make unwieldy addresses, and file names past 255 bytes cannot be written at all. */
export const MAX_SLUG_LENGTH = 80;

/** The slug of a title, cut at the last hyphen that keeps it within MAX_SLUG_LENGTH. */
function slugForTitle(title: string): { slug: string; shortened: boolean } {
  const full = suggestSlug(title);
  if (full.length <= MAX_SLUG_LENGTH) return { slug: full, shortened: false };
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const slug = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
  return { slug, shortened: true };
}

export function scaffoldEntry(request: ScaffoldRequest): { slug: string; text: string; notes: string[] } | { errors: string[] } {
  const { collection, title, options, today, existing } = request;
  const { slug, shortened } = slugForTitle(title);
  const notes = shortened ? [`the title makes a slug longer than ${MAX_SLUG_LENGTH} characters; it was shortened to "${slug}"`] : [];
  const errors: string[] = [];
  if (!isValidSlug(slug)) errors.push(`"${title}" gives no usable slug; use a title with letters or digits`);
  else if (existing.has(slug)) errors.push(`the slug "${slug}" is taken by ${existing.get(slug)}/${slug}; choose another title`);

  const refs: Record<string, string[]> = {};
  for (const { option, collection: target, help } of REQUIRED_OPTIONS[collection]) {
    const values = options[option] ?? [];
    if (!values.length) errors.push(`--${option} is required for ${collection}: ${help}`);
    refs[option] = values.map((value) => {
      const ref = value.split(':')[0]!;
      if (existing.get(ref) !== target) {
        const candidates = [...existing].filter(([, c]) => c === target).map(([s]) => s);
        errors.push(`--${option} ${ref}: no ${target} entry has that slug${didYouMean(closestMatch(ref, candidates))}`);
      }
      return value;
    });
  }
  if (errors.length) return { errors };

  const first = (option: string) => refs[option]![0];
  const fields: Record<CollectionName, () => Record<string, unknown>> = {
    actors: () => ({ kind: 'organization', aliases: [] }),
    places: () => ({ kind: 'city' }),
    sources: () => ({ published: today, kind: 'analysis', authors: [] }),
    events: () => ({
      date: today,
      kind: 'other',
      participants: refs.actor!.map((value) => ({ actor: value.split(':')[0], role: value.split(':')[1] ?? 'participant' })),
      sources: refs.source,
    }),
    relationships: () => ({ from: first('from'), to: first('to'), kind: 'cooperation', confidence: 'low', sources: refs.source }),
    judgments: () => ({ confidence: 'low', issued: today, about: refs.about, sources: refs.source }),
    briefings: () => ({ date: today, keyJudgments: refs.judgment }),
  };
  const data = { title, summary: `One or two sentences on ${title} (at most 280 characters).`, ...fields[collection]() };
  // An MDX comment: a hint for the author that never reaches the page.
  const body = '{/* Write the entry here in your own words. Link other entries with [[slug]] or [[slug|label]]. */}\n';
  return { slug, notes, text: `---\n${stringify(data)}---\n${body}` };
}
