/**
 * Hostile and malformed entries: each ends in a clear problem naming the file (and line or field),
 * or is accepted to be rendered escaped; none may crash the check without a message or hang it
 * (every case has a time limit).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type ProblemRule } from '../../src/lib/problems.ts';
import { check, contentWith } from './fixture-content.ts';

const frontmatter = (title: string, extra = '') =>
  `---\ntitle: ${JSON.stringify(title)}\nsummary: "A hostile case."\nkind: organization\n${extra}---\n`;

/** The valid fixture with one hostile file added. */
function checkWith(path: string, contents: string | Buffer) {
  const root = contentWith();
  const file = join(root, 'content', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return check(root);
}

interface Rejected {
  file: string;
  contents: string | Buffer;
  rule: ProblemRule;
  says: string;
  line?: number;
}

const REJECTED: Record<string, Rejected> = {
  'a file over 2 MB': {
    file: 'actors/huge.mdx',
    contents: frontmatter('Huge') + 'Word and [[group-a]] more. '.repeat(100_000),
    rule: 'file-content',
    says: 'at most 2.0 MB',
  },
  'lists nested 600 deep': {
    file: 'actors/deep.mdx',
    contents: frontmatter('Deep') + Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    rule: 'mdx-syntax',
    says: 'nested more than 64 levels',
  },
  'quotes nested 50,000 deep': {
    file: 'actors/deep.mdx',
    contents: `${frontmatter('Deep')}${'>'.repeat(50_000)} quote\n`,
    rule: 'mdx-syntax',
    says: 'nested more than 64 levels',
    line: 6,
  },
  'elements nested 5,000 deep': {
    file: 'actors/deep.mdx',
    contents: `${frontmatter('Deep')}${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}\n`,
    rule: 'mdx-syntax',
    says: 'nested more than 64 levels',
  },
  'a Cyrillic letter in a slug': {
    file: 'actors/gr\u043Eup-x.mdx',
    contents: frontmatter('Homoglyph'),
    rule: 'bad-slug',
    says: '"gr\\u{43e}up-x" is not a valid slug',
  },
  'a right-to-left override in a slug': {
    file: 'actors/group-\u202Ex.mdx',
    contents: frontmatter('Override'),
    rule: 'bad-slug',
    says: '"group-\\u{202e}x"',
  },
  'a zero-width space in a slug': {
    file: 'actors/group\u200B-x.mdx',
    contents: frontmatter('Zero width'),
    rule: 'bad-slug',
    says: '"group\\u{200b}-x"',
  },
  'a right-to-left override in a title': {
    file: 'actors/group-x.mdx',
    contents: frontmatter('Group \u202Egnirts'),
    rule: 'file-content',
    says: 'U+202E',
    line: 2,
  },
  'a NUL character in an alias': {
    file: 'actors/group-x.mdx',
    contents: frontmatter('Group X', 'aliases: ["X\\u0000"]\n'),
    rule: 'file-content',
    says: 'U+0000',
    line: 5,
  },
  'binary garbage': {
    file: 'actors/group-x.mdx',
    contents: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x81]),
    rule: 'file-content',
    says: 'not valid UTF-8',
  },
  'an empty file': { file: 'actors/group-x.mdx', contents: '', rule: 'yaml-syntax', says: 'expected YAML frontmatter', line: 1 },
  'an unclosed frontmatter': {
    file: 'actors/group-x.mdx',
    contents: '---\ntitle: X\n',
    rule: 'yaml-syntax',
    says: 'expected YAML frontmatter',
  },
  'a byte-order mark': {
    file: 'actors/group-x.mdx',
    contents: `\uFEFF${frontmatter('BOM')}`,
    rule: 'yaml-syntax',
    says: 'byte-order mark',
  },
  'a YAML alias bomb': {
    file: 'actors/group-x.mdx',
    contents: `---\n${['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`)].join('\n')}\ntitle: Bomb\n---\n`,
    rule: 'yaml-syntax',
    says: 'YAML error',
  },
};

describe('hostile and malformed entries', () => {
  for (const [name, { file, contents, rule, says, line }] of Object.entries(REJECTED)) {
    it(`${name}: a clear problem`, { timeout: 20_000 }, () => {
      const { problems } = checkWith(file, contents);
      const problem = problems.find((p) => p.file.endsWith(file.split('/').pop()!));
      expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
      expect(problem).toMatchObject({ rule, ...(line ? { line } : {}) });
      expect(problem!.message).toContain(says);
      expect(formatProblem(problem!)).not.toMatch(/[\u202a-\u202e\u200b]/);
    });
  }

  it('an entry with 20,000 wiki-links in one paragraph is read in linear time', { timeout: 20_000 }, () => {
    const { problems, knowledgeBase } = checkWith(
      'actors/group-x.mdx',
      frontmatter('Links') + Array.from({ length: 20_000 }, () => '[[group-a]]').join(' '),
    );
    expect(problems).toEqual([]);
    expect(knowledgeBase!.graph.outgoing.get('group-x')).toHaveLength(20_000);
  });

  it('a run-on paragraph gives each backlink a short context, not the whole paragraph', { timeout: 20_000 }, () => {
    const { knowledgeBase } = checkWith(
      'actors/group-x.mdx',
      `${frontmatter('Run-on')}${'word '.repeat(50_000)}[[group-a]] ${'word '.repeat(50_000)}\n`,
    );
    const edge = knowledgeBase!.graph.incoming.get('group-a')!.find((e) => e.source === 'group-x')!;
    expect(edge.context!.length).toBeLessThan(400);
    expect(edge.context).toContain('[[group-a]]');
  });

  it('HTML in titles, summaries and aliases is accepted as text (pages escape it)', () => {
    const { problems, knowledgeBase } = checkWith(
      'actors/group-x.mdx',
      frontmatter('<script>alert(1)</script> & <b>', 'aliases: ["<img src=x onerror=alert(1)>"]\n'),
    );
    expect(problems).toEqual([]);
    expect(knowledgeBase!.bySlug.get('group-x')!.data.title).toBe('<script>alert(1)</script> & <b>');
  });
});
