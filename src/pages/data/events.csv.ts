/** /data/events.csv: every event of the release as a CSV row (RFC 4180). */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { siteInfo } from '../../data/site-info.ts';
import { eventsCsv } from '../../lib/export/events-csv.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsCsv(await getKnowledgeBase(), siteInfo(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
