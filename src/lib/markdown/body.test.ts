import { describe, expect, it } from 'vitest';
import { plainBodyLink } from './body-link.ts';
import { analyzeBody } from './body.ts';

const rules = { components: ['Aside'] };

describe('analyzeBody', () => {
  it('finds wiki-links with their line and the sentence they sit in', () => {
    const { links, issues } = analyzeBody('Intro.\n\nFirst sentence. Then [[al-qaeda|AQ]] acted. Last one.\n', rules);
    expect(issues).toEqual([]);
    expect(links.map(plainBodyLink)).toEqual([{ target: 'al-qaeda', label: 'AQ', line: 3, context: 'Then [[al-qaeda|AQ]] acted.' }]);
  });

  it('gives a link as plain data for the content store, which serializes only plain objects', () => {
    const [link] = analyzeBody('Intro.\n\nSee [AQ](/actors/al-qaeda/) here.\n', rules).links;
    const plain = plainBodyLink(link!);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(plain).toEqual({ target: 'al-qaeda', label: 'AQ', line: 3, context: 'See [[al-qaeda|AQ]] here.', href: '/actors/al-qaeda/' });
  });

  it('ignores wiki-link syntax inside code', () => {
    expect(analyzeBody('`[[x]]`\n\n```\n[[y]]\n```\n', rules).links).toEqual([]);
  });

  it('reads links inside tables, lists and emphasis', () => {
    const body = '| a |\n|---|\n| [[x\\|X]] |\n\n- item [[y]]\n\n*[[z]]*\n';
    expect(analyzeBody(body, rules).links.map((l) => [l.target, l.line])).toEqual([
      ['x', 3],
      ['y', 5],
      ['z', 7],
    ]);
  });

  it('allows the components the site provides', () => {
    expect(analyzeBody('<Aside>Note.</Aside>\n', rules).issues).toEqual([]);
  });

  it('allows plain HTML, local images, escaped braces and links to other sites', () => {
    const body =
      'A <b>bold</b> \\{brace\\} and [a report](https://example.org/r).\n\n![map](/maps/x.png)\n\n<abbr title="Islamic State">IS</abbr> {/* a note to editors */}\n';
    expect(analyzeBody(body, rules).issues).toEqual([]);
  });

  it.each([
    ['export const x = 1\n', 'import and export'],
    ['<style></style>\n', '<style>'],
    ['<base href="/elsewhere/" />\n', '<base>'],
    ['<form action="/x"></form>\n', '<form>'],
    ['Two and {1 + 1}.\n', 'JavaScript expression'],
    ['{process.exit(1)}\n', 'JavaScript expression'],
    ['{/* a comment */ process.exit(1) /* another */}\n', 'JavaScript expression'],
    ['<a href={"/x"}>x</a>\n', 'plain strings'],
    ['<span {...{ id: "x" }}>x</span>\n', 'spread'],
    ['<span style="color: red">x</span>\n', 'style attribute'],
    ['<a href=" java\tscript:go()">x</a>\n', 'javascript:'],
    ['<img src="https://example.org/x.png" alt="" />\n', 'another site'],
    ['<img src="//example.org/x.png" alt="" />\n', 'another site'],
    ['![map](https://example.org/map.png)\n', 'another site'],
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
