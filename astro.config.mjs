// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config/build-options.ts';
import knowledgeBase, { entryBodyProcessor } from './src/integration/index.ts';

// kb.config.ts, with the environment's overrides (KB_RELEASE, BASE_PATH, SITE_URL, CONTENT_DIR).
const site = siteConfig();

export default defineConfig({
  // The public address, for absolute permalinks in citations; optional.
  ...(site.siteUrl ? { site: site.siteUrl } : {}),
  base: site.base,
  trailingSlash: 'always',
  // Four pages at a time: writing a page (to the site and the cache) waits on the disk, and meanwhile
  // the next renders. About 14 % less wall time for a full build of 10,000 entries (docs/benchmarks.md).
  // Stylesheets as files, never inlined: the browser fetches them once for the whole site, and each
  // of the hundreds of thousands of pages a large build writes is neither larger by them nor hashes
  // them again for its content security policy (docs/benchmarks.md).
  build: { concurrency: 4, inlineStylesheets: 'never' },
  // The content store and the pages of the last build, kept between builds: a page whose code and
  // cache key (a digest of what it shows: src/data/cache-keys.ts) are unchanged is copied, not rendered.
  cacheDir: site.cacheDir,
  experimental: { incrementalBuild: true },
  // Entries come from the content collections (src/content.config.ts). Plain-prose bodies are
  // rendered to HTML by the core's loader, with no module per entry; bodies with components are
  // compiled by @astrojs/mdx through the same pipeline, as are the site's own MDX pages.
  markdown: { syntaxHighlight: false },
  integrations: [knowledgeBase(), mdx({ processor: entryBodyProcessor() })],
  security: {
    csp: {
      // Pagefind's search runs as WebAssembly, which a CSP without 'wasm-unsafe-eval' blocks;
      // this allows compiling WASM only, not eval() of JavaScript. 'self' keeps Astro's default.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Nothing may come from or go to another origin, whatever a page holds: analysts read this
      // on closed networks, and a request out would tell someone what they read.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // Builds, their caches and test sites live in the project: `astro dev` need not watch their thousands of files.
    server: { watch: { ignored: ['**/.build/**', '**/.cache/**'] } },
    build: {
      rollupOptions: {
        // Every compiled MDX body carries Astro's "use astro:head-inject" directive, which the
        // bundler warns about once per file though it is harmless (withastro/astro#18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
