/**
 * Every row of a collection index longer than one page, as JSON: the index's script loads it
 * when a reader filters or sorts, so that they act on the whole collection, not one page.
 */
import type { APIRoute } from 'astro';
import { withCacheKeys } from '../../data/cache-keys.ts';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { COLLECTIONS } from '../../lib/schema/index.ts';
import { indexPageCount, indexRows, type IndexRow } from '../../lib/view/collection-index.ts';

export async function getStaticPaths() {
  const kb = await getKnowledgeBase();
  return withCacheKeys(
    COLLECTIONS.map((collection) => ({ params: { collection }, props: { rows: indexRows(kb, collection) } })).filter(
      ({ props }) => indexPageCount(props.rows) > 1,
    ),
  );
}

export const GET: APIRoute = ({ props }) => Response.json((props as { rows: IndexRow[] }).rows);
