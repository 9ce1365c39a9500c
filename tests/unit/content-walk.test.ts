/**
 * The walk over the content folder: every file that is not plainly an entry, and every path that
 * is not a regular file inside the folder, ends in a message naming it (an error where an entry
 * is plainly meant, a warning for an editor's backup); none is published, none is followed out of
 * the folder, none crashes or hangs the check.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/build-options.ts';
import { classifyEntryName } from '../../src/lib/content/file-names.ts';
import { formatProblem, type Problem } from '../../src/lib/problems.ts';
import { check, contentWith, FIXTURES } from './fixture-content.ts';

const validActor = readFileSync(join(FIXTURES, 'valid', 'actors', 'group-b.mdx'), 'utf8');
const outside = mkdtempSync(join(tmpdir(), 'kb-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** A secret file outside the content folder, in the YAML shape of an entry. */
const SECRET_VALUE = 'outside-secret-value-5d1e';
const secretFile = join(outside, 'secret.yaml');
writeFileSync(secretFile, `---\ntitle: ${SECRET_VALUE}\nsummary: x\nkind: nonsense\n---\n`);
const outsideEntry = join(outside, 'outside-actor.mdx');
writeFileSync(outsideEntry, validActor.replace(/^title: .*$/m, 'title: Outside Actor'));

const everything = (problems: readonly Problem[]) => problems.map(formatProblem).join('\n');

/** The valid fixture, with `arrange` run in its content folder; the check's result. */
function checkArranged(arrange: (content: string) => void) {
  const root = contentWith();
  arrange(join(root, 'content'));
  return check(root);
}

interface Case {
  arrange: (content: string) => void;
  file: string;
  says: string;
}

const REFUSED: Record<string, Case> = {
  'a symlink to a valid entry outside the folder': {
    arrange: (content) => symlinkSync(outsideEntry, join(content, 'actors', 'outside-actor.mdx')),
    file: 'actors/outside-actor.mdx',
    says: 'symbolic link to something outside the content folder',
  },
  'a symlink to a YAML file outside the folder': {
    arrange: (content) => symlinkSync(secretFile, join(content, 'actors', 'leak.mdx')),
    file: 'actors/leak.mdx',
    says: 'outside the content folder',
  },
  'a collection folder that is a symlink out of the folder': {
    arrange: (content) => {
      mkdirSync(join(outside, 'sources'), { recursive: true });
      symlinkSync(join(outside, 'sources'), join(content, 'extra'));
    },
    file: 'content/extra',
    says: 'outside the content folder',
  },
  'a dangling symlink': {
    arrange: (content) => symlinkSync(join(outside, 'missing.mdx'), join(content, 'actors', 'gone.mdx')),
    file: 'actors/gone.mdx',
    says: 'leads nowhere',
  },
  'a symlink loop': {
    arrange: (content) => {
      symlinkSync(join(content, 'actors', 'loop-b.mdx'), join(content, 'actors', 'loop-a.mdx'));
      symlinkSync(join(content, 'actors', 'loop-a.mdx'), join(content, 'actors', 'loop-b.mdx'));
    },
    file: 'actors/loop-a.mdx',
    says: 'leads nowhere',
  },
  'a folder named like an entry': {
    arrange: (content) => mkdirSync(join(content, 'actors', 'folder.mdx')),
    file: 'actors/folder.mdx',
    says: 'is a folder',
  },
  'an entry in a subfolder of a collection': {
    arrange: (content) => {
      mkdirSync(join(content, 'actors', 'more'));
      writeFileSync(join(content, 'actors', 'more', 'group-z.mdx'), validActor);
    },
    file: 'actors/more',
    says: 'not in subfolders',
  },
  'a FIFO named like an entry': {
    arrange: (content) => {
      const made = spawnSync('mkfifo', [join(content, 'actors', 'pipe.mdx')]);
      if (made.status !== 0) throw new Error('mkfifo failed');
    },
    file: 'actors/pipe.mdx',
    says: 'not a regular file',
  },
  'an upper-case extension': {
    arrange: (content) => writeFileSync(join(content, 'actors', 'group-z.MDX'), validActor),
    file: 'actors/group-z.MDX',
    says: 'rename it to "group-z.mdx"',
  },
  'a .md file': {
    arrange: (content) => writeFileSync(join(content, 'actors', 'group-z.md'), validActor),
    file: 'actors/group-z.md',
    says: 'rename it to "group-z.mdx"',
  },
  'a .markdown file': {
    arrange: (content) => writeFileSync(join(content, 'actors', 'group-z.markdown'), validActor),
    file: 'actors/group-z.markdown',
    says: 'rename it to "group-z.mdx"',
  },
  'a trailing space in the name': {
    arrange: (content) => writeFileSync(join(content, 'actors', 'group-z.mdx '), validActor),
    file: 'actors/group-z.mdx ',
    says: 'spaces before or after',
  },
  'an entry beside the collection folders': {
    arrange: (content) => writeFileSync(join(content, 'group-z.mdx'), validActor),
    file: 'content/group-z.mdx',
    says: 'outside any collection folder',
  },
};

