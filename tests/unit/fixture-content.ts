/** Builds a content folder in a temp dir: the valid fixture, with broken cases' files laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { knowledgeBaseOptions } from '../../src/config/build-options.ts';
import { loadKnowledgeBase, type CheckResult } from '../../src/lib/knowledge-base.ts';
import type { Marking } from '../../src/lib/schema/index.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

// One temporary folder per test file that uses these fixtures, removed after its tests.
const scratch = mkdtempSync(join(tmpdir(), 'kb-fixtures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

export function contentWith(...brokenCases: string[]): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  cpSync(join(FIXTURES, 'valid'), join(root, 'content'), { recursive: true });
  for (const name of brokenCases) cpSync(join(FIXTURES, 'broken', name), join(root, 'content'), { recursive: true });
  return root;
}

export function check(root: string, release: Marking = 'TLP:CLEAR'): CheckResult {
  return loadKnowledgeBase(knowledgeBaseOptions({ root, release }));
}
