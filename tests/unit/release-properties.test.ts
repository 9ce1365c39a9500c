/**
 * Properties that must hold for any content, not only the fixtures: generated frontmatter (comments,
 * block scalars, "---" inside values, fields in any order) keeps the marking the author wrote, and a
 * TLP:CLEAR release of any generated knowledge base holds no text of an entry marked above it, in
 * the released knowledge base or in anything made from it (pages' bodies, exports, search, previews).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgeBaseOptions } from '../../src/config/build-options.ts';
import { graphJson, timelineJson } from '../../src/lib/analysis/exports.ts';
import { parseMdxFile } from '../../src/lib/content/frontmatter.ts';
import { FRONTMATTER_FIELDS, validateFrontmatter } from '../../src/lib/content/validate.ts';
import { entryJson, knowledgeBaseJson } from '../../src/lib/export/entry-json.ts';
import { eventsCsv } from '../../src/lib/export/events-csv.ts';
import { atomFeed, sitemap } from '../../src/lib/export/feeds.ts';
import { stixBundle } from '../../src/lib/export/stix.ts';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../../src/lib/knowledge-base.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { COLLECTIONS, MARKINGS, type Entry, type Marking } from '../../src/lib/schema/index.ts';
import { searchRecord } from '../../src/lib/search/record.ts';
import { backlinkGroups } from '../../src/lib/view/backlinks.ts';
import { indexRows } from '../../src/lib/view/collection-index.ts';
import { entryFacts } from '../../src/lib/view/facts.ts';
import { graphPage } from '../../src/lib/view/graph-view.ts';
import { entryPreview } from '../../src/lib/view/preview.ts';
import { timelinePage } from '../../src/lib/view/timeline-view.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kb-properties-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// ---- Generated frontmatter -------------------------------------------------------------------

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
/** Text that looks like a delimiter, a comment or a field: what a hand-written parser trips on. */
const tricky = fc.constantFrom('---', '--- x ---', '# --- handling ---', 'marking: TLP:CLEAR', '...', '----');
const phrase = fc.array(fc.oneof(word, tricky), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));

/** A string field written in one of YAML's styles, `---` and comment-like text inside included. */
function stringField(name: string, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    // Plain, after a letter so it is not read as a list or a document marker.
    text.map((value) => `${name}: a ${value.replace(/ #/g, ' x').replace(/: /g, ' ')}`),
    text.map((value) => `${name}: ${JSON.stringify(value)}`),
    text.map((value) => `${name}: '${value.replace(/'/g, "''")}'`),
    // Block scalars: their lines may be exactly "---" once indented.
    fc
      .array(fc.oneof(phrase, tricky), { minLength: 1, maxLength: 4 })
      .map((lines) => `${name}: |\n${lines.map((line) => `  ${line}`).join('\n')}`),
    fc.array(phrase, { minLength: 1, maxLength: 3 }).map((lines) => `${name}: >-\n${lines.map((line) => `  ${line}`).join('\n')}`),
  );
}

const comment = fc.oneof(tricky, phrase).map((text) => `# ${text}`);
const markingLine = (marking: Marking) =>
  fc.constantFrom(
    `marking: ${marking}`,
    `marking: "${marking}"`,
    `marking: '${marking}'`,
    `marking: ${marking} # --- handling ---`,
    `marking:   ${marking}`,
  );

/** An actor's frontmatter lines, in any order with comments between them; the marking written, if any. */
function actorFrontmatter(
  extra: { title?: string; summary?: string; alias?: string } = {},
): fc.Arbitrary<{ lines: string; marking: Marking | undefined }> {
  return fc
    .record({
      marking: fc.option(fc.constantFrom(...MARKINGS), { nil: undefined }),
      title: stringField('title', phrase),
      summary: stringField('summary', phrase),
      comments: fc.array(comment, { maxLength: 3 }),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    })
    .chain(({ marking, title, summary, comments, order }) =>
      (marking ? markingLine(marking) : fc.constant(undefined)).map((markingText) => {
        const fields = [
          extra.title ? `title: ${extra.title}` : title,
          extra.summary ? `summary: ${extra.summary}` : summary,
          'kind: organization',
          ...(extra.alias ? [`aliases: [${extra.alias}]`] : []),
          ...(markingText ? [markingText] : []),
          ...comments,
        ];
        // A stable shuffle by the generated keys: fields and comments in any order.
        const lines = fields
          .map((line, i) => ({ line, key: order[i % order.length]! + i / 100 }))
          .sort((a, b) => a.key - b.key)
          .map((f) => f.line);
        return { lines: lines.join('\n'), marking };
      }),
    );
}

