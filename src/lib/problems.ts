/** A problem an author can act on: where it is, and what was expected and found. */
import { revealCharacters } from './content/characters.ts';
export interface Problem {
  /** Which rule of the content model was broken, e.g. "unknown-reference". */
  rule: ProblemRule;
  /** Path of the file, relative to the project. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The frontmatter field, e.g. "participants[0].actor". */
  field?: string;
  /** What is wrong, what was expected and what was found. */
  message: string;
  /** A warning does not stop a build; `npm run check -- --strict` counts it as an error. */
  severity?: 'warning';
}

export type ProblemRule =
  | 'content-folder'
  | 'file-content'
  | 'yaml-syntax'
  | 'mdx-syntax'
  | 'unknown-collection'
  | 'bad-slug'
  | 'schema'
  | 'duplicate-slug'
  | 'unknown-reference'
  | 'wrong-collection'
  | 'former-slug-collision'
  | 'place-parent-cycle'
  | 'unknown-wiki-link'
  | 'bad-link'
  | 'unknown-page'
  | 'forbidden-mdx'
  | 'archive'
  | 'quote-mismatch'
  | 'quote-locator'
  | 'prose-quote'
  | 'estimative-confidence'
  | 'estimative-term'
  | 'estimative-rows'
  | 'estimative-likelihood';

export function formatProblem(problem: Problem): string {
  // A file name with hidden characters (a bidi override) would scramble the terminal line.
  const file = revealCharacters(problem.file);
  const where = problem.line ? `${file}:${problem.line}` : file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const severity = problem.severity ? ` ${problem.severity}:` : '';
  return `${where}${field}${severity} ${problem.message} [${problem.rule}]`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}

/** " (did you mean "x"?)" or nothing. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}
