/** /data/knowledge-base.json: every entry of the release in one document, serialized once. */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { siteInfo } from '../../data/site-info.ts';
import { knowledgeBaseJson } from '../../lib/export/entry-json.ts';

export const GET: APIRoute = async ({ site }) => Response.json(knowledgeBaseJson(await getKnowledgeBase(), siteInfo(site)));
