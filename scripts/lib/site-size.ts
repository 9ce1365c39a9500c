/**
 * Sizes of a built site, as the benchmark reports them: the whole output, the search index and data, and
 * per entry page its HTML and the JavaScript it loads before search is opened (module scripts it
 * names, the modules they import statically, inline scripts), raw and gzip-compressed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COLLECTIONS } from '../../src/lib/schema/index.ts';
import { SEARCH_DATA_FOLDERS } from '../../src/lib/search/stamped.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}
interface PageSizes {
  html: Bytes;
  js: Bytes;
}

export interface SiteSize {
  files: number;
  bytes: number;
  pagefindBytes: number;
  /** The site's own search data (search/lexicon, search/facets, search/results): files and bytes. */
  searchData: { files: number; bytes: number };
  entryPages: number;
  /** Median entry page. */
  median: PageSizes;
  /** The entry page with the most HTML, and its path. */
  largest: PageSizes & { path: string };
  /** The most JavaScript any entry page loads. */
  maxJs: Bytes;
}

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const measure = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Static imports of a bundled module: `import"./x.js"`, `from"./x.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;
const MODULE_SRC = /<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g;

export function measureSite(siteDir: string, base = '/'): SiteSize {
  const { files, bytes } = folderBytes(siteDir);
  const pagefindBytes = existsSync(join(siteDir, 'pagefind')) ? folderBytes(join(siteDir, 'pagefind')).bytes : 0;
  const searchData = SEARCH_DATA_FOLDERS.reduce(
    (sum, folder) => {
      const size = existsSync(join(siteDir, folder)) ? folderBytes(join(siteDir, folder)) : { files: 0, bytes: 0 };
      return { files: sum.files + size.files, bytes: sum.bytes + size.bytes };
    },
    { files: 0, bytes: 0 },
  );
  const moduleBytes = new Map<string, Bytes>();
  /** The modules a script loads, itself included, as site paths. */
  const moduleClosure = (path: string, seen: Set<string>) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = join(siteDir, path);
    if (!existsSync(file)) return;
    const code = readFileSync(file, 'utf8');
    if (!moduleBytes.has(path)) moduleBytes.set(path, measure(code));
    for (const [, specifier = ''] of code.matchAll(STATIC_IMPORT)) {
      if (specifier.startsWith('.')) moduleClosure(relative(siteDir, join(dirname(file), specifier)), seen);
      else if (specifier.startsWith(base)) moduleClosure(specifier.slice(base.length), seen);
    }
  };

  const pages: (PageSizes & { path: string })[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(siteDir, collection);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir)) {
      const path = join(collection, slug, 'index.html');
      if (!existsSync(join(siteDir, path))) continue;
      const html = readFileSync(join(siteDir, path), 'utf8');
      if (html.includes('http-equiv="refresh"')) continue; // a former slug's redirect page
      const modules = new Set<string>();
      for (const [, src = ''] of html.matchAll(MODULE_SRC)) moduleClosure(src.startsWith(base) ? src.slice(base.length) : src, modules);
      let js = [...modules].reduce((sum, module) => add(sum, moduleBytes.get(module) ?? ZERO), ZERO);
      for (const [, code = ''] of html.matchAll(INLINE_SCRIPT)) if (code.trim()) js = add(js, measure(code));
      pages.push({ path, html: measure(html), js });
    }
  }
  const byHtml = [...pages].sort((a, b) => a.html.raw - b.html.raw);
  const median = byHtml[Math.floor(byHtml.length / 2)] ?? { html: ZERO, js: ZERO };
  const largest = byHtml.at(-1) ?? { path: '', html: ZERO, js: ZERO };
  const maxJs = pages.reduce((max, page) => (page.js.gzip > max.gzip ? page.js : max), ZERO);
  return {
    files,
    bytes,
    pagefindBytes,
    searchData,
    entryPages: pages.length,
    median: { html: median.html, js: median.js },
    largest,
    maxJs,
  };
}