const body = fc.array(fc.oneof(phrase, fc.constant('---'), fc.constant('')), { maxLength: 4 }).map((lines) => `Body ${lines.join('\n')}\n`);

describe('frontmatter, generated', () => {
  it('always yields the marking that was written (TLP:CLEAR when none was)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(actorFrontmatter(), body, ({ lines, marking }, text) => {
        const parsed = parseMdxFile(`---\n${lines}\n---\n${text}`, FRONTMATTER_FIELDS);
        if (Array.isArray(parsed)) throw new Error(parsed.map((e) => `${e.line}: ${e.message}`).join('\n'));
        const result = validateFrontmatter('actors', 'x.mdx', parsed);
        if ('problems' in result) throw new Error(result.problems.map(formatProblem).join('\n'));
        expect(result.data.marking).toBe(marking ?? 'TLP:CLEAR');
        expect(parsed.body).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- Generated knowledge bases ---------------------------------------------------------------

/** How a body links another entry: every form the renderer resolves. */
const LINK_FORMS = [
  (slug: string) => `[[${slug}]]`,
  (slug: string) => `[[${slug}|a label]]`,
  (slug: string) => `[a label](/actors/${slug}/)`,
  (slug: string) => `[/actors/${slug}/](/actors/${slug}/)`,
  (slug: string) => `[short](/e/${slug}/#history)`,
  (slug: string) => `[by reference][${slug}]\n\n[${slug}]: /actors/${slug}/\n`,
];

interface GeneratedActor {
  slug: string;
  /** A string only this entry holds: in its title, summary, alias and body. */
  token: string;
  frontmatter: { lines: string; marking: Marking | undefined };
  links: { target: number; form: number }[];
}

const actorCount = 5;
const actors = fc.tuple(
  ...Array.from({ length: actorCount }, (_, i) => {
    const token = `zqtoken${i}q`;
    return fc.record({
      slug: fc.constant(`zqactor${i}q`),
      token: fc.constant(token),
      frontmatter: actorFrontmatter({ title: `Actor ${token}`, summary: `About ${token}.`, alias: `${token}-alias` }),
      links: fc.array(fc.record({ target: fc.nat(actorCount - 1), form: fc.nat(LINK_FORMS.length - 1) }), { maxLength: 4 }),
    });
  }),
);
const event = fc.record({
  marking: fc.constantFrom(...MARKINGS),
  participants: fc.uniqueArray(fc.nat(actorCount - 1), { minLength: 1, maxLength: 3 }),
});
const tie = fc
  .record({ marking: fc.constantFrom(...MARKINGS), from: fc.nat(actorCount - 1), to: fc.nat(actorCount - 1) })
  .filter((t) => t.from !== t.to);

function writeKnowledgeBase(
  generated: GeneratedActor[],
  events: { marking: Marking; participants: number[] }[],
  ties: { marking: Marking; from: number; to: number }[],
): string {
  const root = mkdtempSync(join(scratch, 'kb-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, 'content', path, '..'), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  };
  write('sources/zqsourceq.mdx', '---\ntitle: A source\nsummary: Cited by every event.\npublished: "2015"\nkind: analysis\n---\nText.\n');
  for (const actor of generated) {
    const links = actor.links.map(({ target, form }) => LINK_FORMS[form]!(generated[target]!.slug)).join(' ');
    write(`actors/${actor.slug}.mdx`, `---\n${actor.frontmatter.lines}\n---\nThe body of ${actor.token}. ${links}\n`);
  }
  events.forEach(({ marking, participants }, i) => {
    const names = participants.map((p) => `  - { actor: ${generated[p]!.slug}, role: participant }`).join('\n');
    const mentions = participants.map((p) => `[[${generated[p]!.slug}]]`).join(', ');
    write(
      `events/zqevent${i}q.mdx`,
      `---\ntitle: Event zqeventtoken${i}q\nsummary: Event zqeventtoken${i}q happened.\ndate: "2015-0${1 + (i % 9)}"\nkind: meeting\nmarking: ${marking}\nparticipants:\n${names}\nsources: [zqsourceq]\n---\nWith ${mentions}.\n`,
    );
  });
  ties.forEach(({ marking, from, to }, i) => {
    write(
      `relationships/zqtie${i}q.mdx`,
      `---\ntitle: Tie zqtietoken${i}q\nsummary: Tie zqtietoken${i}q holds.\nfrom: ${generated[from]!.slug}\nto: ${generated[to]!.slug}\nkind: rivalry\nconfidence: low\nmarking: ${marking}\nsources: [zqsourceq]\n---\nA tie.\n`,
    );
  });
  return root;
}

const site = { name: 'Knowledge base', base: '/kb/', origin: 'https://kb.example.org' };

/**
 * Everything a build writes from the core, as text: each included entry's rendered body, facts,
 * backlinks, data file, search record and preview, the collection indexes and views, and every
 * export. (The entries' own source data is not among them: it still names withheld entries.)
 */
function everythingReleased(kb: LoadedKnowledgeBase): string {
  const entries = [...kb.bySlug.values()];
  // A view that carries an entry shows its slug, title and summary, not its source data.
  const asShown = (_key: string, value: unknown) =>
    value && typeof value === 'object' && 'body' in value && 'data' in value && 'slug' in value
      ? (({ slug, data }: Entry) => [slug, data.title, data.summary])(value as Entry)
      : value;
  return JSON.stringify(
    [
      entries.map((entry) => [
        kb.bodyHtml(entry.slug),
        entryFacts(kb, entry),
        backlinkGroups(kb, entry.slug),
        entryJson(kb, site, entry),
        searchRecord(entry, kb),
        entryPreview(entry),
      ]),
      COLLECTIONS.map((collection) => indexRows(kb, collection)),
      kb.redirects.map(({ from, to }) => [from, to.slug]),
      graphPage(kb),
      timelinePage(kb),
      knowledgeBaseJson(kb, site),
      eventsCsv(kb, site),
      stixBundle(kb, site),
      graphJson(kb),
      timelineJson(kb),
      atomFeed(kb, site),
      sitemap(kb, site),
    ],
    asShown,
  );
}

describe('a TLP:CLEAR release of a generated knowledge base', () => {
  it('holds no text of any entry marked above TLP:CLEAR, in the knowledge base or anything made from it', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(actors, fc.array(event, { maxLength: 3 }), fc.array(tie, { maxLength: 3 }), (generated, events, ties) => {
        const root = writeKnowledgeBase(generated, events, ties);
        const result = loadKnowledgeBase(knowledgeBaseOptions({ root, release: 'TLP:CLEAR', base: '/kb/' }));
        if (!result.knowledgeBase) throw new Error(result.problems.map(formatProblem).join('\n'));
        const released = everythingReleased(result.knowledgeBase);
        const withheld = [
          ...generated.filter((a) => (a.frontmatter.marking ?? 'TLP:CLEAR') !== 'TLP:CLEAR').flatMap((a) => [a.slug, a.token]),
          ...events.flatMap((e, i) => (e.marking !== 'TLP:CLEAR' ? [`zqevent${i}q`, `zqeventtoken${i}q`] : [])),
          ...ties.flatMap((t, i) => (t.marking !== 'TLP:CLEAR' ? [`zqtie${i}q`, `zqtietoken${i}q`] : [])),
        ];
        expect(withheld.filter((secret) => released.includes(secret))).toEqual([]);
        // And the release is not empty: every TLP:CLEAR entry is in it.
        for (const actor of generated) {
          if ((actor.frontmatter.marking ?? 'TLP:CLEAR') === 'TLP:CLEAR') expect(released).toContain(actor.token);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 50 },
    );
  });
});
