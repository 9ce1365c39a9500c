/** Every event in time order, with the days it may cover, its places, participants and reporting status. */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { timelineJson } from '../../lib/analysis/exports.ts';

export const GET: APIRoute = async () => Response.json(timelineJson(await getKnowledgeBase()));
