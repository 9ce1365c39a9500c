/**
 * `npm run pdf`: print every briefing of a built site to `pdf/<slug>.pdf` through Chromium.
 * Uses dist/ (building it first if it is missing), or the site given with `--site <dir>`; only
 * the briefings that site lists are printed, so a PDF never holds more than its release level.
 * Each page carries the marking and the title at the top, and the marking and "Page X of Y"
 * at the bottom; the text stays selectable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot, siteConfig } from '../src/config/build-options.ts';
import { PUBLIC_ORIGIN_GLOBAL } from '../src/lib/site.ts';
import { listedBriefings, pdfFooterTemplate, pdfHeaderTemplate, publicOriginOf } from './lib/briefing-pdf.ts';
import { launchChromium } from './lib/chromium.ts';
import { parseArgsOrExit } from './lib/options.ts';
import { serveStatic } from './lib/static-server.ts';

const SITE_NAME = siteConfig().name;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values } = parseArgsOrExit(
  { options: { site: { type: 'string' }, out: { type: 'string' } } },
  'usage: npm run pdf -- [--site dist] [--out pdf]',
);
const siteDir = resolve(projectRoot, values.site ?? 'dist');
const outDir = resolve(projectRoot, values.out ?? 'pdf');

if (!existsSync(join(siteDir, 'index.html'))) {
  if (values.site) fail(`${siteDir} is not a built site (no index.html).`);
  console.log('dist/ is missing: building the site first.');
  const build = spawnSync(process.execPath, [join(projectRoot, 'scripts/build.ts')], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed; no PDF was written.');
}

const indexFile = join(siteDir, 'briefings', 'index.html');
const briefings = existsSync(indexFile) ? listedBriefings(readFileSync(indexFile, 'utf8')) : [];
if (briefings.length === 0) {
  console.log('The site lists no briefings: nothing to print.');
  process.exit(0);
}

// The pages' own links carry the base path the site was built for; serve it under that path.
const base = briefings[0]!.path.slice(0, -`briefings/${briefings[0]!.slug}/`.length) || '/';
const { url, server } = await serveStatic(siteDir, base);
// Permalinks printed in the PDF use the public address, never this temporary server's.
const origin = publicOriginOf(siteConfig().siteUrl, readFileSync(join(siteDir, 'index.html'), 'utf8'));
if (!origin) console.log('Note: the site was built without SITE_URL and none is set: the PDFs print permalinks as paths (/briefings/…).');
const browser = await launchChromium();
mkdirSync(outDir, { recursive: true });
/** Prints one briefing to `<out>/<slug>.pdf`; throws if its page does not load. */
async function printBriefing(page: Page, slug: string): Promise<string> {
  const response = await page.goto(`${url}briefings/${slug}/`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`the page answered ${response?.status()}`);
  const title = (await page.locator('h1').first().textContent())?.trim() ?? slug;
  const marking = (await page.locator('.marking-banner strong').first().textContent())?.trim() ?? '';
  // The header and footer templates replace the print stylesheet's page-margin marking and numbers.
  await page.evaluate('document.documentElement.dataset.pdfExport = ""');
  const path = join(outDir, `${slug}.pdf`);
  await page.pdf({
    path,
    format: 'A4',
    margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
    displayHeaderFooter: true,
    headerTemplate: pdfHeaderTemplate(title, marking),
    footerTemplate: pdfFooterTemplate(marking, SITE_NAME),
    printBackground: true,
    outline: true,
    tagged: true,
  });
  return path;
}

// One briefing that cannot be printed is reported; the others are still printed.
const failed: string[] = [];
try {
  const page = await browser.newPage();
  await page.addInitScript(`globalThis[${JSON.stringify(PUBLIC_ORIGIN_GLOBAL)}] = ${JSON.stringify(origin ?? '')};`);
  for (const { slug } of briefings) {
    try {
      const path = await printBriefing(page, slug);
      console.log(`✓ ${relative(process.cwd(), path) || path}`);
    } catch (error) {
      failed.push(slug);
      console.error(`✗ briefings/${slug}/: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}; no PDF for it.`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (failed.length) fail(`${failed.length} of ${briefings.length} briefing(s) could not be printed: ${failed.join(', ')}.`);
