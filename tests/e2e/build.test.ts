/** A build that fails writes nothing: the previous site stays as it was. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { contentWith } from '../unit/fixture-content.ts';

describe('a failing build', () => {
  it('stops on content problems, lists them all, and leaves the previous output untouched', () => {
    const outDir = join(projectRoot, '.build/test-sites/failing-build');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'previous.txt'), 'the previous build');
    const root = contentWith('unknown-reference', 'bad-enum');
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), OUT_DIR: outDir },
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('participants[0].actor: "grup-a" is not the slug of any entry');
    expect(build.stderr).toContain('kind: Invalid option');
    expect(build.stderr).toContain(
      '\n✗ Checking the content failed: 2 content problem(s); nothing was built. The previous site, if any, is unchanged.\n',
    );
    expect(readFileSync(join(outDir, 'previous.txt'), 'utf8')).toBe('the previous build');
    expect(readdirSync(outDir)).toEqual(['previous.txt']);
  });
});
