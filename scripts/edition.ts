/**
 * `npm run edition -- <name>`: tags the repository's current commit as edition `<name>`
 * (`edition/<name>`, an annotated tag). Refuses a malformed or existing name, a working tree with
 * uncommitted changes and content that fails `npm run check`, so an edition is always a checked,
 * committed state. Push the tag for the site built from the repository to list it.
 */
import { spawnSync } from 'node:child_process';
import { buildOptionsOrExit, parseArgsOrExit } from './lib/options.ts';
import { editionRefusal } from '../src/lib/history/editions.ts';
import { loadKnowledgeBase } from '../src/lib/knowledge-base.ts';
import { formatProblem } from '../src/lib/problems.ts';

const usage = 'usage: npm run edition -- <name>   (e.g. npm run edition -- 2026-11)';
const { positionals } = parseArgsOrExit({ allowPositionals: true, options: {} }, usage);
if (positionals.length !== 1) {
  console.error(`✗ name one edition\n${usage}`);
  process.exit(1);
}
const name = positionals[0]!;
const options = buildOptionsOrExit();
const git = (...args: string[]) => spawnSync('git', args, { cwd: options.contentDir, encoding: 'utf8' });

const status = git('status', '--porcelain');
if (status.status !== 0) {
  console.error('✗ the content folder is not in a git repository: an edition is a git tag');
  process.exit(1);
}
const check = loadKnowledgeBase(options);
for (const problem of check.problems) console.error(formatProblem(problem));
const refusal = editionRefusal({
  name,
  dirtyFiles: status.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3)),
  exists: git('rev-parse', '-q', '--verify', `refs/tags/edition/${name}`).status === 0,
  problems: check.problems.length,
});
if (refusal) {
  console.error(`✗ ${refusal}`);
  process.exit(1);
}
const tag = git('tag', '-a', `edition/${name}`, '-m', `Edition ${name}`);
if (tag.status !== 0) {
  console.error(`✗ git could not tag the edition: ${tag.stderr.trim()}`);
  process.exit(1);
}
const commit = git('rev-parse', '--short', 'HEAD').stdout.trim();
console.log(`✓ Edition ${name} tagged (edition/${name}, commit ${commit}). Publish it with: git push origin edition/${name}`);
