// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { basePathFromEnv } from './src/config/build-options.ts';
import { getKnowledgeBase } from './src/data/knowledge-base.ts';
import { wikiLinkPlugin } from './src/lib/markdown/wiki-link-plugin.ts';
import { headingAnchorPlugin } from './src/lib/markdown/heading-anchor-plugin.ts';

export default defineConfig({
  // The public address, for absolute permalinks in citations; optional.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base: basePathFromEnv(),
  trailingSlash: 'always',
  // The build script writes to a staging folder and swaps it in only when everything succeeded.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  integrations: [mdx()],
  markdown: {
    processor: satteri({
      mdastPlugins: [wikiLinkPlugin((target) => getKnowledgeBase().resolve(target))],
      hastPlugins: [headingAnchorPlugin()],
    }),
  },
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
});
