/**
 * Reading a content folder's history from git in a fixed number of processes, whatever the
 * number of files: one `git log` for every commit that touched the folder (renames followed,
 * blob ids included), one `git cat-file --batch` for the contents of every version it names, and
 * one `for-each-ref` for the edition tags. Only commit ids, dates and file contents are read:
 * commit messages, author names and e-mail addresses never enter the build.
 */
import { spawnSync } from 'node:child_process';

/** One file's change in a commit, paths relative to the content folder. */
export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  path: string;
  /** The path before a rename. */
  from?: string;
  /** The blob of the new version (none when deleted). */
  blob?: string;
}

export interface Commit {
  id: string;
  /** ISO 8601 committer date. */
  date: string;
  changes: FileChange[];
}

export interface EditionTag {
  /** The name after `edition/`. */
  name: string;
  /** The commit the tag points at. */
  commit: string;
  /** When the tag was made (the commit's date for a lightweight tag), ISO 8601. */
  date: string;
}

/** Why there is no history: the folder is outside git, or the clone is shallow. */
export type NoHistory = { reason: 'not-a-repository' | 'shallow-clone' | 'git-failed'; detail: string };

const RECORD = '\x1e';
const NO_BLOB = /^0+$/;

function statusOf(letter: string): FileChange['status'] | undefined {
  if (letter === 'A' || letter === 'C') return 'added';
  if (letter === 'M' || letter === 'T') return 'modified';
  if (letter === 'D') return 'deleted';
  if (letter === 'R') return 'renamed';
  return undefined;
}

/**
 * Parses `git log --raw -z --format=%x1e%H%x09%cI`: records start with \x1e and the header,
 * then NUL-separated raw lines (`:mode mode blob blob status`, path, and a second path for
 * renames and copies).
 */
export function parseRawLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RECORD).slice(1)) {
    const headerEnd = record.indexOf('\0');
    const [id = '', date = ''] = record.slice(0, headerEnd < 0 ? record.length : headerEnd).split('\t');
    const tokens =
      headerEnd < 0
        ? []
        : record
            .slice(headerEnd + 1)
            .replace(/^\n/, '')
            .split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i] ?? '';
      if (!meta.startsWith(':')) continue;
      const fields = meta.slice(1).split(' ');
      const blob = fields[3] ?? '';
      const letter = (fields[4] ?? '').charAt(0);
      const status = statusOf(letter);
      const twoPaths = letter === 'R' || letter === 'C';
      const first = tokens[++i] ?? '';
      const path = twoPaths ? (tokens[++i] ?? '') : first;
      if (!status) continue;
      changes.push({
        status,
        path,
        ...(letter === 'R' ? { from: first } : {}),
        ...(NO_BLOB.test(blob) || status === 'deleted' ? {} : { blob }),
      });
    }
    commits.push({ id, date, changes });
  }
  return commits;
}

/** Parses `for-each-ref --format=%(refname:strip=2)%09%(*objectname)%09%(objectname)%09%(creatordate:iso-strict)`. */
export function parseEditionTags(output: string): EditionTag[] {
  return output
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const [ref = '', peeled = '', object = '', date = ''] = line.split('\t');
      if (!ref.startsWith('edition/')) return [];
      return [{ name: ref.slice('edition/'.length), commit: peeled || object, date }];
    });
}

/**
 * Splits `git cat-file --batch` output (`<id> blob <size>\n<content>\n` per object) into the
 * contents by object id. Sizes count bytes, so the output is read as bytes.
 */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const contents = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const lineEnd = output.indexOf(10, at);
    if (lineEnd < 0) break;
    const [id = '', type = '', size = ''] = output.subarray(at, lineEnd).toString('utf8').split(' ');
    if (type === 'missing' || size === '') {
      at = lineEnd + 1;
      continue;
    }
    const start = lineEnd + 1;
    const end = start + Number(size);
    contents.set(id, output.subarray(start, end).toString('utf8'));
    at = end + 1;
  }
  return contents;
}

function git(cwd: string, args: readonly string[], input?: string) {
  return spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
}

function text(result: ReturnType<typeof git>): string {
  return result.stdout.toString('utf8');
}

export interface RepositoryHistory {
  /** Oldest first, along the first-parent line of HEAD. */
  commits: Commit[];
  editions: EditionTag[];
  /** The content of each blob the commits name. */
  blobs: ReadonlyMap<string, string>;
  /** The last commit touching the folder at each edition tag, by edition name. */
  editionCommits: ReadonlyMap<string, string>;
  /** Files of the folder whose working copy differs from HEAD's (changed or deleted, staged or not); undefined when git cannot tell. */
  changedSinceHead?: ReadonlySet<string>;
}

/** Why `folder` has no history to read, or undefined when it has (one quick process). */
export function missingHistory(folder: string): NoHistory | undefined {
  const inside = git(folder, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository']);
  if (inside.error) return { reason: 'git-failed', detail: inside.error.message };
  if (inside.status !== 0) return { reason: 'not-a-repository', detail: 'the content folder is not in a git repository' };
  if (text(inside).split('\n')[1] === 'true') return { reason: 'shallow-clone', detail: 'the repository is a shallow clone' };
  return undefined;
}

/** The history of `folder` (the content folder), or why there is none. */
export function readRepositoryHistory(folder: string): RepositoryHistory | NoHistory {
  const missing = missingHistory(folder);
  if (missing) return missing;
  const log = git(folder, [
    'log',
    '--reverse',
    '--first-parent',
    '--diff-merges=first-parent',
    '--relative',
    '--raw',
    '-M',
    '--no-abbrev',
    '-z',
    '--format=%x1e%H%x09%cI',
    'HEAD',
    '--',
    '.',
  ]);
  // A repository without commits yet has no history either.
  if (log.status !== 0) return { reason: 'not-a-repository', detail: 'the repository has no commits' };
  const commits = parseRawLog(text(log));
  const ids = [...new Set(commits.flatMap((commit) => commit.changes.flatMap((change) => (change.blob ? [change.blob] : []))))];
  const batch = git(folder, ['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''));
  if (batch.status !== 0) return { reason: 'git-failed', detail: 'git cat-file failed' };
  const refs = git(folder, [
    'for-each-ref',
    '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)%09%(creatordate:iso-strict)',
    'refs/tags/edition/',
  ]);
  const editions = parseEditionTags(text(refs));
  const changed = git(folder, ['diff', '--name-only', '--no-renames', '--relative', '-z', 'HEAD', '--', '.']);
  return {
    commits,
    editions,
    blobs: parseCatFileBatch(batch.stdout),
    editionCommits: editionCommits(folder, editions),
    ...(changed.status === 0 ? { changedSinceHead: new Set(text(changed).split('\0').filter(Boolean)) } : {}),
  };
}

/** Each file's blob at the last of `commits` (HEAD), paths relative to the content folder. */
export function blobsAtHead(commits: readonly Commit[]): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const { changes } of commits) {
    for (const change of changes) {
      if (change.from) blobs.delete(change.from);
      if (change.blob) blobs.set(change.path, change.blob);
      else blobs.delete(change.path);
    }
  }
  return blobs;
}

/** The last commit touching the folder at each edition: one small process per edition, not per file. */
function editionCommits(folder: string, editions: readonly EditionTag[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const edition of editions) {
    const result = git(folder, ['rev-list', '-1', '--first-parent', edition.commit, '--', '.']);
    const commit = text(result).trim();
    if (result.status === 0 && commit) found.set(edition.name, commit);
  }
  return found;
}
