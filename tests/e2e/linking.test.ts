/**
 * Linking from reports (issue 6): permalinks and redirects, anchors with copy-link, the citation
 * box, link previews, and the machine-readable exports, on the built sites.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stixErrors } from '../unit/stix-validator.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';

const JUDGMENT = 'judgments/localized-convergence-in-lebanon-syria-tunisia/';
const JUDGMENT_TITLE = 'al-Qaeda and Islamic State groups are converging locally, especially in Lebanon, Syria and Tunisia';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await opened.page.goto(url);
  return opened;
}

const clipboard = (page: Page) => page.evaluate<string>('navigator.clipboard.readText()');
const announced = (page: Page) => page.locator('#kb-announcer');

function today(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

describe('permalinks and redirects', () => {
  it('/e/<slug>/ opens any entry by its ID alone', async () => {
    const { page, errors } = await open(siteUrl('seed', `e/localized-convergence-in-lebanon-syria-tunisia/`));
    await page.waitForURL(`**/${JUDGMENT}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(JUDGMENT_TITLE);
    expect(errors).toEqual([]);
  });

  it('a former slug keeps working, under its collection and under /e/, and keeps the #anchor', async () => {
    const { page } = await open(siteUrl('fixtureSubpathAmber', 'actors/group-alpha/'));
    await page.waitForURL('**/kb/actors/group-a/');
    await page.goto(siteUrl('fixtureSubpathAmber', 'e/group-alpha/#cite-heading'));
    await page.waitForURL('**/kb/actors/group-a/#cite-heading');
    await page.close();
  });
});

