/**
 * `astro dev`: when a file of the content folder changes, load the knowledge base again (only
 * the changed files are parsed again: src/lib/content/load.ts) and reload the open pages. The
 * content folder is not part of Vite's module graph, so without this an edit would not show, nor
 * an added or deleted entry.
 */
import type { AstroIntegration } from 'astro';
import { resolve, sep } from 'node:path';
import { forgetKnowledgeBase, getCheckedKnowledgeBase } from './knowledge-base.ts';

export function reloadOnContentEdit(contentDir: string): AstroIntegration {
  const folder = resolve(contentDir) + sep;
  return {
    name: 'kb-reload-on-content-edit',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        // Loaded here first, so that reloads reuse this load's parsed files.
        getCheckedKnowledgeBase();
        server.watcher.add(folder);
        const reload = (path: string) => {
          if (!resolve(path).startsWith(folder)) return;
          const started = performance.now();
          forgetKnowledgeBase();
          const { problems, fileCount } = getCheckedKnowledgeBase();
          logger.info(`${path.slice(folder.length)} changed: ${fileCount} entries loaded again in ${Math.round(performance.now() - started)} ms${problems.length ? `, ${problems.length} problem(s)` : ''}.`);
          // Astro's own signal that content changed: it forgets the pages' getStaticPaths() results,
          // so an added entry gets its page and a deleted one loses it.
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      },
    },
  };
}
