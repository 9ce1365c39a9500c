import { describe, expect, it } from 'vitest';
import type { LinkResolver } from '../links.ts';
import type { Entry } from '../schema/index.ts';
import { analyzeBody } from './body.ts';
import { createBodyRenderer } from './render.ts';

const entry = { collection: 'actors', slug: 'al-qaeda', data: { title: 'al-Qaeda' } } as Entry;
const resolve: LinkResolver = (target) =>
  target === 'al-qaeda'
    ? { status: 'entry', entry, href: '/actors/al-qaeda/' }
    : target === 'secret'
      ? { status: 'withheld' }
      : { status: 'unknown' };
const render = (body: string) => createBodyRenderer(resolve, '/')(body, analyzeBody(body, { components: [] }).mdxSyntax);

describe('createBodyRenderer', () => {
  it('renders plain Markdown with wiki-links, heading ids and smart punctuation', () => {
    expect(render('## Bottom line\n\nThe "core" of [[al-qaeda]] and [[al-qaeda|AQ]] -- see [[secret]].\n')).toBe(
      '<h2 id="bottom-line">Bottom line<a class="anchor-link" href="#bottom-line" aria-label="Link to Bottom line" data-anchor-link="">#</a></h2>\n<p>The “core” of <a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a> and ' +
        '<a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">AQ</a> – see <span class="withheld" title="Not in this release">withheld</span>.</p>\n',
    );
  });

  it('renders MDX syntax as MDX: JSX elements, expressions, comments', () => {
    const html = render('An <abbr title="al-Qaeda">AQ</abbr> cell {/* note */} of {1 + 1} & [[al-qaeda]].\n');
    expect(html).toBe(
      '<p>An <abbr title="al-Qaeda">AQ</abbr> cell  of 2 &amp; <a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a>.</p>',
    );
  });

  it('does not turn indented lines into code, as MDX does not', () => {
    expect(render('Para\n\n    indented text\n')).toBe('<p>Para</p>\n<p>indented text</p>');
  });

  it('escapes text and attributes of MDX elements', () => {
    expect(render('<span title={"a\\"<b"}>{"<i>"}</span>\n')).toBe('<span title="a&quot;&lt;b">&lt;i&gt;</span>');
  });
});

describe('Markdown links and images to entry paths', () => {
  // The resolver's href carries the base path a site is built for; the author writes the bare path.
  const resolveUnderBase: LinkResolver = (target) => {
    const resolution = resolve(target);
    return resolution.status === 'entry' ? { ...resolution, href: `/kb${resolution.href}` } : resolution;
  };
  const renderUnderBase = (body: string) =>
    createBodyRenderer(resolveUnderBase, '/kb/')(body, analyzeBody(body, { components: [] }).mdxSyntax);

  it.each([
    ['a link', 'See [the group](/actors/al-qaeda/#history).\n', '<a href="/kb/actors/al-qaeda/#history">the group</a>'],
    ['a short address', 'See [the group](/e/al-qaeda/).\n', '<a href="/kb/actors/al-qaeda/">the group</a>'],
    ['a reference link', 'See [the group][aq].\n\n[aq]: /actors/al-qaeda/\n', '<a href="/kb/actors/al-qaeda/">the group</a>'],
    [
      'a link in an MDX body',
      'See [the group](/actors/al-qaeda/) <abbr title="x">X</abbr>.\n',
      '<a href="/kb/actors/al-qaeda/">the group</a>',
    ],
  ])('points %s at the entry under the base path', (_name, body, html) => {
    expect(renderUnderBase(body)).toContain(html);
  });

  it.each([
    ['a page', 'See [the timeline](/timeline/#2015).\n', '<a href="/kb/timeline/#2015">the timeline</a>'],
    ['a file', '![](/favicon.svg)\n', '<img src="/kb/favicon.svg" alt="">'],
    ['a reference link', 'See [the method][m].\n\n[m]: /methodology/\n', '<a href="/kb/methodology/">the method</a>'],
  ])('points %s of the site under the base path', (_name, body, html) => {
    expect(renderUnderBase(body)).toContain(html);
  });

  it.each([
    ['a link with a label', 'See [a cell](/actors/secret/).\n', 'a cell'],
    ['a link labelled with its own path', 'See [/actors/secret/](/actors/secret/).\n', 'withheld'],
    ['an autolink-like label', 'See [secret](/e/secret/).\n', 'withheld'],
    ['an image', '![secret map](/actors/secret/)\n', 'secret map'.replace('secret map', 'withheld')],
    ['a reference link', 'See [a cell][s].\n\n[s]: /actors/secret/\n', 'a cell'],
    ['a link in an MDX body', 'See [a cell](/actors/secret/) <abbr title="x">X</abbr>.\n', 'a cell'],
  ])('turns %s to a withheld entry into text, never its slug', (_name, body, text) => {
    const html = render(body);
    expect(html).toContain(`<span class="withheld" title="Not in this release">${text}</span>`);
    expect(html).not.toContain('secret/');
  });

  it('finds entry paths as links of the body, with the URL as written, and a malformed escape as a problem', () => {
    const { links, issues } = analyzeBody(
      'See [the group](/actors/al-qaeda/) and ![map](/e/some-map/).\n\n[x]: /events/a-clash/\n\n![bad](/%E0%A4%A)\n',
      { components: [] },
    );
    expect(links.map(({ target, href, line }) => ({ target, href, line }))).toEqual([
      { target: 'al-qaeda', href: '/actors/al-qaeda/', line: 1 },
      { target: 'some-map', href: '/e/some-map/', line: 1 },
      { target: 'a-clash', href: '/events/a-clash/', line: 3 },
    ]);
    // In a backlink's context the link reads as the wiki-link it amounts to, resolved for the release there.
    expect(links[0]!.context).toBe('See [[al-qaeda|the group]] and .');
    expect(links[2]!.context).toBe('[[a-clash]]');
    expect(issues).toEqual([expect.objectContaining({ rule: 'bad-link', line: 5 })]);
  });

  it('refuses an element linking an entry by path, which the release could not withhold', () => {
    const { issues } = analyzeBody('<a href="/actors/secret/">x</a>\n', { components: [] });
    expect(issues).toEqual([expect.objectContaining({ rule: 'forbidden-mdx', message: expect.stringContaining('[[secret]]') })]);
  });
});

