/**
 * The search-quality table: queries an analyst types on the real knowledge base, with the entry
 * expected first, the entries expected among the first results, the entries that must never
 * come back, or that nothing may match. Run by search-quality.test.ts through the search page.
 * Entries are named by slug.
 */
export interface QualityCase {
  query: string;
  /** The entry the results must open with. */
  first?: string;
  /** Entries that must be among the first `within` results (default 10). */
  top?: string[];
  within?: number;
  /** Entries that must not be among the results at all. */
  never?: string[];
  /** Nothing may match: "No entries match", and no result. */
  none?: true;
}

export const QUALITY_CASES: QualityCase[] = [
  // Aliases find the entity, then what mentions it (frontmatter references and wiki-links).
  {
    query: 'Golani',
    first: 'abu-muhammad-al-jawlani',
    top: ['al-nusra-front', 'jawlani-leads-al-nusra-front', 'nusra-commander-yarmouk-denial'],
    never: ['hezbollah', 'charlie-hebdo-attack', 'paris'],
  },
  { query: 'al-Joulani', first: 'abu-muhammad-al-jawlani', top: ['jawlani-leads-al-nusra-front'] },
  { query: 'Daesh', first: 'islamic-state', top: ['baghdadi-announcement-2014-11-13', 'al-qaeda-disowns-isis-2014'] },
  { query: 'DAISH', first: 'islamic-state' },
  { query: 'ISIS', first: 'islamic-state' },
  { query: 'Abu Dua', first: 'abu-bakr-al-baghdadi', top: ['baghdadi-leads-islamic-state', 'baghdadi-announcement-2014-11-13'] },
  {
    query: 'Hizb Allah',
    first: 'hezbollah',
    top: ['al-nusra-front-hezbollah-hostility-qalamoun', 'islamic-state-hezbollah-hostility-qalamoun'],
  },
  {
    query: 'KUBN',
    first: 'uqba-bin-nafi-brigades',
    top: ['uqba-bin-nafi-brigades-branch-of-aqim'],
    never: ['hezbollah', 'yarmouk-camp', 'qalamoun'],
  },
  { query: 'AQMI', first: 'al-qaeda-in-the-islamic-maghreb' },
  { query: 'Zawahri', first: 'ayman-al-zawahiri', top: ['zawahiri-leads-al-qaeda'] },
  { query: 'al-Qaeda', first: 'al-qaeda', top: ['al-qaeda-in-the-arabian-peninsula', 'al-qaeda-in-the-islamic-maghreb', 'al-nusra-front'] },
  {
    query: 'Yarmouk',
    first: 'yarmouk-camp',
    top: ['yarmouk-camp-assault-2015', 'is-nusra-cooperation-yarmouk'],
    never: ['charlie-hebdo-attack', 'bardo-museum-attack'],
  },
  {
    query: 'Coulibaly',
    first: 'amedy-coulibaly',
    top: ['coulibaly-attacks-paris-2015', 'coulibaly-pledge-video'],
    never: ['qalamoun', 'hezbollah', 'yarmouk-camp'],
  },
  // Two groups share a name: both come first, told apart by region.
  { query: 'Jund al-Khilafah', top: ['jund-al-khilafah-algeria', 'jund-al-khilafah-tunisia'], within: 2 },
  { query: 'JAK-T', first: 'jund-al-khilafah-tunisia' },
  // IDs: the entry itself first.
  { query: 'bardo-museum-attack', first: 'bardo-museum-attack', top: ['bardo-national-museum'] },
  { query: '/e/charlie-hebdo-attack/', first: 'charlie-hebdo-attack' },
  // Words: all of them, phrases first.
  { query: 'Qalamoun truce', top: ['is-nusra-truce-qalamoun', 'qalamoun-truce-against-aggressor-enemy'], within: 3 },
  // A quoted phrase: its words in that order (an entry linking to the event holds its title, so the phrase, too).
  { query: '"truce in Qalamoun"', top: ['qalamoun-truce-against-aggressor-enemy', 'is-nusra-truce-qalamoun'], within: 3 },
  // Its words read by the spelling rules, as any words are (Qalamoun/Kalamoun).
  { query: '"truce in Kalamoun"', top: ['qalamoun-truce-against-aggressor-enemy', 'is-nusra-truce-qalamoun'], within: 3 },
  { query: '"enemy aggressor"', none: true },
  { query: '"aggressor enemy"', first: 'qalamoun-truce-against-aggressor-enemy' },
  { query: 'Charlie Hebdo', first: 'charlie-hebdo-attack', top: ['aqap-2015-01-14-charlie-hebdo-claim'] },
  // Words typed together find the entries holding them together first: the attack and the
  // videos before the museum, the city and the man, whose entries hold the words apart.
  { query: 'Bardo attack', top: ['bardo-museum-attack', 'bardo-attack-likely-joint-operation'], within: 2 },
  { query: 'Paris attacks', top: ['charlie-hebdo-attack', 'coulibaly-attacks-paris-2015'], within: 2 },
  { query: 'Coulibaly video', top: ['coulibaly-pledge-video', 'coulibaly-2015-01-11-video'], within: 2 },
  {
    query: 'Gourdel',
    top: ['gourdel-kidnapping-and-killing-2014', 'elysee-2014-09-gourdel-statement'],
    within: 2,
    never: ['hezbollah', 'damascus'],
  },
  // Names the knowledge base does not hold: nothing, not fragments.
  { query: 'Ansar al-Sharia', none: true },
  { query: 'Boko Haram', none: true },
  { query: 'Jaysh al-Islam', none: true },
  { query: 'Hama', none: true },
];
