/** Provenance warnings through the whole check: file and line, and --strict's reading of them. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { check, contentWith } from './fixture-content.ts';

describe('provenance warnings', () => {
  it('report a likelihood and a confidence level in one sentence with file and line, and do not stop the build', () => {
    const root = contentWith();
    writeFileSync(
      join(root, 'content/actors/group-c.mdx'),
      [
        '---',
        'title: Group C',
        'summary: A fixture actor.',
        'kind: organization',
        '---',
        'Group C exists.',
        '',
        'It will likely keep fighting, a judgment held with moderate confidence.',
        '',
      ].join('\n'),
    );
    const result = check(root);
    expect(result.problems).toEqual([]);
    expect(result.knowledgeBase).toBeDefined();
    expect(result.warnings.map(formatProblem)).toEqual([
      'content/actors/group-c.mdx:8 warning: "likely" and "moderate confidence" in one sentence: state the likelihood and the confidence in separate sentences (ICD 203) [estimative-confidence]',
    ]);
  });

  it('report quotation marks in prose attributed to an archived source when the words are not its own', () => {
    const root = contentWith();
    writeFileSync(
      join(root, 'content/actors/group-c.mdx'),
      [
        '---',
        'title: Group C',
        'summary: A fixture actor.',
        'kind: organization',
        '---',
        'The [[example-analysis]] says the two sides "clashed often" and that it',
        '"shows no sign of ending" (para. 3).',
        '',
      ].join('\n'),
    );
    const [warning, ...rest] = check(root).warnings;
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ rule: 'prose-quote', file: 'content/actors/group-c.mdx', line: 6, severity: 'warning' });
    expect(warning!.message).toContain('"clashed often" is not in example-analysis (closest, para. 1: "clashed repeatedly")');
  });

  it('leave the seed content without any (npm test runs npm run check -- --strict on it)', () => {
    const result = check(join(import.meta.dirname, '../..'));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
  });
});

describe('archived source texts', () => {
  it('are kept from the pages unless the source says archive: public', () => {
    const root = contentWith();
    expect(check(root).knowledgeBase!.archived).toEqual(new Set(['example-analysis']));
    expect(check(root).knowledgeBase!.publicArchives.size).toBe(0);
    const file = join(root, 'content/sources/example-analysis.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: analysis', 'kind: analysis\narchive: public'));
    const published = check(root).knowledgeBase!.publicArchives.get('example-analysis');
    expect(published?.paragraphs).toHaveLength(3);
  });

  it('a source marked archive: public without an archived text is an error', () => {
    const root = contentWith();
    rmSync(join(root, 'content/sources/example-analysis.txt'));
    const source = join(root, 'content/sources/example-analysis.mdx');
    writeFileSync(source, readFileSync(source, 'utf8').replace('kind: analysis', 'kind: analysis\narchive: public'));
    expect(check(root).problems).toEqual([
      {
        rule: 'archive',
        file: 'content/sources/example-analysis.mdx',
        field: 'archive',
        line: 8,
        message: 'is "public" but there is no archived text to publish: expected content/sources/example-analysis.txt',
      },
    ]);
  });
});