describe('the content walk refuses, with a message naming the file', () => {
  for (const [name, { arrange, file, says }] of Object.entries(REFUSED)) {
    it(name, { timeout: 10_000 }, () => {
      const result = checkArranged(arrange);
      const problem = result.problems.find((p) => p.file.endsWith(file));
      expect(problem, everything(result.problems)).toBeDefined();
      expect(problem!.message).toContain(says);
      expect(result.knowledgeBase).toBeUndefined();
      // Nothing of what a link points at is echoed: neither its content nor where it is.
      expect(everything(result.problems)).not.toContain(SECRET_VALUE);
      expect(everything(result.problems)).not.toContain(outside);
    });
  }

  it('follows a symlink that stays inside the content folder', () => {
    const result = checkArranged((content) => {
      copyFileSync(join(content, 'actors', 'group-b.mdx'), join(content, 'group-b.txt'));
      rmSync(join(content, 'actors', 'group-b.mdx'));
      symlinkSync(join(content, 'group-b.txt'), join(content, 'actors', 'group-b.mdx'));
    });
    expect(everything(result.problems)).toBe('');
    expect(result.knowledgeBase?.bySlug.has('group-b')).toBe(true);
  });
});

describe('editor backups and other files in a collection folder', () => {
  it.each(['group-a.mdx~', 'group-a.mdx.bak', '#group-a.mdx#', '.#group-a.mdx', 'notes.txt'])(
    '%s: a warning, and the build goes on',
    (name) => {
      const result = checkArranged((content) => writeFileSync(join(content, 'actors', name), validActor));
      expect(everything(result.problems)).toBe('');
      expect(result.warnings.map((w) => w.file)).toEqual([join('content', 'actors', name)]);
      expect(result.knowledgeBase).toBeDefined();
    },
  );

  it('leaves hidden files alone', () => {
    const result = checkArranged((content) => writeFileSync(join(content, 'actors', '.DS_Store'), 'x'));
    expect(result.warnings).toEqual([]);
    expect(result.knowledgeBase).toBeDefined();
  });
});

describe('the content folder itself', () => {
  it('a file instead of a folder: one clear problem', () => {
    const root = mkdtempSync(join(outside, 'project-'));
    writeFileSync(join(root, 'content'), 'not a folder');
    const { problems } = check(root);
    expect(problems).toEqual([
      expect.objectContaining({ rule: 'content-folder', file: 'content', message: expect.stringContaining('is not a folder') }),
    ]);
  });

  it.each([
    ['empty', (_content: string) => {}],
    ['with empty collection folders', (content: string) => mkdirSync(join(content, 'actors'))],
  ])('%s: one clear problem', (_name, arrange) => {
    const root = mkdtempSync(join(outside, 'project-'));
    mkdirSync(join(root, 'content'));
    arrange(join(root, 'content'));
    const { problems } = check(root);
    expect(problems).toEqual([expect.objectContaining({ rule: 'content-folder', message: expect.stringContaining('holds no entries') })]);
  });
});

describe('npm run check with warnings only', () => {
  it('prints each warning marked as one and exits 0', () => {
    const root = contentWith();
    writeFileSync(join(root, 'content', 'actors', 'group-a.mdx~'), validActor);
    const run = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content') },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/group-a\.mdx~ warning: looks like an editor backup/);
    expect(run.stdout).toMatch(/no problems, 1 warning\(s\)/);
  });
});

describe('classifyEntryName', () => {
  it.each([
    ['group-a.mdx', 'entry'],
    ['Group-A.mdx', 'entry'],
    ['group-a.MDX', 'misnamed'],
    ['group-a.Mdx', 'misnamed'],
    ['group-a.md', 'misnamed'],
    ['group-a.MARKDOWN', 'misnamed'],
    ['group-a.mdx ', 'misnamed'],
    ['group-a.mdx~', 'backup'],
    ['group-a.mdx.bak', 'backup'],
    ['group-a.mdx.orig', 'backup'],
    ['.group-a.mdx.swp', 'backup'],
    ['#group-a.mdx#', 'backup'],
    ['.#group-a.mdx', 'backup'],
    ['.DS_Store', 'hidden'],
    ['.gitkeep', 'hidden'],
    ['photo.png', 'other'],
  ])('%j is %s', (name, kind) => {
    expect(classifyEntryName(name).kind).toBe(kind);
  });
});