describe('anchors', () => {
  it('gives every heading of an entry body an id and a link to it, and every anchor link a target', async () => {
    const { page } = await open(siteUrl('seed', JUDGMENT));
    const headings = await page
      .locator('.prose :is(h2, h3, h4)')
      .evaluateAll((nodes) => nodes.map((h) => [h.id, h.querySelector('a[data-anchor-link]')?.getAttribute('href')]));
    expect(headings.length).toBeGreaterThan(0);
    for (const [id, href] of headings) expect(href).toBe(`#${id}`);
    const dangling = await page
      .locator('a[data-anchor-link]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
    expect(dangling).toEqual([]);
    await page.close();
  });

  it('copies the absolute URL of an anchor and says so, by mouse or keyboard', async () => {
    const { page, errors } = await open(siteUrl('seed', JUDGMENT));
    const anchor = page.locator('.prose h2 a[data-anchor-link]').first();
    const id = (await anchor.getAttribute('href'))!;
    await anchor.click();
    await expect(clipboard(page)).resolves.toBe(siteUrl('seed', `${JUDGMENT}${id}`));
    expect(page.url()).toBe(siteUrl('seed', `${JUDGMENT}${id}`));
    await expect.poll(() => announced(page).textContent()).toBe('Link copied');

    await page.evaluate('navigator.clipboard.writeText("")');
    await page.locator('#cite-heading a[data-anchor-link]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(siteUrl('seed', `${JUDGMENT}#cite-heading`));
    expect(errors).toEqual([]);
  });
});

describe('cite this entry', () => {
  it("shows the citation with the absolute permalink and today's access date, and copies it from the keyboard", async () => {
    const { page, errors } = await open(siteUrl('seed', JUDGMENT));
    const permalink = siteUrl('seed', JUDGMENT);
    await expect(page.locator('[data-cite-format="plain"]').textContent()).resolves.toBe(
      `“${JUDGMENT_TITLE}.” Convergence Knowledge Base, entry localized-convergence-in-lebanon-syria-tunisia. ` +
        `Last updated 2015. ${permalink} (accessed ${today()}).`,
    );
    await page.locator('button[data-cite-copy="plain"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toContain(`${permalink} (accessed ${today()}).`);
    await expect.poll(() => announced(page).textContent()).toBe('Plain text citation copied');

    await page.locator('summary', { hasText: 'BibTeX' }).click();
    const bibtex = await page.locator('[data-cite-format="bibtex"]').textContent();
    expect(bibtex).toMatch(/^@misc\{localized-convergence-in-lebanon-syria-tunisia,\n {2}title = \{\{al-Qaeda and Islamic State/);
    expect(bibtex).toContain(`  url = {${permalink}},`);
    const csl = JSON.parse((await page.locator('[data-cite-format="csl-json"]').textContent())!);
    expect(csl[0]).toMatchObject({
      id: 'localized-convergence-in-lebanon-syria-tunisia',
      URL: permalink,
      issued: { 'date-parts': [[2015]] },
    });
    expect(errors).toEqual([]);
  });

  it('reads without JavaScript: the citation is there, the copy buttons are not', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('seed', JUDGMENT));
    await expect(page.locator('[data-cite-format="plain"]').textContent()).resolves.toContain(`/${JUDGMENT} (accessed `);
    await expect(page.locator('button[data-cite-copy]').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('link previews', () => {
  it('shows a card of the target on hover, fetched once per target', async () => {
    const { page, errors } = await open(siteUrl('seed', JUDGMENT));
    const fetched: string[] = [];
    page.on('request', (request) => request.url().includes('/data/previews/') && fetched.push(request.url()));
    const link = page.locator('.prose a[data-collection="sources"]').first();
    await link.hover();
    const card = page.locator('#link-preview');
    await expect(card.waitFor({ state: 'visible' })).resolves.toBeUndefined();
    await expect(card.locator('.link-preview-type').textContent()).resolves.toBe('Source');
    await expect(card.locator('.link-preview-title').textContent()).resolves.toBe('The Convergences of al-Qaeda and the Islamic State');
    await expect(card.textContent()).resolves.toContain('Reliability');
    await page.mouse.move(0, 0);
    await card.waitFor({ state: 'hidden' });
    await link.hover();
    await card.waitFor({ state: 'visible' });
    expect(fetched).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('shows it on keyboard focus, describes the link with it, and closes on Escape', async () => {
    const { page } = await open(siteUrl('seed', JUDGMENT));
    const link = page.locator('.prose a[data-collection="actors"]').first();
    await link.focus();
    const card = page.locator('#link-preview');
    await card.waitFor({ state: 'visible' });
    await expect(link.getAttribute('aria-describedby')).resolves.toBe('link-preview');
    await expect(card.locator('.link-preview-type').textContent()).resolves.toBe('Actor');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await expect(link.getAttribute('aria-describedby')).resolves.toBeNull();
    await page.close();
  });
});

describe('exports', () => {
  const get = async (site: Parameters<typeof siteUrl>[0], path: string) => fetch(siteUrl(site, path));

  it('writes one JSON per entry and the whole knowledge base, matching the pages', async () => {
    const all = await (await get('seed', 'data/knowledge-base.json')).json();
    expect(all.name).toBe('Convergence Knowledge Base');
    expect(all.entries.length).toBeGreaterThan(100);
    const judgment = await (await get('seed', 'data/entries/localized-convergence-in-lebanon-syria-tunisia.json')).json();
    expect(judgment).toEqual(all.entries.find((e: { slug: string }) => e.slug === judgment.slug));
    expect(judgment.data).toMatchObject({ title: JUDGMENT_TITLE, confidence: 'moderate', likelihood: 'likely' });
    expect(judgment.backlinks.map((b: { slug: string }) => b.slug)).toContain('local-convergence-al-qaeda-islamic-state-2014-2015');
  });

  it('writes events as CSV, one row per event page', async () => {
    const csv = await (await get('seed', 'data/events.csv')).text();
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,title,date,end_date,approximate,kind,reporting,places,participants,killed,wounded,sources,summary,url');
    const { page } = await open(siteUrl('seed', 'events/'));
    const eventPages = await page
      .locator('main a[href*="/events/"]')
      .evaluateAll((links) => new Set(links.map((a) => a.getAttribute('href'))).size);
    expect(lines.length - 1).toBe(eventPages);
    await page.close();
  });

  it('writes a STIX 2.1 bundle whose objects validate and whose references resolve', async () => {
    const bundle = await (await get('seed', 'data/stix-bundle.json')).json();
    expect(bundle.type).toBe('bundle');
    const ids = new Set(bundle.objects.map((o: { id: string }) => o.id));
    for (const object of bundle.objects) {
      expect(stixErrors(object)).toEqual([]);
      for (const ref of [object.created_by_ref, object.source_ref, object.target_ref, ...(object.object_refs ?? [])].filter(Boolean)) {
        expect(ids.has(ref)).toBe(true);
      }
    }
  });

  it('writes no feed or sitemap without SITE_URL (they need absolute URLs)', async () => {
    expect((await get('seed', 'feed.xml')).status).toBe(404);
    expect((await get('seed', 'sitemap.xml')).status).toBe(404);
  });

  it('has no preview or entry JSON for a withheld entry, and a TLP:AMBER build has them', async () => {
    expect((await get('fixture', 'data/previews/secret-actor.json')).status).toBe(404);
    expect((await get('fixture', 'data/entries/secret-actor.json')).status).toBe(404);
    expect((await get('fixture', 'e/secret-actor/')).status).toBe(404);
    expect((await get('fixtureSubpathAmber', 'data/previews/secret-actor.json')).status).toBe(200);
  });
});
