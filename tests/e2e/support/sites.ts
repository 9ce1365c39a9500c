/**
 * The sites the browser tests run against. Each is built once per test run, by the real
 * build script, and served on its own port; tests get its URL with `siteUrl(name)`.
 */
/** Where the global setup makes the scratch repository of the history tests, relative to the project. */
export const HISTORY_REPO = '.build/history-repo';

export interface SiteSpec {
  /** Content folder, relative to the project. */
  contentDir: string;
  /** Base path the site is built for and served under. */
  base: string;
  release?: string;
  /** KB_EDIT_URL, where readers suggest a correction; none by default. */
  editUrl?: string;
  /**
   * KB_SEARCH_PART_SIZE: small, so that the search tests run on an index in parts, merged by the
   * browser. Not on the real knowledge base: the search-quality table's ranking is for the index
   * as built, and parts of a few dozen pages score words by their rarity in too few pages.
   */
  searchPartSize?: number;
  /** A synthetic knowledge base of this many entries (scripts/lib/corpus.ts), written into contentDir by the global setup. */
  generatedEntries?: number;
}

export const SITES = {
  /** The small fixture knowledge base, at the root. */
  fixture: { contentDir: 'tests/fixtures/valid', base: '/' },
  /** The same, built for a sub-path and a higher release level, with corrections suggested by mail. */
  fixtureSubpathAmber: {
    contentDir: 'tests/fixtures/valid',
    base: '/kb/',
    release: 'TLP:AMBER',
    editUrl: 'mailto:corrections@example.org',
  },
  /** Transliterated names for the search tests, under a sub-path, the search index in parts of 8 pages. */
  search: { contentDir: 'tests/fixtures/search', base: '/kb/', searchPartSize: 8 },
  /**
   * A synthetic knowledge base, its index in parts: a quoted phrase of common words is held by
   * more entries than search reads one by one, so Pagefind's exact search over the parts decides.
   */
  corpus: { contentDir: '.build/e2e-corpus', base: '/', generatedEntries: 160, searchPartSize: 40 },
  /** The real knowledge base. */
  seed: { contentDir: 'content', base: '/' },
  /** A scratch git repository of the fixture with editions and changes (history-repo.ts), made by the global setup. */
  history: { contentDir: `${HISTORY_REPO}/content`, base: '/' },
  /**
   * The same at TLP:AMBER, where the withheld versions do show: the canary test can see a leak.
   * Under a sub-path, for the addresses the build writes outside Astro (edition redirects).
   */
  historyAmber: { contentDir: `${HISTORY_REPO}/content`, base: '/kb/', release: 'TLP:AMBER' },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;
