/**
 * The knowledge base's Astro integration: it checks the content before anything is built (every
 * problem at once, as `npm run check` prints them; the build fails and writes nothing), and
 * when the pages are written, indexes every entry for search with Pagefind's Node API from the
 * knowledge base itself. Entries reach the pages through the content collections
 * (src/content.config.ts), whose loader also watches the content folder under `astro dev`.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOptions } from '../config/build-options.ts';
import { loadKnowledgeBase, type LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { formatProblem } from '../lib/problems.ts';
import { writeSearchIndex } from './search-index.ts';

const seconds = (since: number) => (performance.now() - since) / 1000;

export default function knowledgeBase(): AstroIntegration {
  let checked: LoadedKnowledgeBase | undefined;
  let checkSeconds = 0;
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Before the content is synced and anything is written; `astro preview` only serves.
        if (command !== 'build') return;
        const started = performance.now();
        const options = buildOptions();
        const result = loadKnowledgeBase(options);
        if (!result.knowledgeBase) {
          for (const problem of result.problems) logger.error(formatProblem(problem));
          throw new Error(`${result.problems.length} content problem(s); nothing was built.`);
        }
        checked = result.knowledgeBase;
        checkSeconds = seconds(started);
        logger.info(`${result.fileCount} entries checked in ${checkSeconds.toFixed(1)} s (release ${options.release}, base ${options.base}).`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!checked) return;
        const started = performance.now();
        const { pages } = await writeSearchIndex(fileURLToPath(dir), checked);
        const indexSeconds = seconds(started);
        logger.info(`Search index: ${pages} pages in ${indexSeconds.toFixed(1)} s.`);
        // `npm run bench` asks for the time of each step.
        if (process.env.BUILD_REPORT) writeFileSync(process.env.BUILD_REPORT, JSON.stringify({ entries: checked.bySlug.size, checkSeconds, indexSeconds }));
      },
    },
  };
}
