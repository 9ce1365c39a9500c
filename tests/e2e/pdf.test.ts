/** `npm run pdf` on the built seed site and on a sub-path build: the PDFs exist, have pages and hold the text. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import type { EntryOf } from '../../src/lib/schema/index.ts';
import { TEST_SITES_DIR } from './support/global-setup.ts';
import { seedKnowledgeBase } from './support/seed.ts';

const outRoot = mkdtempSync(join(tmpdir(), 'kb-pdf-'));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

/** Runs the pdf script on a built test site; returns its output folder. */
function printSite(site: string, env: Record<string, string> = {}): { out: string; stdout: string } {
  const out = join(outRoot, site);
  const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--site', join(TEST_SITES_DIR, site), '--out', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', ...env },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { out, stdout: run.stdout };
}

/** The PDF's text in the order it was written (table cells whole), one space between words. */
function pdfText(file: string, options: string[] = []): string {
  const run = spawnSync('pdftotext', ['-raw', ...options, file, '-'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  return run.stdout.replace(/\s+/g, ' ');
}

/** pdftotext joins a word hyphenated at a line end ("al-" + "Qaeda" → "alQaeda"): compare without hyphens or spaces. */
const squeezed = (text: string) => text.replace(/[\s-]+/g, '');

function pageCount(file: string): number {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe('npm run pdf', () => {
  it('prints the seed briefing: several pages, every key judgment in the text, the marking and page numbers on each page', () => {
    const { out, stdout } = printSite('seed');
    const slug = 'local-convergence-al-qaeda-islamic-state-2014-2015';
    expect(readdirSync(out)).toEqual([`${slug}.pdf`]);
    expect(stdout).toContain(`${slug}.pdf`);
    const file = join(out, `${slug}.pdf`);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(1);

    const kb = seedKnowledgeBase();
    const briefing = kb.bySlug.get(slug) as EntryOf<'briefings'>;
    const text = squeezed(pdfText(file));
    expect(text).toContain(squeezed(briefing.data.summary.replace(/^BLUF: /, '')));
    for (const judgment of briefing.data.keyJudgments) {
      expect(text).toContain(squeezed((kb.bySlug.get(judgment) as EntryOf<'judgments'>).data.title));
    }
    expect(text).toContain(squeezed('Appendix B: sources'));
    for (let page = 1; page <= pages; page++) {
      const pageText = pdfText(file, ['-f', String(page), '-l', String(page)]);
      expect(pageText).toContain('TLP:CLEAR');
      expect(pageText).toContain(`Page ${page} of ${pages}`);
    }
  });

  it('prints permalinks at the public address, never at its own temporary server; no stray last page', () => {
    const { out } = printSite('seed', { SITE_URL: 'https://kb.example.org' });
    const file = join(out, 'local-convergence-al-qaeda-islamic-state-2014-2015.pdf');
    const text = pdfText(file);
    expect(text).not.toContain('127.0.0.1');
    expect(text).toContain('https://kb.example.org/briefings/local-convergence-al-qaeda-islamic-state-2014-2015/');
    expect(text).toContain('https://kb.example.org/actors/al-qaeda/');
    // The citation box, the last thing printed, is kept whole: the last page starts no later than its heading.
    const pages = pageCount(file);
    expect(pdfText(file, ['-f', String(pages), '-l', String(pages)])).toContain('Cite this entry');
  });

  it('survives a malformed address in a page (the local server answers 400 and keeps serving)', () => {
    const site = join(outRoot, 'bad-link-site');
    // The test site is a link to its build: copy the build itself, not the link.
    cpSync(join(projectRoot, TEST_SITES_DIR, 'fixture'), site, { recursive: true, dereference: true });
    const page = join(site, 'briefings', 'example-briefing', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<img src="/%E0%A4%A" alt=""></main>'));
    const out = join(outRoot, 'bad-link');
    const run = spawnSync(process.execPath, ['scripts/pdf.ts', '--site', site, '--out', out], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['example-briefing.pdf']);
  });

  it('prints a site built for a sub-path, only the briefings that site has', () => {
    const { out } = printSite('fixtureSubpathAmber');
    expect(readdirSync(out)).toEqual(['example-briefing.pdf']);
    const text = pdfText(join(out, 'example-briefing.pdf'));
    expect(text).toContain('Group A and Group B will likely keep fighting.');
    expect(text).toContain('Moderate');
  });
});
