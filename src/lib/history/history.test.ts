import { describe, expect, it } from 'vitest';
import type { Commit, FileChange } from './git-log.ts';
import { compareSnapshots, replayHistory } from './history.ts';

const actor = (title: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: An actor.\nkind: organization\n${extra}---\nBody of ${title}.\n`;
const judgment = (likelihood: string, extra = '') =>
  `---\ntitle: A judgment\nsummary: It holds.\nconfidence: moderate\nlikelihood: ${likelihood}\nissued: "2015"\nabout: [group-a${extra}]\nsources: [group-a]\n---\nThe judgment's text.\n`;

/** Commits from [date, {path: text | null (deleted) | ['renamed-from', text]}]. */
function history(steps: [string, Record<string, string | null | [string, string]>][]) {
  const blobs = new Map<string, string>();
  const commits: Commit[] = steps.map(([date, files], i) => ({
    id: `c${i}`.padEnd(40, '0'),
    date,
    changes: Object.entries(files).map(([path, content]): FileChange => {
      if (content === null) return { status: 'deleted', path };
      const [from, text] = Array.isArray(content) ? content : [undefined, content];
      const blob = `b${blobs.size}`;
      blobs.set(blob, text);
      return from ? { status: 'renamed', path, from, blob } : { status: 'modified', path, blob };
    }),
  }));
  return { commits, blobs };
}

const options = { release: 'TLP:CLEAR' as const, contentPath: 'content', base: '/', components: [] };

describe('replayHistory', () => {
  it('takes a version already parsed (the working copy at HEAD) instead of parsing it again', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A') }],
      ['2026-02-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A2') }],
    ]);
    const checked = replayHistory({ ...options, commits, blobs }).head.get(0)!;
    const asked: string[] = [];
    const parsed = (path: string, blob: string) => {
      asked.push(`${path}@${blob}`);
      return blob === 'b1' ? checked : undefined;
    };
    const replayed = replayHistory({ ...options, commits, blobs, parsed });
    expect(asked).toEqual(['actors/group-a.mdx@b0', 'actors/group-a.mdx@b1']);
    expect(replayed.head.get(0)).toBe(checked);
    expect(replayed.bySlug.get('group-a')!.revisions.map((r) => r.changes.map((c) => c.field))).toEqual([[], ['title', 'body']]);
  });

  it('dates an entry from its first and last commits, field by field', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A'), 'judgments/j.mdx': judgment('likely') }],
      ['2026-02-01T00:00:00Z', { 'judgments/j.mdx': judgment('very-likely') }],
    ]);
    const replayed = replayHistory({ ...options, commits, blobs });
    const j = replayed.bySlug.get('j')!;
    expect(j.firstPublished).toBe('2026-01-01T00:00:00Z');
    expect(j.lastChanged).toBe('2026-02-01T00:00:00Z');
    expect(j.revisions.map((r) => r.kind)).toEqual(['added', 'changed']);
    expect(j.revisions[1]!.changes).toEqual([{ field: 'likelihood', kind: 'value', before: 'likely', after: 'very-likely' }]);
    expect(replayed.bySlug.get('group-a')!.revisions).toHaveLength(1);
  });

  it('follows a rename, paired by git or by formerSlugs', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/old.mdx': actor('Old'), 'actors/other.mdx': actor('Other') }],
      ['2026-02-01T00:00:00Z', { 'actors/new.mdx': ['actors/old.mdx', actor('New', 'formerSlugs: [old]\n')] }],
      ['2026-03-01T00:00:00Z', { 'actors/other.mdx': null, 'actors/renamed.mdx': actor('Renamed', 'formerSlugs: [other]\n') }],
    ]);
    const { bySlug } = replayHistory({ ...options, commits, blobs });
    expect(bySlug.get('new')!.revisions.map((r) => [r.kind, r.renamedFrom])).toEqual([
      ['added', undefined],
      ['changed', 'old'],
    ]);
    expect(bySlug.get('new')!.revisions[1]!.changes[0]).toMatchObject({ field: 'title', kind: 'text' });
    expect(bySlug.get('renamed')!.revisions.map((r) => r.renamedFrom)).toEqual([undefined, 'other']);
  });

  it('leaves no trace of a version or a reference above the release level', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A'), 'judgments/j.mdx': judgment('likely') }],
      // An AMBER actor appears, the judgment names it, and an AMBER version of the judgment changes its likelihood.
      [
        '2026-02-01T00:00:00Z',
        { 'actors/secret.mdx': actor('Secret CANARY', 'marking: TLP:AMBER\n'), 'judgments/j.mdx': judgment('likely', ', secret') },
      ],
      [
        '2026-03-01T00:00:00Z',
        { 'judgments/j.mdx': judgment('almost-certain', ', secret').replace('---\nThe', 'marking: TLP:AMBER\n---\nThe') },
      ],
      ['2026-04-01T00:00:00Z', { 'judgments/j.mdx': judgment('likely', ', secret'), 'actors/secret.mdx': null }],
    ]);
    const clear = replayHistory({ ...options, commits, blobs, keepAt: new Set([commits[1]!.id]) });
    expect(JSON.stringify([...clear.bySlug])).not.toMatch(/secret|CANARY|almost-certain/i);
    // The AMBER version is skipped as if never written: no revision, no date, no count.
    expect(clear.bySlug.get('j')!.revisions.map((r) => r.kind)).toEqual(['added']);
    expect(clear.bySlug.get('j')!.lastChanged).toBe('2026-01-01T00:00:00Z');
    expect(clear.bySlug.has('secret')).toBe(false);
    const changes = compareSnapshots(clear.snapshots.get(commits[1]!.id)!, clear.head, options);
    expect(changes).toEqual({ added: [], removed: [], changed: [] });

    const amber = replayHistory({ ...options, release: 'TLP:AMBER', commits, blobs });
    expect(amber.bySlug.get('j')!.revisions.flatMap((r) => r.changes.map((c) => c.field))).toEqual([
      'about',
      'marking',
      'likelihood',
      'marking',
      'likelihood',
    ]);
  });

  it('records an entry deleted while released, and one deleted while withheld not at all', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/a.mdx': actor('A'), 'actors/b.mdx': actor('B') }],
      ['2026-02-01T00:00:00Z', { 'actors/b.mdx': actor('B', 'marking: TLP:AMBER\n') }],
      ['2026-03-01T00:00:00Z', { 'actors/a.mdx': null, 'actors/b.mdx': null }],
      ['2026-04-01T00:00:00Z', { 'actors/a.mdx': actor('A again'), 'actors/b.mdx': actor('B') }],
    ]);
    const { bySlug } = replayHistory({ ...options, commits, blobs });
    expect(bySlug.get('a')!.revisions.map((r) => r.kind)).toEqual(['added', 'removed', 'added']);
    expect(bySlug.get('b')!.revisions.map((r) => [r.kind, r.date.slice(0, 7)])).toEqual([
      ['added', '2026-01'],
      ['added', '2026-04'],
    ]);
  });

  it('skips an old version that no longer validates, and files that are not entries', () => {
    const { commits, blobs } = history([
      ['2026-01-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A'), 'sources/x.txt': 'text' }],
      ['2026-02-01T00:00:00Z', { 'actors/group-a.mdx': '---\ntitle: [unclosed\n---\n' }],
      ['2026-03-01T00:00:00Z', { 'actors/group-a.mdx': actor('Group A') }],
    ]);
    const { bySlug } = replayHistory({ ...options, commits, blobs });
    expect(bySlug.get('group-a')!.revisions.map((r) => r.kind)).toEqual(['added']);
  });
});
