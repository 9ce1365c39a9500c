/** `npm run edition -- <name>` on a scratch repository: it tags a clean, checked tree and refuses anything else. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';

const repo = mkdtempSync(join(tmpdir(), 'kb-edition-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const identity = ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];
const git = (...args: string[]) => spawnSync('git', [...identity, ...args], { cwd: repo, encoding: 'utf8' });
cpSync(join(projectRoot, 'tests/fixtures/valid'), join(repo, 'content'), { recursive: true });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'fixture');

const edition = (name: string) =>
  spawnSync(process.execPath, ['scripts/edition.ts', name], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(repo, 'content'),
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });
const tags = () => git('tag', '-l', 'edition/*').stdout.split('\n').filter(Boolean);

describe('npm run edition', { timeout: 30_000 }, () => {
  it('refuses a malformed name', () => {
    const result = edition('Nov 2026');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not an edition name');
  });

  it('tags a clean, checked tree, then refuses the same name again', () => {
    const result = edition('2026-11');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(tags()).toEqual(['edition/2026-11']);
    expect(edition('2026-11').stderr).toContain('already exists');
  });

  it('refuses a dirty tree', () => {
    writeFileSync(join(repo, 'content/actors/group-b.mdx'), '---\ntitle: Group B\nsummary: Edited.\nkind: organization\n---\n');
    const result = edition('2026-12');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('uncommitted changes (content/actors/group-b.mdx)');
  });

  it('refuses content that fails the check', () => {
    writeFileSync(join(repo, 'content/actors/group-b.mdx'), '---\ntitle: Group B\nsummary: Edited.\nkind: not-a-kind\n---\n');
    git('commit', '-qam', 'broken');
    const result = edition('2026-12');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kind');
    expect(result.stderr).toContain('an edition must pass `npm run check`');
    expect(tags()).toEqual(['edition/2026-11']);
  });
});
