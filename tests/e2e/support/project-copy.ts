/**
 * A copy of the project for a test that runs Astro on content of its own: Astro keeps a list of
 * the content's MDX modules in the project's `.astro/`, which the other tests' builds of other
 * content would change meanwhile. Its `node_modules` is the project's, linked.
 */
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/config/build-options.ts';

const PROJECT_PARTS = [
  'astro.config.mjs',
  'kb.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'src',
  'scripts',
  'public',
];

/** Copies the project into `<scratch>/project`; returns that folder. */
export function projectCopy(scratch: string): string {
  const project = join(scratch, 'project');
  for (const part of PROJECT_PARTS) {
    if (existsSync(join(projectRoot, part))) cpSync(join(projectRoot, part), join(project, part), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(project, 'node_modules'));
  return project;
}
