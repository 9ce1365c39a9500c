/** The relationship graph as data: nodes with layout positions, edges with their dates, scope and evidence. */
import type { APIRoute } from 'astro';
import { getKnowledgeBase } from '../../data/knowledge-base.ts';
import { graphJson } from '../../lib/analysis/exports.ts';

export const GET: APIRoute = async () => Response.json(graphJson(await getKnowledgeBase()));
