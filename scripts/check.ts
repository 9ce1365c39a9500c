/** `npm run check`: validates all content against the content model, without building pages. */
import { buildOptionsOrExit } from './lib/options.ts';
import { loadKnowledgeBase } from '../src/lib/knowledge-base.ts';
import { formatProblem, formatWarning } from '../src/lib/problems.ts';

const started = performance.now();
const result = loadKnowledgeBase(buildOptionsOrExit());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Warnings are listed first and apart; they never change the exit code.
for (const warning of result.warnings) console.warn(formatWarning(warning));
const warned = result.warnings.length ? `, ${result.warnings.length} warning(s)` : '';
if (result.problems.length) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n✗ ${result.problems.length} problem(s)${warned} in ${result.fileCount} files (${seconds} s). Nothing was built.`);
  process.exit(1);
}
console.log(`✓ ${result.fileCount} entries checked, no problems${warned} (${seconds} s).`);
