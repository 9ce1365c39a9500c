/**
 * A synthetic knowledge base for the benchmarks (npm run bench, npm run bench:search): `count`
 * valid entries of all seven collections in the proportions of a year of event coding, cross-linked
 * by frontmatter references and body wiki-links, with bodies of a few hundred words. Deterministic:
 * the same count gives the same corpus. Links are skewed as in real coding (a few actors take part
 * in many events), so the most-linked entry has backlinks in the hundreds or thousands.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../src/lib/schema/index.ts';

/** Share of each collection; events take the rest. */
const SHARES = { places: 0.025, actors: 0.2, sources: 0.05, relationships: 0.1, judgments: 0.04, briefings: 0.005 } as const;

// Syllables of Arabic-transliterated names, so the corpus exercises search normalization.
const NAME_PARTS = [
  'Abu',
  'Umar',
  'Hamza',
  'Khalid',
  'Yusuf',
  'Hasan',
  'Salah',
  'Mahmud',
  'Ibrahim',
  'Zayd',
  'Anas',
  'Bakr',
  'Talha',
  'Saad',
  'Qasim',
  'Rashid',
  'Faris',
  'Harith',
  'Nasir',
  'Walid',
];
const GROUP_PARTS = ['Jabhat', 'Katibat', 'Liwa', 'Jaysh', 'Harakat', 'Ansar', 'Jamaat', 'Saraya', 'Tanzim', 'Kataib'];
const PLACE_PARTS = ['Dayr', 'Tal', 'Ayn', 'Kafr', 'Bir', 'Jisr', 'Marj', 'Ras', 'Wadi', 'Qalat'];
const EVENT_KINDS = ['clash', 'attack', 'offensive', 'statement', 'meeting', 'truce'] as const;
/**
 * Filler sentences for bodies; `{a}` and `{b}` become wiki-links. Neutral, plainly synthetic.
 * Two share "the area had", so that "through the area had changed" is held four words by four
 * by most entries and whole by none: a phrase only Pagefind can tell is held nowhere.
 */
