/**
 * Every row of a collection index longer than one page, as JSON: the index's script loads it
 * when a reader filters or sorts, so that they act on the whole collection, not one page.
 */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { COLLECTIONS, type CollectionName } from '../../lib/schema/index.ts';
import { indexPageCount, indexRows } from '../../lib/view/collection-index.ts';

export async function getStaticPaths() {
  const kb = await getKnowledgeBase();
  return COLLECTIONS.filter((collection) => indexPageCount(indexRows(kb, collection)) > 1).map((collection) => ({
    params: { collection },
  }));
}

export const GET: APIRoute = async ({ params }) => Response.json(indexRows(await getKnowledgeBase(), params.collection as CollectionName));
