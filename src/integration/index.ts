/**
 * The knowledge base's Astro integration: it checks the content before anything is built (every
 * problem at once, as `npm run check` prints them; the build fails and writes nothing), and
 * when the pages are written, indexes every entry for search with Pagefind's Node API from the
 * knowledge base itself. Entries reach the pages through the content collections
 * (src/content.config.ts), whose loader also watches the content folder under `astro dev`.
 * `entryBodyProcessor()` is the Markdown pipeline @astrojs/mdx compiles entry bodies with
 * (wiki-links resolved against this release, heading anchors), the core renderer's own.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOptions, siteConfig } from '../config/build-options.ts';
import { forgetLoadedFiles } from '../lib/content/load.ts';
import { loadSiteHistory, noHistoryMessage } from '../lib/history/editions.ts';
import { missingHistory } from '../lib/history/git-log.ts';
import { loadKnowledgeBase, type CheckResult, type LoadedKnowledgeBase } from '../lib/knowledge-base.ts';
import { bodyPipeline } from '../lib/markdown/render.ts';
import { formatProblem } from '../lib/problems.ts';
import { BUILD_CHECK_HOOK, INDEX_WAIT_HOOK, INTEGRATION_NAME } from './build-check.ts';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { SitePolicy } from '../lib/view/redirect-page.ts';
import { sharedSiteHistory, shareSiteHistory } from './build-history.ts';
import { serveSiteFiles, sitePolicyOf, writeSiteFiles, type SiteFilesInput } from './site-files.ts';
import { buildSearchIndex, moveSearchIndex, searchIndexFolder } from './search-index.ts';
import { devSearch } from './dev-search.ts';

const seconds = (since: number) => (performance.now() - since) / 1000;

/** The knowledge base as this process last checked it; loaded again after an edit under `astro dev`. */
let checked: CheckResult | undefined;

function check(): CheckResult {
  checked ??= loadKnowledgeBase(buildOptions());
  return checked;
}

function checkedKnowledgeBase(): LoadedKnowledgeBase {
  const result = check();
  if (!result.knowledgeBase)
    throw new Error(`${result.problems.length} content problem(s):\n${result.problems.map(formatProblem).join('\n')}`);
  return result.knowledgeBase;
}

/** The pipeline @astrojs/mdx compiles entry bodies with, as the core renders the others. */
export function entryBodyProcessor() {
  return satteri(bodyPipeline((target) => checkedKnowledgeBase().resolve(target), buildOptions().base));
}

