/** Validates one file's frontmatter against its collection's schema, as author-facing problems. */
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../problems.ts';
import { collectionSchemas, type CollectionData, type CollectionName } from '../schema/index.ts';
import { closestMatch } from '../slugs.ts';
import type { ParsedFile } from './frontmatter.ts';

/** "participants[0].actor" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    current = typeof key === 'number' ? def?.element : def?.shape?.[String(key)];
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Every top-level frontmatter field name of every collection. */
export const FRONTMATTER_FIELDS: ReadonlySet<string> = new Set(
  Object.values(collectionSchemas).flatMap((schema) => knownKeys(schema, [])),
);

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const expected = issue.code === 'invalid_type' ? issue.expected : issue.values.map((v) => JSON.stringify(v)).join(' | ');
    return `is required but missing (expected ${expected})`;
  }
  const message = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'custom') return message;
  return `${message}; found ${describe(found)}`;
}

/**
 * A union's issue as the issues of the branch the value was meant for: a citation written as an
 * object is reported by its fields ("sources[0].credibility"), not as "invalid input". That branch
 * is the one whose issues lie deepest in the value.
 */
function specificIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const depth = (issues: readonly z.core.$ZodIssue[]) => Math.max(...issues.map((i) => i.path.length));
  const branch = issue.errors.reduce((best, issues) => (depth(issues) > depth(best) ? issues : best));
  if (depth(branch) === 0) return [issue];
  return branch.flatMap((inner) => specificIssues({ ...inner, path: [...issue.path, ...inner.path] }));
}

export function validateFrontmatter<C extends CollectionName>(
  collection: C,
  file: string,
  parsed: ParsedFile,
): { data: CollectionData[C] } | { problems: Problem[] } {
  const schema = collectionSchemas[collection];
  const result = schema.safeParse(parsed.data);
  if (result.success) return { data: result.data as CollectionData[C] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues.flatMap(specificIssues)) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          rule: 'schema', file, line: parsed.lineOf(path), field: fieldPath(path),
          message: `is not a field of ${collection}${didYouMean(closestMatch(key, known))}`,
        });
      }
      continue;
    }
    problems.push({
      rule: 'schema', file, line: parsed.lineOf(issue.path), field: fieldPath(issue.path) || undefined,
      message: issueMessage(issue, parsed.data),
    });
  }
  return { problems };
}
