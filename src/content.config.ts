/**
 * Astro's content collections, one per folder of content/. The schemas are the core's
 * (src/lib/schema): Astro validates with them and renders the bodies; the core's integrity
 * pass (npm run check) enforces what Astro does not, such as references that exist.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildOptions } from './config/build-options.ts';
import { collectionSchemas, COLLECTIONS, type CollectionName } from './lib/schema/index.ts';

const { contentDir } = buildOptions();

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/${name}` }),
    schema: collectionSchemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [C in CollectionName]: ReturnType<typeof collection>;
};
