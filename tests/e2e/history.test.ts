/**
 * History and editions, on a scratch git repository of the fixture (support/history-repo.ts):
 * an edition tagged, then a judgment's likelihood raised, an event's date corrected, an entry
 * renamed and an actor added, then a second edition and one change after it. Each shows on the
 * edition's change page, in changes.json, in the Atom feeds and on the entries' pages, and the
 * judgment as of the first edition still says "Likely".
 */
import { SEARCH_DATA_FOLDERS } from '../../src/lib/search/stamped.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser, openPage, siteUrl } from './support/browser.ts';
import { crawl, headProblems, securityProblems } from './support/crawl.ts';
import { TEST_SITES_DIR } from './support/global-setup.ts';
import { FIRST_EDITION, SECOND_EDITION } from './support/history-repo.ts';

const text = async (path: string) => {
  const response = await fetch(siteUrl('history', path));
  expect(response.status, path).toBe(200);
  return response.text();
};
/** A page's visible words, tags dropped and spaces collapsed, for phrases that span elements. */
const words = (html: string) =>
  html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe(`edition ${SECOND_EDITION}'s change page`, () => {
  it('shows each change field by field, judgments first', async () => {
    const page = words(await text(`changes/${SECOND_EDITION}/`));
    expect(page).toContain('likelihood: Likely → Very likely');
    expect(page).toContain('date: 2014-11-13 → 2014-11-12');
    expect(page).toMatch(/Changed Group B \(renamed from group-b\)/);
    expect(page).toMatch(/Added Group C/);
    expect(page).toContain('3 changed, 1 added, 0 removed');
    const html = await text(`changes/${SECOND_EDITION}/`);
    const order = ['Judgments', 'Actors', 'Events'].map((heading) => html.search(new RegExp(`<h2[^>]*>${heading}</h2>`)));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('marks changed text with <del> and <ins> and says so in words', async () => {
    const html = await text(`changes/${SECOND_EDITION}/`);
    expect(html).toMatch(
      /<ins[^>]*><span class="visually-hidden"[^>]*>\[added: <\/span>very <span class="visually-hidden"[^>]*>\]<\/span><\/ins>/,
    );
    expect(html).toMatch(/<del[^>]*><span class="visually-hidden"[^>]*>was <\/span>Likely<\/del>/);
  });
});

describe('/changes/', () => {
  it('lists the editions newest first, and what changed since the latest', async () => {
    const page = words(await text('changes/'));
    expect(page.indexOf(`Edition ${SECOND_EDITION}`)).toBeLessThan(page.indexOf(`Edition ${FIRST_EDITION}`));
    expect(page).toContain(`Since edition ${SECOND_EDITION}`);
    expect(page).toMatch(/summary: A fixture group (.*)first reported/);
  });
});

describe('/data/changes.json', () => {
  it('holds the same changes', async () => {
    const data = JSON.parse(await text('data/changes.json')) as {
      editions: {
        name: string;
        previous?: string;
        changes: {
          added: { slug: string }[];
          changed: { entry: { slug: string }; renamedFrom?: string; changes: { field: string; before?: string; after?: string }[] }[];
        };
      }[];
    };
    expect(data.editions.map((edition) => edition.name)).toEqual([SECOND_EDITION, FIRST_EDITION]);
    const { changes } = data.editions[0]!;
    const changed = new Map(changes.changed.map((change) => [change.entry.slug, change]));
    expect(changed.get('example-judgment')!.changes).toContainEqual({
      field: 'likelihood',
      kind: 'value',
      before: 'likely',
      after: 'very-likely',
    });
    expect(changed.get('example-clash')!.changes).toContainEqual({
      field: 'date',
      kind: 'value',
      before: '2014-11-13',
      after: '2014-11-12',
    });
    expect(changed.get('group-bravo')!.renamedFrom).toBe('group-b');
    expect(changes.added.map((entry) => entry.slug)).toEqual(['group-c']);
  });
});

describe('Atom feeds', () => {
  it('/changes.xml has an item per edition with its changes', async () => {
    const feed = await text('changes.xml');
    expect(feed).toContain(`<title>Edition ${SECOND_EDITION}: 3 changed, 1 added, 0 removed</title>`);
    expect(feed).toContain(`<title>Edition ${FIRST_EDITION}:`);
    expect(feed).toContain('&lt;code&gt;likelihood&lt;/code&gt;: &lt;del&gt;Likely&lt;/del&gt; → &lt;ins&gt;Very likely&lt;/ins&gt;');
  });

  it('each entry has its own feed, linked from its page', async () => {
    expect(await text('judgments/example-judgment/history.xml')).toContain('<title>Changed: title, likelihood</title>');
    expect(await text('events/example-clash/history.xml')).toContain('<title>Changed: date</title>');
    expect(await text('actors/group-bravo/history.xml')).toContain('<title>Changed: renamed from group-b</title>');
    expect(await text('actors/group-c/history.xml')).toContain('<title>Published</title>');
    const page = await text('actors/group-c/');
    expect(page).toMatch(
      /<link rel="alternate" type="application\/atom\+xml" title="History of Group C" href="\/actors\/group-c\/history.xml"/,
    );
    expect(page).toMatch(/href="\/actors\/group-c\/history.xml"[^>]*>Follow this entry/);
  });
});

describe('entry pages', () => {
  it('say when the entry was first published and last changed, with a closed history', async () => {
    const page = await text('judgments/example-judgment/');
    expect(words(page)).toMatch(/First published\s*10 Jan 2026\s*Last changed\s*2 Feb 2026/);
    expect(page).toMatch(/<details[^>]*><summary[^>]*>2 revisions<\/summary>/);
    expect(words(page)).toContain('likelihood: Likely → Very likely');
  });

  it('say where the entry changed since the latest edition, linking the change', async () => {
    const page = await text('actors/group-c/');
    expect(words(page)).toContain(`Changed since edition ${SECOND_EDITION}: see what changed`);
    expect(page).toContain('href="/changes/#change-group-c"');
    expect(await text('changes/')).toContain('id="change-group-c"');
    expect(words(await text('judgments/example-judgment/'))).not.toContain('Changed since edition');
  });

  it('let `updated` override the last change', async () => {
    expect(words(await text('actors/group-a/'))).toMatch(/First published\s*10 Jan 2026\s*Last changed\s*Dec 2025/);
  });
});

describe('an entry as of an edition', () => {
  it('links its text to the entries as they stood at the same edition', async () => {
    const html = await text(`editions/${FIRST_EDITION}/judgments/example-judgment/`);
    expect(html).toMatch(new RegExp(`<a href="/editions/${FIRST_EDITION}/events/example-clash/"[^>]*>Example clash</a>`));
    expect(words(html)).toContain(`Links in this text lead to the entries as they stood at edition ${FIRST_EDITION}.`);
    expect(html).toContain('data-no-preview');
  });

  it('shows the judgment with its old likelihood, a banner linking the current version, and a citation of that edition', async () => {
    const html = await text(`editions/${FIRST_EDITION}/judgments/example-judgment/`);
    const page = words(html);
    expect(page).toContain(`As of edition ${FIRST_EDITION}`);
    expect(page).toMatch(/likelihood\s*Likely/);
    expect(page).not.toContain('Very likely');
    expect(html).toMatch(/href="\/judgments\/example-judgment\/"[^>]*>Read the current version/);
    expect(page).toMatch(new RegExp(`entry example-judgment, edition ${FIRST_EDITION} \\(commit [0-9a-f]{7}\\)`));
    expect(page).toContain('Cite this edition');
    expect(html).toContain('data-pagefind-ignore="all"');
  });

  it('keeps the old slug of a renamed entry, linked from the current page', async () => {
    expect(words(await text(`editions/${FIRST_EDITION}/actors/group-b/`))).toContain('Read the current version');
    expect(await text('actors/group-bravo/')).toContain(`href="/editions/${FIRST_EDITION}/actors/group-b/"`);
  });

  it('is a redirect file to the current page where the entry is unchanged since, its policy first in the head', async () => {
    const html = await text(`editions/${SECOND_EDITION}/actors/group-a/`);
    // Written by the integration, not rendered by Astro: no stylesheet, nothing but the redirect.
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/,
    );
    expect(html).not.toContain('/_astro/');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/actors/group-a/">');
    expect(html).toMatch(/<link rel="canonical" href="\/actors\/group-a\/"/);
    expect(words(html)).toMatch(
      new RegExp(
        `Unchanged since edition ${SECOND_EDITION} \\(2026-02-\\d\\d, commit [0-9a-f]{7}\\); the current page shows it as it stood then: Group A\\.`,
      ),
    );
    expect(securityProblems(siteUrl('history', `editions/${SECOND_EDITION}/actors/group-a/`), html)).toEqual([]);
  });

  it('leaves the current page of an unchanged entry offering that address for citing, with the edition and commit in every format', async () => {
    const html = await text('actors/group-a/');
    expect(words(html)).toContain(
      `Unchanged since edition ${SECOND_EDITION}: cite this version as /editions/${SECOND_EDITION}/actors/group-a/`,
    );
    const commit = new RegExp(`data-pinned-edition="${SECOND_EDITION}" data-pinned-commit="([0-9a-f]{7})"`).exec(html)?.[1];
    expect(commit).toBeDefined();
    for (const format of ['plain', 'markdown', 'bibtex', 'csl-json']) {
      const citation = new RegExp(`<pre[^>]*id="cite-edition-${format}"[^>]*>([\\s\\S]*?)</pre>`).exec(html)?.[1] ?? '';
      expect(citation, format).toContain(`/editions/${SECOND_EDITION}/actors/group-a/`);
      expect(citation, format).toContain(SECOND_EDITION);
      expect(citation, format).toContain(commit);
    }
    // The citation of the entry as it is stays first, with its own ids.
    expect(html.indexOf('id="cite-heading"')).toBeLessThan(html.indexOf('id="cite-edition-heading"'));
  });

  it('redirects under a base path, with or without JavaScript, keeping a #anchor, within the policy', async () => {
    const path = `editions/${SECOND_EDITION}/actors/group-a/`;
    const html = await (await fetch(siteUrl('historyAmber', path))).text();
    expect(html).toContain('<link rel="canonical" href="/kb/actors/group-a/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kb/actors/group-a/">');
    const { page, errors } = await openPage(browser);
    await page.goto(siteUrl('historyAmber', `${path}#cite-edition-heading`));
    await page.waitForURL('**/kb/actors/group-a/#cite-edition-heading');
    await page.close();
    expect(errors).toEqual([]);
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(siteUrl('historyAmber', path));
    await plain.waitForURL('**/kb/actors/group-a/');
    await noScript.close();
  });

  it('is not in the search index or the search data', () => {
    const site = join(projectRoot, TEST_SITES_DIR, 'history');
    const files = ['pagefind', ...SEARCH_DATA_FOLDERS].flatMap((folder) =>
      readdirSync(join(site, folder), { recursive: true })
        .map((file) => join(folder, String(file)))
        .filter((file) => statSync(join(site, file)).isFile()),
    );
    const indexed = files.filter((file) => {
      let bytes = readFileSync(join(site, file));
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return bytes.toString('utf8').includes('/editions/');
    });
    expect(files.length).toBeGreaterThan(3);
    expect(indexed).toEqual([]);
  });
});

describe('the history site', () => {
  it('publishes no commit message, author name or e-mail address', () => {
    const secrets = ['private commit message', 'Scratch Author', 'scratch@example.org', 'edition note'];
    const dir = join(projectRoot, TEST_SITES_DIR, 'history');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => statSync(join(dir, file)).isFile());
    const found = files.flatMap((file) =>
      secrets.filter((secret) => readFileSync(join(dir, file), 'latin1').includes(secret)).map((s) => `${file}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it('has no broken link, and every page names itself', async () => {
    const site = await crawl(siteUrl('history'));
    expect([...site.status].filter(([, code]) => code !== 200)).toEqual([]);
    expect([...site.pages.keys()].some((url) => url.includes('/editions/'))).toBe(true);
    expect([...site.pages].flatMap(([url, html]) => headProblems(url, html))).toEqual([]);
    // The edition pages and redirect files (elsewhere the fixture's hostile title reads, escaped, like an inline handler).
    const editionPages = [...site.pages].filter(([url]) => url.includes('/editions/'));
    expect(editionPages.flatMap(([url, html]) => securityProblems(url, html))).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`meets WCAG 2.2 AA (axe) on the change and edition pages, ${scheme} scheme`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of [
        'changes/',
        `changes/${SECOND_EDITION}/`,
        `editions/${FIRST_EDITION}/judgments/example-judgment/`,
        'judgments/example-judgment/',
      ]) {
        await page.goto(siteUrl('history', path));
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        violations.push(...(await axeViolations(page)).map((violation) => `${path}: ${violation}`));
      }
      // A redirect file, held still for the audit: served without its refresh and script, which would leave it at once.
      const redirect = `editions/${SECOND_EDITION}/actors/group-a/`;
      await page.route(siteUrl('history', redirect), async (route) => {
        const body = (await (await route.fetch()).text()).replace(/<script>.*?<\/script>|<meta http-equiv="refresh"[^>]*>/g, '');
        await route.fulfill({ body, contentType: 'text/html' });
      });
      await page.goto(siteUrl('history', redirect));
      expect(await page.title()).toBe('Group A');
      violations.push(...(await axeViolations(page)).map((violation) => `${redirect}: ${violation}`));
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  it('loads the new pages with no console error', async () => {
    const { page, errors } = await openPage(browser);
    for (const path of ['changes/', `changes/${SECOND_EDITION}/`, `editions/${FIRST_EDITION}/judgments/example-judgment/`])
      await page.goto(siteUrl('history', path));
    expect(errors).toEqual([]);
  });
});
