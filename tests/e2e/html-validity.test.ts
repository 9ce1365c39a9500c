/** Every page the build writes is valid HTML, by the W3C Nu checker (vnu-jar, needs Java). */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { TEST_SITES_DIR } from './support/global-setup.ts';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

describe('HTML validity', () => {
  for (const site of ['seed', 'fixture', 'history']) {
    // One Java process for the whole site; it starts slowly on a loaded machine.
    it(`the ${site} site has no HTML errors`, { timeout: 180_000 }, () => {
      const pages = readdirSync(join(projectRoot, TEST_SITES_DIR, site), { recursive: true }).filter((name) =>
        String(name).endsWith('.html'),
      );
      expect(pages.length).toBeGreaterThan(5);
      const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--skip-non-html', join(projectRoot, TEST_SITES_DIR, site)], {
        encoding: 'utf8',
      });
      expect(result.error).toBeUndefined();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  }
});
