/** The editions and the changes since the latest, as /changes/ shows them (src/lib/history/). */
import type { APIRoute } from 'astro';
import { getSiteHistory } from '../../data/history.ts';
import { buildOptions } from '../../config/build-options.ts';
import { changesJson } from '../../lib/history/feeds.ts';

export const GET: APIRoute = () =>
  new Response(changesJson(getSiteHistory(), buildOptions().release), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
