/**
 * A minimal Astro project over the same MDX files, for comparison: one page per entry through a
 * content collection (glob loader, `render()`), with the MDX integration and the same installed
 * packages; no layout, no schema, no search. What Astro itself costs for these files. Pages are keyed
 * by the entry's digest, for Astro's incremental build when it is on.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareAstroProject(dir: string, contentDir: string, nodeModules: string, { incremental = false } = {}): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false }, experimental: { incrementalBuild: ${incremental} } });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(contentDir)} }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entry.digest }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.data.title}</title></head>
<body><main><h1>{Astro.props.entry.data.title}</h1><Content /></main></body></html>
`,
  );
}
