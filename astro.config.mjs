// @ts-check
import { defineConfig } from 'astro/config';
import { basePathFromEnv, buildOptions, publicSiteFromEnv } from './src/config/build-options.ts';
import { reloadOnContentEdit } from './src/data/reload-on-edit.ts';

export default defineConfig({
  // The public address, for absolute permalinks in citations; optional.
  site: publicSiteFromEnv(),
  base: basePathFromEnv(),
  trailingSlash: 'always',
  // The build script writes to a staging folder and swaps it in only when everything succeeded.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Entry bodies are rendered by the core (src/lib/markdown/render.ts), once per entry, not as
  // one MDX module per entry: no content collections and no MDX integration are needed.
  markdown: { syntaxHighlight: false },
  integrations: [reloadOnContentEdit(buildOptions().contentDir)],
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
