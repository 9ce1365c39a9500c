import { describe, expect, it } from 'vitest';
import { analyzeBody } from './body.ts';

const rules = { components: ['Aside'] };

describe('analyzeBody', () => {
  it('finds wiki-links with their line and the sentence they sit in', () => {
    const { links, issues } = analyzeBody('Intro.\n\nFirst sentence. Then [[al-qaeda|AQ]] acted. Last one.\n', rules);
    expect(issues).toEqual([]);
    expect(links).toEqual([{ target: 'al-qaeda', label: 'AQ', line: 3, context: 'Then [[al-qaeda|AQ]] acted.' }]);
  });

  it('ignores wiki-link syntax inside code', () => {
    expect(analyzeBody('`[[x]]`\n\n```\n[[y]]\n```\n', rules).links).toEqual([]);
  });

  it('reads links inside tables, lists and emphasis', () => {
    const body = '| a |\n|---|\n| [[x\\|X]] |\n\n- item [[y]]\n\n*[[z]]*\n';
    expect(analyzeBody(body, rules).links.map((l) => [l.target, l.line])).toEqual([['x', 3], ['y', 5], ['z', 7]]);
  });

  it('allows the components the site provides', () => {
    expect(analyzeBody('<Aside>Note.</Aside>\n', rules).issues).toEqual([]);
  });

  it.each([
    ['export const x = 1\n', 'import and export'],
    ['<style>{"p{}"}</style>\n', '<style>'],
    ['<object data="x"></object>\n', '<object>'],
    ['<embed src="x" />\n', '<embed>'],
    ['<a href="JavaScript:go()">x</a>\n', 'javascript:'],
    ['<img src="x" onerror="go()" />\n', 'onerror'],
    ['[x]: javascript:go()\n\n[y][x]\n', 'javascript:'],
  ])('rejects %j', (body, message) => {
    const { issues } = analyzeBody(body, rules);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain(message);
  });

  it('reports an MDX syntax error with its line', () => {
    const { issues } = analyzeBody('Fine.\n\nBroken {\n', rules);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'mdx-syntax', line: 3 });
  });
});
