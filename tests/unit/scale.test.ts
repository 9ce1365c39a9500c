/** The benchmark's generated corpus: valid as generated; backlinks, indexes and the home page stay small on it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { knowledgeBaseOptions } from '../../src/config/build-options.ts';
import { loadKnowledgeBase, titleOrder } from '../../src/lib/knowledge-base.ts';
import { INDEX_PAGE_SIZE, indexPageCount, indexPageRows, indexRows } from '../../src/lib/view/collection-index.ts';
import { HOME_LIMITS, judgmentItems, moreLink, organizationItems, recentEvents, timeline } from '../../src/lib/view/home.ts';
import {
  BACKLINKS_PER_PAGE,
  BACKLINKS_SHOWN_PER_GROUP,
  backlinkCount,
  backlinkGroups,
  backlinkPage,
  hasPagedBacklinks,
} from '../../src/lib/view/backlinks.ts';

const root = mkdtempSync(join(tmpdir(), 'kb-scale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const sizes = generateCorpus(join(root, 'content'), 1000);
const result = loadKnowledgeBase(knowledgeBaseOptions({ root }));
const kb = result.knowledgeBase!;
const mostLinked = [...kb.bySlug.keys()].reduce((best, slug) => (backlinkCount(kb, slug) > backlinkCount(kb, best) ? slug : best));

describe('generated corpus', () => {
  it('is valid, with every collection', () => {
    expect(result.problems).toEqual([]);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(Object.values(kb.byCollection).every((entries) => entries.length > 0)).toBe(true);
  });

  it('renders every body, wiki-links resolved', () => {
    for (const slug of kb.bySlug.keys()) expect(kb.bodyHtml(slug)).not.toContain('[[');
    expect(kb.bodyHtml('event-0')).toMatch(/<a href="\/actors\/actor-\d+\/" class="wiki-link" data-collection="actors">/);
  });
});

describe('backlinks of a much-linked entry', () => {
  it('show a few per collection, with counts of all and how they link', () => {
    expect(backlinkCount(kb, mostLinked)).toBeGreaterThan(BACKLINKS_PER_PAGE);
    const groups = backlinkGroups(kb, mostLinked);
    expect(groups.reduce((n, group) => n + group.total, 0)).toBe(backlinkCount(kb, mostLinked));
    const events = groups.find((group) => group.collection === 'events')!;
    expect(events.backlinks).toHaveLength(BACKLINKS_SHOWN_PER_GROUP);
    expect(events.fullListPage).toBeGreaterThanOrEqual(1);
    expect(events.relations.reduce((n, r) => Math.max(n, r.count), 0)).toBeLessThanOrEqual(events.total);
    expect(hasPagedBacklinks(kb, mostLinked)).toBe(true);
  });

  it('are all on the pages of the full list, once each, in the entry page order', () => {
    const { pageCount, total } = backlinkPage(kb, mostLinked, 1);
    const listed = Array.from({ length: pageCount }, (_, i) => backlinkPage(kb, mostLinked, i + 1)).flatMap(({ groups }) =>
      groups.flatMap((group) => group.backlinks.map((b) => b.entry.slug)),
    );
    expect(listed).toHaveLength(total);
    expect(new Set(listed).size).toBe(total);
    const shown = backlinkGroups(kb, mostLinked).flatMap((group) => group.backlinks.map((b) => b.entry.slug));
    expect(listed.slice(0, BACKLINKS_SHOWN_PER_GROUP)).toEqual(shown.slice(0, BACKLINKS_SHOWN_PER_GROUP));
  });

  it('are not summarized for an entry with few', () => {
    const few = [...kb.bySlug.keys()].find((slug) => backlinkCount(kb, slug) === 3)!;
    expect(hasPagedBacklinks(kb, few)).toBe(false);
    expect(backlinkGroups(kb, few).every((group) => group.fullListPage === undefined && group.backlinks.length === group.total)).toBe(true);
  });
});

describe('lists of a large knowledge base', () => {
  it('page a collection index: every row once, in title order, pages of INDEX_PAGE_SIZE', () => {
    const rows = indexRows(kb, 'events');
    const pages = Array.from({ length: indexPageCount(rows) }, (_, i) => indexPageRows(rows, i + 1));
    expect(pages.length).toBe(Math.ceil(rows.length / INDEX_PAGE_SIZE));
    expect(pages.flat()).toEqual(rows);
    expect(pages[0]).toHaveLength(INDEX_PAGE_SIZE);
  });

  it('keep the home page short, each list linking to its whole collection', () => {
    expect(recentEvents(kb)).toHaveLength(HOME_LIMITS.events);
    expect(recentEvents(kb).at(-1)).toBe(timeline(kb).at(-1));
    const judgments = judgmentItems(kb);
    expect(judgments).toHaveLength(HOME_LIMITS.judgments);
    expect(moreLink(kb, 'judgments', judgments.length)).toEqual({
      href: '/judgments/',
      text: `All ${kb.byCollection.judgments.length} judgments →`,
    });
    const organizations = organizationItems(kb);
    expect(organizations).toHaveLength(HOME_LIMITS.organizations);
    expect(organizations.map((item) => item.title)).toEqual([...organizations.map((item) => item.title)].sort(titleOrder.compare));
    expect(moreLink(kb, 'briefings', kb.byCollection.briefings.length)).toBeUndefined();
  });
});
