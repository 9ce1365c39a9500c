/**
 * A scratch git repository for the history tests: the fixture content, committed with fixed
 * dates, an edition tagged, then a judgment's likelihood raised, an event's date corrected, an
 * entry renamed (git mv, former slug), an actor added, and a TLP:AMBER entry added, changed and
 * removed across the editions (with a TLP:AMBER version of a released entry in between), then a
 * second edition and one change after it. Nothing depends on the project's own history.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What only the TLP:AMBER versions hold: a CLEAR build must not contain it anywhere. */
const HISTORY_CANARY = 'KBHISTORY-7c3e9b12';
export const HISTORY_SECRETS = [HISTORY_CANARY, 'history-canary', 'Withheld History Codename'];

export const FIRST_EDITION = '2026-01';
export const SECOND_EDITION = '2026-02';

function git(repo: string, date: string, ...args: string[]): void {
  const result = spawnSync(
    'git',
    [
      '-c',
      'user.name=Scratch Author',
      '-c',
      'user.email=scratch@example.org',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      ...args,
    ],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

/** Commits every change with a fixed date and a message that must never be published. */
function commit(repo: string, date: string): void {
  git(repo, date, 'add', '-A');
  git(repo, date, 'commit', '-q', '-m', `private commit message ${HISTORY_CANARY}`);
}

function edit(repo: string, file: string, change: (text: string) => string): void {
  const path = join(repo, 'content', file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const amberActor = (summary: string) =>
  `---\ntitle: Withheld History Codename ${HISTORY_CANARY}\nsummary: ${summary}\nkind: person\nmarking: TLP:AMBER\n---\nA person who must not appear in a TLP:CLEAR build, ${HISTORY_CANARY}. Linked to [[group-a]].\n`;

/** Builds the repository at `repo` (removed first); its content folder is `<repo>/content`. */
export function makeHistoryRepository(repo: string, fixture: string): void {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  cpSync(fixture, join(repo, 'content'), { recursive: true });
  // An entry whose own `updated` date overrides the date of its last commit.
  edit(repo, 'actors/group-a.mdx', (text) => text.replace('status: active', 'status: active\nupdated: "2025-12"'));
  git(repo, '2026-01-10T09:00:00Z', 'init', '-q');
  commit(repo, '2026-01-10T09:00:00Z');
  writeFileSync(join(repo, 'content/actors/history-canary.mdx'), amberActor(`Added while withheld, ${HISTORY_CANARY}.`));
  commit(repo, '2026-01-20T09:00:00Z');
  git(repo, '2026-01-31T12:00:00Z', 'tag', '-a', `edition/${FIRST_EDITION}`, '-m', `edition note ${HISTORY_CANARY}`);

  edit(repo, 'judgments/example-judgment.mdx', (text) =>
    text.replace('likelihood: likely', 'likelihood: very-likely').replace('will likely keep', 'will very likely keep'),
  );
  commit(repo, '2026-02-02T09:00:00Z');
  edit(repo, 'events/example-clash.mdx', (text) => text.replace('date: 2014-11-13', 'date: 2014-11-12'));
  commit(repo, '2026-02-03T09:00:00Z');
  git(repo, '2026-02-04T09:00:00Z', 'mv', 'content/actors/group-b.mdx', 'content/actors/group-bravo.mdx');
  edit(repo, 'actors/group-bravo.mdx', (text) => text.replace('kind: organization', 'kind: organization\nformerSlugs: [group-b]'));
  commit(repo, '2026-02-04T09:00:00Z');
  writeFileSync(
    join(repo, 'content/actors/group-c.mdx'),
    '---\ntitle: Group C\nsummary: A fixture group added after the first edition.\nkind: organization\n---\nGroup C appeared in [[example-town]].\n',
  );
  commit(repo, '2026-02-05T09:00:00Z');
  // A withheld entry changed, and a released entry withheld for one commit with a withheld value.
  writeFileSync(join(repo, 'content/actors/history-canary.mdx'), amberActor(`Changed while withheld, ${HISTORY_CANARY}.`));
  edit(repo, 'places/example-town.mdx', (text) =>
    text.replace('summary: A fixture town inside Example Country.', `summary: Withheld detail ${HISTORY_CANARY}.\nmarking: TLP:AMBER`),
  );
  commit(repo, '2026-02-06T09:00:00Z');
  edit(repo, 'places/example-town.mdx', (text) =>
    text.replace(`summary: Withheld detail ${HISTORY_CANARY}.\nmarking: TLP:AMBER`, 'summary: A fixture town inside Example Country.'),
  );
  rmSync(join(repo, 'content/actors/history-canary.mdx'));
  commit(repo, '2026-02-07T09:00:00Z');
  git(repo, '2026-02-28T12:00:00Z', 'tag', '-a', `edition/${SECOND_EDITION}`, '-m', 'second');

  edit(repo, 'actors/group-c.mdx', (text) =>
    text.replace('A fixture group added after the first edition.', 'A fixture group first reported after the first edition.'),
  );
  commit(repo, '2026-03-02T09:00:00Z');
}