const SENTENCES = [
  'Reports from {a} described the situation as unsettled, and local accounts differed on the sequence of events.',
  'The group recruited, raised funds and issued statements about the war, according to {b}.',
  'Observers noted that the area had changed hands several times during the preceding months.',
  'Statements attributed to {a} were circulated on messaging channels but could not be verified independently.',
  'Casualty figures were disputed; both sides claimed gains in statements released the following day.',
  'Analysts linked the activity to a wider pattern of competition for territory and recruits.',
  'Earlier coding placed similar incidents in the same district, with {b} named in several of them.',
  'The available sourcing is thin, and later reporting may revise the account given here.',
  'Supply routes through the area had remained contested, affecting civilians and aid deliveries alike.',
  'No further claims were recorded in the weeks that followed, and the front stayed largely static.',
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');
const yaml = (value: string) => JSON.stringify(value);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusSizes(count: number): Record<CollectionName, number> {
  const sized = Object.fromEntries(Object.entries(SHARES).map(([name, share]) => [name, Math.max(1, Math.round(count * share))]));
  const rest = Object.values(sized).reduce((a, b) => a + b, 0);
  return { ...sized, events: Math.max(1, count - rest) } as Record<CollectionName, number>;
}

/** Writes the corpus into `dir/<collection>/<slug>.mdx` and returns how many of each it wrote. */
export function generateCorpus(dir: string, count: number): Record<CollectionName, number> {
  const sizes = corpusSizes(count);
  const next = random(count);
  /** A skewed pick in [0, n): low indexes far more often, as prominent actors are. */
  const skewed = (n: number) => Math.floor(n * next() ** 3);
  const uniform = (n: number) => Math.floor(n * next());
  const ref = (collection: string, n: number) => `${collection.replace(/s$/, '')}-${n}`;
  const actor = (n: number) => ref('actors', n);
  const place = (n: number) => ref('places', n);
  const source = (n: number) => ref('sources', n);
  const event = (n: number) => ref('events', n);

  /** Paragraphs of about `words` words, with wiki-links to the given targets. */
  const body = (words: number, targets: readonly string[]) => {
    const paragraphs: string[] = [];
    let written = 0;
    let t = 0;
    while (written < words) {
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) {
        const sentence = pick(SENTENCES, uniform(SENTENCES.length))
          .replace('{a}', `[[${pick(targets, t++)}]]`)
          .replace('{b}', `[[${pick(targets, t++)}]]`);
        sentences.push(sentence);
        written += sentence.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs.join('\n\n');
  };
  const write = (collection: CollectionName, slug: string, front: string[], text: string) => {
    mkdirSync(join(dir, collection), { recursive: true });
    writeFileSync(join(dir, collection, `${slug}.mdx`), `---\n${front.join('\n')}\n---\n${text}\n`);
  };

  for (let i = 0; i < sizes.places; i++) {
    const parent = i >= 10 ? [`parent: ${place(i % 10)}`] : [];
    write(
      'places',
      place(i),
      [
        `title: ${yaml(`${pick(PLACE_PARTS, i)} al-${pick(NAME_PARTS, i * 7)} ${i}`)}`,
        'summary: "A generated place."',
        `kind: ${i < 10 ? 'country' : 'city'}`,
        ...parent,
      ],
      body(120, [place(i % 10), actor(skewed(sizes.actors))]),
    );
  }
  for (let i = 0; i < sizes.actors; i++) {
    // Persons and groups alternate; n counts each kind on its own, so that every pair of name
    // parts occurs ("Jabhat al-Hamza", "Abu Bakr …").
    const person = i % 2 === 0;
    const n = Math.floor(i / 2);
    const title = person
      ? `${pick(NAME_PARTS, n)} al-${pick(NAME_PARTS, Math.floor(n / NAME_PARTS.length))}i ${i}`
      : `${pick(GROUP_PARTS, n)} al-${pick(NAME_PARTS, Math.floor(n / GROUP_PARTS.length))} ${i}`;
    const region = place(i % sizes.places);
    write(
      'actors',
      actor(i),
      [
        `title: ${yaml(title)}`,
        `summary: "A generated ${person ? 'person' : 'group'} active in the region."`,
        `aliases: [${yaml(title.replace('al-', 'el '))}]`,
        `tags: ["generated", "${person ? 'person' : 'group'}"]`,
        `kind: ${person ? 'person' : 'organization'}`,
        `regions: [${region}]`,
      ],
      `${title} operated near [[${region}]] and was linked to [[${actor((i + 1) % sizes.actors)}]]. It recruited, raised funds and issued statements about the war.\n\n` +
        body(250, [actor(skewed(sizes.actors)), region, actor(uniform(sizes.actors))]),
    );
  }
  for (let i = 0; i < sizes.sources; i++) {
    write(
      'sources',
      source(i),
      [
        `title: "Report ${i} on armed groups"`,
        'summary: "A generated source."',
        `published: "${2010 + (i % 15)}-0${1 + (i % 9)}"`,
        'kind: news',
        `publisher: "Generated Monitor"`,
      ],
      body(100, [actor(skewed(sizes.actors))]),
    );
  }
  for (let i = 0; i < sizes.events; i++) {
    const a = skewed(sizes.actors);
    let b = uniform(sizes.actors);
    if (b === a) b = (b + 1) % sizes.actors;
    const where = place(uniform(sizes.places));
    write(
      'events',
      event(i),
      [
        `title: "${pick(EVENT_KINDS, i)[0]!.toUpperCase()}${pick(EVENT_KINDS, i).slice(1)} ${i} near ${pick(PLACE_PARTS, i)}"`,
        'summary: "A generated clash between two groups."',
        `date: "${2010 + (i % 15)}-${pad2(1 + (i % 12))}-${pad2(1 + (i % 28))}"`,
        `kind: ${pick(EVENT_KINDS, i)}`,
        `places: [${where}]`,
        'participants:',
        `  - { actor: ${actor(a)}, role: perpetrator }`,
        `  - { actor: ${actor(b)}, role: target }`,
        `sources: [${source(uniform(sizes.sources))}, { source: ${source(uniform(sizes.sources))}, locator: "para. ${1 + (i % 9)}" }]`,
        `casualties: { killed: ${i % 17}, wounded: ${i % 23} }`,
      ],
      `Fighters of [[${actor(a)}]] attacked positions held by [[${actor(b)}]] near [[${where}]].\n\n` +
        body(220, [actor(a), where, actor(b)]),
    );
  }
  for (let i = 0; i < sizes.relationships; i++) {
    const from = skewed(sizes.actors);
    const to = (from + 1 + uniform(sizes.actors - 1)) % sizes.actors;
    write(
      'relationships',
      ref('relationships', i),
      [
        `title: "Tie ${i}"`,
        'summary: "A generated rivalry."',
        `from: ${actor(from)}`,
        `to: ${actor(to)}`,
        `kind: ${pick(['rivalry', 'cooperation', 'hostility'], i)}`,
        `start: "${2011 + (i % 12)}"`,
        'confidence: moderate',
        `evidence: [${event(uniform(sizes.events))}]`,
        `sources: [${source(uniform(sizes.sources))}]`,
      ],
      body(150, [actor(from), actor(to), event(uniform(sizes.events))]),
    );
  }
  for (let i = 0; i < sizes.judgments; i++) {
    const about = actor(skewed(sizes.actors));
    write(
      'judgments',
      ref('judgments', i),
      [
        `title: "Judgment ${i}: the groups will keep fighting."`,
        'summary: "A generated judgment."',
        `confidence: ${pick(['low', 'moderate', 'high'], i)}`,
        `likelihood: ${pick(['likely', 'unlikely', 'roughly-even-chance'], i)}`,
        `issued: "${2012 + (i % 12)}"`,
        `about: [${about}]`,
        'evidence:',
        `  - { entry: ${event(uniform(sizes.events))}, bearing: supports }`,
        `  - { entry: ${ref('relationships', uniform(sizes.relationships))}, bearing: context }`,
        `sources: [${source(uniform(sizes.sources))}]`,
      ],
      `Based on [[${event(i % sizes.events)}]].\n\n` + body(200, [about, event(uniform(sizes.events))]),
    );
  }
  for (let i = 0; i < sizes.briefings; i++) {
    const judgments = [0, 1, 2].map(() => ref('judgments', uniform(sizes.judgments)));
    write(
      'briefings',
      ref('briefings', i),
      [
        `title: "Weekly briefing ${i}"`,
        'summary: "A generated briefing."',
        `date: "${2015 + (i % 10)}-${pad2(1 + (i % 12))}"`,
        `keyJudgments: [${[...new Set(judgments)].join(', ')}]`,
      ],
      `## Bottom line\n\n` + body(300, [...judgments, actor(skewed(sizes.actors))]),
    );
  }
  return sizes;
}

/**
 * Makes `repo`, holding the generated corpus in its folder `folder`, a git repository with `commits` commits of history: the corpus as
 * the first, then commits that each raise the likelihood of a few judgments and reword a few
 * actors' summaries, with an edition tagged every ten commits. Dates are fixed, one day apart.
 */
export function generateHistory(repo: string, folder: string, commits: number): void {
  const dir = join(repo, folder);
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString();
  const git = (date: string, ...args: string[]) => {
    const result = spawnSync(
      'git',
      ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      },
    );
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
  };
  git(day(0), 'init', '-q');
  git(day(0), 'add', '-A');
  git(day(0), 'commit', '-qm', 'corpus');
  const files = (collection: string) =>
    readdirSync(join(dir, collection))
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  const judgments = files('judgments');
  const actors = files('actors');
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  for (let n = 1; n < commits; n++) {
    for (let k = 0; k < 5; k++) {
      edit(join(dir, 'judgments', pick(judgments, n * 5 + k)), (text) =>
        text.replace(/likelihood: (likely|unlikely|roughly-even-chance)/, 'likelihood: very-likely'),
      );
      edit(join(dir, 'actors', pick(actors, n * 5 + k)), (text) =>
        text.replace(/summary: "A generated (\w+)/, `summary: "A generated $1, revised in commit ${n},`),
      );
    }
    git(day(n), 'commit', '-qam', `revision ${n}`);
    if (n % 10 === 0) git(day(n), 'tag', '-a', `edition/bench-${n / 10}`, '-m', `edition ${n / 10}`);
  }
}
