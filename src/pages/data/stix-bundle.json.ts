/** /data/stix-bundle.json: the release as a STIX 2.1 bundle (mapping in docs/exports.md). */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { siteInfo } from '../../data/site-info.ts';
import { stixBundle } from '../../lib/export/stix.ts';

export const GET: APIRoute = async ({ site }) => Response.json(stixBundle(await getKnowledgeBase(), siteInfo(site)));
