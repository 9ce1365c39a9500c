import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blobsAtHead, parseCatFileBatch, parseEditionTags, parseRawLog, readRepositoryHistory, type Commit } from './git-log.ts';

const A = 'a'.repeat(40);
const Z = '0'.repeat(40);

describe('parseRawLog', () => {
  it('reads commits, statuses, blobs and both paths of a rename', () => {
    const output =
      `\x1e${'1'.repeat(40)}\t2026-01-01T00:00:00+00:00\0\n:000000 100644 ${Z} ${A} A\0actors/x.mdx\0` +
      `\x1e${'2'.repeat(40)}\t2026-02-01T00:00:00+00:00\0\n:100644 100644 ${A} ${'b'.repeat(40)} R087\0actors/x.mdx\0actors/y.mdx\0` +
      `:100644 000000 ${A} ${Z} D\0events/e.mdx\0:100644 100644 ${A} ${'c'.repeat(40)} M\0events/f.mdx\0`;
    expect(parseRawLog(output)).toEqual([
      { id: '1'.repeat(40), date: '2026-01-01T00:00:00+00:00', changes: [{ status: 'added', path: 'actors/x.mdx', blob: A }] },
      {
        id: '2'.repeat(40),
        date: '2026-02-01T00:00:00+00:00',
        changes: [
          { status: 'renamed', path: 'actors/y.mdx', from: 'actors/x.mdx', blob: 'b'.repeat(40) },
          { status: 'deleted', path: 'events/e.mdx' },
          { status: 'modified', path: 'events/f.mdx', blob: 'c'.repeat(40) },
        ],
      },
    ]);
  });
});

describe('parseEditionTags', () => {
  it('takes the peeled commit of an annotated tag, the object of a lightweight one', () => {
    expect(
      parseEditionTags(
        `edition/2026-11\t${A}\t${'f'.repeat(40)}\t2026-11-30T10:00:00+00:00\nedition/b\t\t${A}\t2026-12-01T00:00:00Z\nother\t\t${A}\t\n`,
      ),
    ).toEqual([
      { name: '2026-11', commit: A, date: '2026-11-30T10:00:00+00:00' },
      { name: 'b', commit: A, date: '2026-12-01T00:00:00Z' },
    ]);
  });
});

describe('parseCatFileBatch', () => {
  it('splits objects by their byte size, multi-byte text included', () => {
    const text = 'المجموعة\nline';
    const size = Buffer.byteLength(text);
    const output = Buffer.from(`${A} blob ${size}\n${text}\n${'b'.repeat(40)} missing\n${'c'.repeat(40)} blob 0\n\n`);
    expect([...parseCatFileBatch(output)]).toEqual([
      [A, text],
      ['c'.repeat(40), ''],
    ]);
  });
});

describe('blobsAtHead', () => {
  it('follows additions, changes, renames and deletions to the last commit', () => {
    const commits: Commit[] = [
      {
        id: 'a',
        date: '',
        changes: [
          { status: 'added', path: 'x.mdx', blob: '1' },
          { status: 'added', path: 'y.mdx', blob: '2' },
        ],
      },
      {
        id: 'b',
        date: '',
        changes: [
          { status: 'modified', path: 'x.mdx', blob: '3' },
          { status: 'renamed', from: 'y.mdx', path: 'z.mdx', blob: '2' },
        ],
      },
      { id: 'c', date: '', changes: [{ status: 'deleted', path: 'x.mdx' }] },
    ];
    expect([...blobsAtHead(commits)]).toEqual([['z.mdx', '2']]);
  });
});

describe('readRepositoryHistory', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kb-history-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const git = (cwd: string, ...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    });

  it('says a folder outside git has no history', () => {
    const outside = join(scratch, 'outside');
    mkdirSync(outside);
    expect(readRepositoryHistory(outside)).toMatchObject({ reason: 'not-a-repository' });
  });

  it('reads a repository: commits under the folder only, blobs, edition tags', () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'kb', 'actors'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'README'), 'not content');
    writeFileSync(join(repo, 'kb', 'actors', 'x.mdx'), 'version one');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'secret message');
    git(repo, 'tag', '-a', 'edition/first', '-m', 'first');
    writeFileSync(join(repo, 'README'), 'still not content');
    git(repo, 'commit', '-qam', 'outside the folder');
    const history = readRepositoryHistory(join(repo, 'kb'));
    if ('reason' in history) throw new Error(history.detail);
    expect(history.commits).toHaveLength(1);
    expect(history.commits[0]!.changes).toMatchObject([{ status: 'added', path: 'actors/x.mdx' }]);
    expect(history.blobs.get(history.commits[0]!.changes[0]!.blob!)).toBe('version one');
    expect(history.editions.map((e) => e.name)).toEqual(['first']);
    expect(history.editionCommits.get('first')).toBe(history.commits[0]!.id);
    expect(JSON.stringify(history)).not.toContain('secret message');
    expect([...history.changedSinceHead!]).toEqual([]);
  });

  it('names the files whose working copy differs from HEAD', () => {
    const repo = join(scratch, 'repo');
    writeFileSync(join(repo, 'kb', 'actors', 'x.mdx'), 'edited, not committed');
    const history = readRepositoryHistory(join(repo, 'kb'));
    if ('reason' in history) throw new Error(history.detail);
    expect([...history.changedSinceHead!]).toEqual(['actors/x.mdx']);
    git(repo, 'checkout', '--', 'kb');
  });

  it('says a shallow clone has no history', () => {
    const clone = join(scratch, 'shallow');
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${join(scratch, 'repo')}`, clone]);
    expect(readRepositoryHistory(join(clone, 'kb'))).toMatchObject({ reason: 'shallow-clone' });
  });
});
