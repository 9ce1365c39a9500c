/** Builds every site of SITES with the real build script, serves each, and shares the URLs. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../../src/config/build-options.ts';
import { makeHistoryRepository } from './history-repo.ts';
import { HISTORY_REPO, SITES, type SiteName } from './sites.ts';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';
import { serveStatic } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrls: Record<SiteName, string>;
  }
}

export const TEST_SITES_DIR = '.build/test-sites';

export default async function setup(project: TestProject) {
  rmSync(join(projectRoot, TEST_SITES_DIR), { recursive: true, force: true });
  const servers: Server[] = [];
  const siteUrls = {} as Record<SiteName, string>;
  // E2E_SITES=fixture,seed builds only those (to iterate on a few tests); all by default.
  const only = process.env.E2E_SITES?.split(',');
  if (!only || only.some((name) => name.startsWith('history'))) {
    makeHistoryRepository(join(projectRoot, HISTORY_REPO), join(projectRoot, SITES.fixture.contentDir));
  }
  for (const [name, spec] of Object.entries(SITES) as [SiteName, (typeof SITES)[SiteName]][]) {
    if (only && !only.includes(name)) continue;
    const outDir = `${TEST_SITES_DIR}/${name}`;
    if ('generatedEntries' in spec) {
      rmSync(join(projectRoot, spec.contentDir), { recursive: true, force: true });
      generateCorpus(join(projectRoot, spec.contentDir), spec.generatedEntries);
    }
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: spec.contentDir,
        BASE_PATH: spec.base,
        KB_RELEASE: 'release' in spec ? spec.release : 'TLP:CLEAR',
        KB_EDIT_URL: 'editUrl' in spec ? spec.editUrl : '',
        KB_SEARCH_PART_SIZE: 'searchPartSize' in spec ? String(spec.searchPartSize) : '',
        OUT_DIR: outDir,
        // A cache of its own: the sites differ in settings, so a shared one would only be emptied and refilled.
        KB_CACHE_DIR: `${outDir}-cache`,
      },
    });
    if (build.status !== 0) throw new Error(`Building the "${name}" test site failed:\n${build.stdout}\n${build.stderr}`);
    const served = await serveStatic(join(projectRoot, outDir), spec.base);
    servers.push(served.server);
    siteUrls[name] = served.url;
  }
  project.provide('siteUrls', siteUrls);
  return () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
}