describe('the allowlist on the rendered tree', () => {
  // The check refuses these bodies; the renderer must not publish them even if it were bypassed.
  const renderAs = (body: string, mdx: boolean) => createBodyRenderer(resolve, '/')(body, mdx);

  it.each([
    ['a script', 'Text <script>alert(1)</script> end.\n', 'alert'],
    ['an iframe', '<iframe src="/x"></iframe>\n\nText.\n', 'iframe'],
    ['an event handler', 'Text <b onClick="alert(1)">bold</b>.\n', 'onclick'],
    ['a javascript: link', 'Text <a href="javascript:alert(1)">x</a>.\n', 'javascript'],
    ['a remote image', '<img src="https://tracker.example/p.gif" alt="" />\n', 'tracker'],
    ['an svg with a script', '<svg><script>alert(1)</script></svg>\n', 'svg'],
    ['a style attribute', '<span style="position:fixed">x</span>\n', 'style'],
  ])('removes %s from an MDX body', (_name, body, removed) => {
    expect(renderAs(body, true).toLowerCase()).not.toContain(removed);
  });

  it('keeps the text of an element it does not allow', () => {
    expect(renderAs('A <marquee>moving</marquee> word.\n', true)).toBe('<p>A moving word.</p>');
  });

  it.each([
    ['raw HTML', 'Text <b onclick="x">bold</b> and <img src=x onerror=alert(1)>.\n', ['onclick', 'onerror', '<b']],
    ['a javascript: link', '[x](javascript:alert(1))\n', ['javascript']],
    ['table alignment styles the CSP would block', '| a |\n|:-|\n| 1 |\n', ['style']],
  ])('removes %s from a Markdown body', (_name, body, removed) => {
    const html = renderAs(body, false).toLowerCase();
    for (const text of removed) expect(html).not.toContain(text);
  });

  it('keeps what bodies use: links, anchors, task lists, footnotes, components', () => {
    const html = render('## Head\n\n- [x] done\n\nText[^1] and [[al-qaeda]].\n\n[^1]: A note.\n');
    expect(html).toContain('<a class="anchor-link" href="#head" aria-label="Link to Head" data-anchor-link="">#</a>');
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain('data-footnote-ref');
    expect(html).toContain('<a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a>');
  });
});

describe('body components', () => {
  // On pages they are Astro components (src/components/body/); the core keeps their text, for search and headings.
  it.each([
    ['an Aside, its title and text', '<Aside title="Caveat">Reporting is thin.</Aside>\n', '<p>Caveat</p>Reporting is thin.'],
    ['an Assessment, its text', '<Assessment>\nWe judge the tie local.\n</Assessment>\n', '<p>We judge the tie local.</p>'],
    [
      'a Quote, its text',
      '<Quote source="al-qaeda" locator="para. 4">"a short phrase"</Quote>\n',
      '<blockquote>“a short phrase”</blockquote>',
    ],
  ])('renders %s', (_name, body, html) => {
    expect(render(body)).toBe(html);
  });

  it('keeps the headings of a body with components, with their anchors', () => {
    expect(render('## Context\n\n<Aside>Thin.</Aside>\n')).toContain('<h2 id="context">');
  });

  it('makes the source of a Quote a link of the body, checked and shown as a backlink', () => {
    const { links, issues } = analyzeBody('Intro.\n\n<Quote source="al-qaeda" locator="p. 2">a phrase</Quote>\n', {
      components: ['Aside', 'Quote'],
    });
    expect(issues).toEqual([]);
    expect(links).toEqual([{ target: 'al-qaeda', line: 3, context: '“a phrase”' }]);
  });
});