export default function knowledgeBase(): AstroIntegration {
  let checkSeconds = 0;
  let indexWaitSeconds = 0;
  let building = false;
  /** The search index, made while Astro syncs the content. */
  let indexing: Promise<{ folder: string; pages: number; parts: number; seconds: number }> | undefined;
  let integrations: AstroConfig['integrations'] = [];
  /** The site's content security policy and public origin, for the files the integration writes itself. */
  let policy: SitePolicy | undefined;
  let origin: string | undefined;
  /** Astro's cache folder, where the search index is made (it is moved into the site after a build). */
  let cacheDir = '';
  /** What the files the integration writes need (site-files.ts): the history read once (build-history.ts), this knowledge base, the site. */
  const siteFilesInput = (kb: LoadedKnowledgeBase): SiteFilesInput => {
    const { name, editionPages } = siteConfig();
    const options = buildOptions();
    return {
      history: sharedSiteHistory(() => loadSiteHistory(options)),
      kb,
      site: { name, base: options.base, ...(origin ? { origin } : {}) },
      editionPages,
      components: options.components,
      policy,
    };
  };
  return {
    name: INTEGRATION_NAME,
    hooks: {
      [BUILD_CHECK_HOOK]: () => (building ? checked : undefined),
      'astro:config:setup': ({ command, logger }) => {
        // Before the content is synced and anything is written; `astro preview` only serves.
        if (command !== 'build') return;
        building = true;
        const started = performance.now();
        const options = buildOptions();
        checked = undefined;
        const result = check();
        // The build keeps the knowledge base itself (for the search index), not the files read.
        forgetLoadedFiles();
        if (!result.knowledgeBase) {
          for (const problem of result.problems) logger.error(formatProblem(problem));
          throw new Error(`${result.problems.length} content problem(s); nothing was built.`);
        }
        for (const warning of result.warnings) logger.warn(formatProblem(warning));
        checkSeconds = seconds(started);
        const noHistory = missingHistory(options.contentDir);
        if (noHistory)
          logger.warn(`No history: ${noHistoryMessage(noHistory.reason)}. Entries show no dates of change and /changes/ lists no edition.`);
        logger.info(
          `${result.fileCount} entries checked in ${checkSeconds.toFixed(1)} s (release ${options.release}, base ${options.base}).`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        // Link titles in bodies compiled after an edit come from the edited knowledge base.
        const folder = resolve(buildOptions().contentDir) + sep;
        server.watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(folder)) checked = undefined;
        });
        // The files the build writes itself (short addresses, entry data and previews, edition redirects, feeds), made on request.
        server.middlewares.use(
          serveSiteFiles(buildOptions().base, () => {
            const kb = check().knowledgeBase;
            return kb && siteFilesInput(kb);
          }),
        );
        // The search index and search data, made when a page first searches and again after an edit.
        const search = devSearch({
          base: buildOptions().base,
          cacheDir,
          partSize: siteConfig().searchPartSize,
          knowledgeBase: () => check().knowledgeBase,
          logger,
        });
        server.middlewares.use(search.middleware);
        server.httpServer?.once('close', () => void search.close());
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        policy = sitePolicyOf(config);
        origin = config.site ? new URL(config.site).origin : undefined;
        if (!building) return;
        integrations = config.integrations;
        // The index depends on the knowledge base only: Pagefind indexes while Astro syncs the content.
        const started = performance.now();
        const kb = checkedKnowledgeBase();
        indexing = searchIndexFolder(cacheDir).then(async (folder) => {
          const { pages, parts } = await buildSearchIndex(kb, folder, siteConfig().searchPartSize);
          return { folder, pages, parts, seconds: seconds(started) };
        });
        // A failure is reported when the build takes the index (astro:build:done), not as an unhandled rejection before.
        indexing.catch(() => undefined);
      },
      'astro:build:start': async () => {
        // Pagefind's service takes about 1.5 GB while it makes the index (at 10,000 entries): the pages
        // are bundled and rendered once it has closed, so that the two peaks do not add up.
        const waiting = performance.now();
        const announce = (waiting: boolean) => integrations.forEach((integration) => integration.hooks[INDEX_WAIT_HOOK]?.(waiting));
        announce(true);
        await indexing?.catch(() => undefined);
        announce(false);
        indexWaitSeconds = seconds(waiting);
        // Read once for the pages (src/data/history.ts) and the files made from it, after Pagefind's peak.
        shareSiteHistory(loadSiteHistory(buildOptions(), checkedKnowledgeBase().bySlug.values()));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const kb = checkedKnowledgeBase();
        const {
          folder,
          pages,
          parts,
          seconds: indexSeconds,
        } = await (indexing ?? Promise.reject(new Error('The search index was not started.')));
        const siteDir = fileURLToPath(dir);
        const filesInput = siteFilesInput(kb);
        // The pages are written: the build lets go of the history.
        shareSiteHistory(undefined);
        const [written] = await Promise.all([writeSiteFiles(siteDir, filesInput), moveSearchIndex(folder, siteDir)]);
        logger.info(`Entry files: ${written.entry} (short addresses, data for other tools, link previews).`);
        if (written.feed + written.edition > 0)
          logger.info(
            `History: ${written.feed} entry feeds, and ${written.edition} edition addresses of entries unchanged since, as redirects.`,
          );
        logger.info(
          `Search index: ${pages} pages${parts > 1 ? ` (${parts} parts)` : ''} in ${indexSeconds.toFixed(1)} s, made while the content was synced (${indexWaitSeconds.toFixed(1)} s waited for it before the pages).`,
        );
        // `npm run bench` asks for the time of each step.
        if (process.env.BUILD_REPORT)
          writeFileSync(
            process.env.BUILD_REPORT,
            JSON.stringify({ entries: kb.bySlug.size, checkSeconds, indexSeconds, indexWaitSeconds }),
          );
      },
    },
  };
}
