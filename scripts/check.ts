/**
 * `npm run check`: validates all content against the content model, without building pages.
 * Warnings (estimative language, quotations in prose) are listed but pass; `--strict` fails on them too.
 */
import { buildOptionsOrExit, parseArgsOrExit } from './lib/options.ts';
import { loadKnowledgeBase } from '../src/lib/knowledge-base.ts';
import { formatProblem, sortProblems } from '../src/lib/problems.ts';

const { values } = parseArgsOrExit({ options: { strict: { type: 'boolean', default: false } } }, 'usage: npm run check [-- --strict]');
const started = performance.now();
const result = loadKnowledgeBase(buildOptionsOrExit());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const failing = values.strict ? [...result.problems, ...result.warnings] : result.problems;
for (const problem of sortProblems([...result.problems, ...result.warnings])) console.error(formatProblem(problem));
const warned = result.warnings.length ? `, ${result.warnings.length} warning(s)` : '';
if (failing.length) {
  const strict = values.strict && result.warnings.length ? ' (--strict: warnings count as errors)' : '';
  console.error(
    `\n✗ ${result.problems.length} problem(s)${warned} in ${result.fileCount} files (${seconds} s)${strict}. Nothing was built.`,
  );
  process.exit(1);
}
console.log(`✓ ${result.fileCount} entries checked, no problems${warned} (${seconds} s).`);
