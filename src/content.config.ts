/**
 * The seven content collections. Each is the core's zod schema of that collection (every field
 * documented in src/lib/schema/) over one loader that reads, checks and release-filters the
 * content folder with the core (src/loaders/knowledge-base.ts).
 */
import { defineCollection } from 'astro:content';
import { knowledgeBaseLoader } from './loaders/knowledge-base.ts';
import { collectionSchemas } from './lib/schema/index.ts';

const collection = <C extends keyof typeof collectionSchemas>(name: C) =>
  defineCollection({ loader: knowledgeBaseLoader(name), schema: collectionSchemas[name] });

export const collections = {
  actors: collection('actors'),
  events: collection('events'),
  relationships: collection('relationships'),
  judgments: collection('judgments'),
  sources: collection('sources'),
  places: collection('places'),
  briefings: collection('briefings'),
};
