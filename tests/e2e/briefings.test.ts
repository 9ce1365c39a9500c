/** The seed briefing in Chromium: particulars, key judgments, the compiled appendix, the index, print. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryOf } from '../../src/lib/schema/index.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';
import { seedKnowledgeBase } from './support/seed.ts';

const SLUG = 'local-convergence-al-qaeda-islamic-state-2014-2015';
const PATH = `briefings/${SLUG}/`;

const kb = seedKnowledgeBase();
const briefing = kb.bySlug.get(SLUG) as EntryOf<'briefings'>;
const judgments = briefing.data.keyJudgments.map((slug) => kb.bySlug.get(slug) as EntryOf<'judgments'>);

/** What the briefing cites, worked out directly from the content: body links, and its judgments' evidence and sources. */
function citedSlugs(): { entries: string[]; sources: string[] } {
  const cited = new Set<string>();
  for (const edge of kb.graph.outgoing.get(SLUG) ?? []) if (!edge.field) cited.add(edge.target);
  for (const judgment of judgments) {
    judgment.data.evidence.forEach((item) => cited.add(item.entry));
    judgment.data.sources.forEach((citation) => cited.add(citation.source));
  }
  for (const judgment of judgments) cited.delete(judgment.slug);
  const isSource = (slug: string) => kb.bySlug.get(slug)!.collection === 'sources';
  return { entries: [...cited].filter((s) => !isSource(s)).sort(), sources: [...cited].filter(isSource).sort() };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a briefing page', () => {
  it('opens with the particulars and the bottom line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(briefing.data.title);
    const particulars = await page.locator('.particulars').innerText();
    expect(particulars).toContain('25 November 2026');
    expect(particulars).toContain(briefing.data.audience);
    expect(particulars).toMatch(/Reading time\s+about \d+ min/);
    expect(particulars).toContain('TLP:CLEAR');
    const bluf = page.getByRole('region', { name: 'Bottom line up front' });
    expect(await bluf.textContent()).toContain(briefing.data.summary.replace(/^BLUF: /, ''));
    expect(await bluf.textContent()).not.toContain('BLUF:');
    expect(errors).toEqual([]);
  });

  it('shows every key judgment with its likelihood, confidence and status, linked to its page and anchored', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    const table = page.getByRole('region', { name: 'Key judgments' }).getByRole('table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(judgments.length);
    for (const [i, judgment] of judgments.entries()) {
      const row = rows.nth(i);
      expect(await row.getAttribute('id')).toBe(`judgment-${judgment.slug}`);
      expect(await row.getByRole('link', { name: judgment.data.title }).getAttribute('href')).toBe(`/judgments/${judgment.slug}/`);
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[2]!.toLowerCase()).toBe(judgment.data.confidence);
      expect(cells[3]!.toLowerCase()).toBe(judgment.data.status);
      if (!judgment.data.likelihood) expect(cells[1]).toBe('Not estimated');
    }
    expect(await rows.nth(0).locator('td').nth(1).innerText()).toMatch(/^Likely\s+\(55–80%\)$/);
  });

  it('lists in its appendix exactly the entries and sources the briefing and its judgments cite', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    const expected = citedSlugs();
    const entries = await page
      .locator('.appendix:not(.sources) li[data-slug]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.slug!));
    const sources = await page
      .locator('.appendix.sources tr[data-slug]')
      .evaluateAll((rows) => rows.map((tr) => (tr as HTMLElement).dataset.slug!));
    expect([...entries].sort()).toEqual(expected.entries);
    expect([...sources].sort()).toEqual(expected.sources);
    expect(new Set(entries).size).toBe(entries.length);
    const habeck = page.locator('tr[data-slug="habeck-2015-convergences"]');
    expect(await habeck.locator('.grade .grade-text').allTextContents()).toEqual(['B2', 'B3', 'B6']);
    expect(await habeck.locator('.grade .reliability').innerText()).toBe('Usually reliable');
    expect(await habeck.innerText()).toContain('key judgment 8 (para. 5)');
  });

  it('explains a two-part Admiralty grade on hover and on keyboard focus', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    const badge = page.locator('tr[data-slug="habeck-2015-convergences"] .grade-badge').first();
    const meaning = badge.locator('.grade-meaning');
    const shown = async () => ((await meaning.boundingBox())?.width ?? 0) > 40;
    expect(await shown()).toBe(false);
    await badge.focus();
    expect(await shown()).toBe(true);
    expect(await meaning.innerText()).toContain('Admiralty grade B2: source: usually reliable; information: probably true.');
    await badge.blur();
    await page.mouse.move(0, 0);
    expect(await shown()).toBe(false);
    await badge.hover();
    expect(await shown()).toBe(true);
  });

  it("sets the knowledge base's own analysis apart, on screen and in print", async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    const assessment = page.getByRole('note', { name: /^Assessment: this knowledge base’s analysis/ });
    expect(await assessment.count()).toBeGreaterThan(0);
    expect(await assessment.first().locator('.assessment-label').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await assessment.first().locator('.assessment-label').isVisible()).toBe(true);
  });

  it('prints as a document: no navigation, the marking shown, body links numbered to the appendix', async () => {
    const { page } = await openPage(browser);
    await page.goto(siteUrl('seed', PATH));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('note', { name: 'Information sharing marking' }).isVisible()).toBe(true);
    const link = page.locator('[data-briefing-narrative] a[href="/actors/al-qaeda/"]').first();
    const ref = await link.getAttribute('data-ref');
    expect(await page.locator(`li[data-ref="${ref}"]`).getAttribute('data-slug')).toBe('al-qaeda');
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" [${ref}]"`);
    // "would undercut judgment 2" links the second key judgment.
    const judgmentLink = page.locator(`[data-briefing-narrative] a[href="/judgments/${judgments[1]!.slug}/"]`).first();
    expect(await judgmentLink.getAttribute('data-ref')).toBe('KJ2');
  });
});

describe('the briefings index', () => {
  it('lists the briefings newest first, each with its bottom line', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('seed', 'briefings/'));
    const items = page.getByRole('list', { name: 'Briefings, newest first' }).getByRole('listitem');
    expect(await items.count()).toBe(kb.byCollection.briefings.length);
    const first = items.first();
    expect(await first.getByRole('link').getAttribute('href')).toBe(`/${PATH}`);
    expect(await first.innerText()).toContain(`Bottom line: ${briefing.data.summary.replace(/^BLUF: /, '')}`);
    expect(await first.innerText()).toContain(`${judgments.length} key judgments`);
    expect(errors).toEqual([]);
  });
});
