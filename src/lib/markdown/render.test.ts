import { describe, expect, it } from 'vitest';
import type { LinkResolver } from '../links.ts';
import type { Entry } from '../schema/index.ts';
import { analyzeBody } from './body.ts';
import { createBodyRenderer } from './render.ts';

const entry = { collection: 'actors', slug: 'al-qaeda', data: { title: 'al-Qaeda' } } as Entry;
const resolve: LinkResolver = (target) =>
  target === 'al-qaeda' ? { status: 'entry', entry, href: '/actors/al-qaeda/' } : target === 'secret' ? { status: 'withheld' } : { status: 'unknown' };
const render = (body: string) => createBodyRenderer(resolve)(body, analyzeBody(body, { components: [] }).mdxSyntax);

describe('createBodyRenderer', () => {
  it('renders plain Markdown with wiki-links, heading ids and smart punctuation', () => {
    expect(render('## Bottom line\n\nThe "core" of [[al-qaeda]] and [[al-qaeda|AQ]] -- see [[secret]].\n')).toBe(
      '<h2 id="bottom-line">Bottom line<a class="anchor-link" href="#bottom-line" aria-label="Link to Bottom line" data-anchor-link="">#</a></h2>\n<p>The “core” of <a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a> and '
      + '<a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">AQ</a> – see <span class="withheld" title="Not in this release">withheld</span>.</p>\n',
    );
  });

  it('renders MDX syntax as MDX: JSX elements, expressions, comments', () => {
    const html = render('An <abbr title="al-Qaeda">AQ</abbr> cell {/* note */} of {1 + 1} & [[al-qaeda]].\n');
    expect(html).toBe('<p>An <abbr title="al-Qaeda">AQ</abbr> cell  of 2 &amp; <a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a>.</p>');
  });

  it('does not turn indented lines into code, as MDX does not', () => {
    expect(render('Para\n\n    indented text\n')).toBe('<p>Para</p>\n<p>indented text</p>');
  });

  it('escapes text and attributes of MDX elements', () => {
    expect(render('<span title={"a\\"<b"}>{"<i>"}</span>\n')).toBe('<span title="a&quot;&lt;b">&lt;i&gt;</span>');
  });
});

describe('body components', () => {
  it('renders an Aside as a note set apart, with its title', () => {
    expect(render('<Aside title="Caveat">Reporting is thin.</Aside>\n')).toBe('<div class="callout" role="note"><p class="callout-title">Caveat</p>Reporting is thin.</div>');
  });

  it('renders an Assessment as the knowledge base\'s own analysis, labelled in words', () => {
    expect(render('<Assessment>\nWe judge the tie local.\n</Assessment>\n')).toBe(
      '<div class="assessment" role="note" aria-label="Assessment: this knowledge base’s analysis, not a source’s"><p class="assessment-label">Assessment: this knowledge base’s analysis, not a source’s</p><p>We judge the tie local.</p></div>',
    );
  });

  it('renders a Quote attributed to its source entry, and a withheld source as "withheld"', () => {
    expect(render('<Quote source="al-qaeda" locator="para. 4">"a short phrase"</Quote>\n')).toBe(
      '<figure class="body-quote"><blockquote>“a short phrase”</blockquote><figcaption>— <a href="/actors/al-qaeda/" class="wiki-link" data-collection="actors">al-Qaeda</a>, para. 4</figcaption></figure>',
    );
    expect(render('<Quote source="secret">x</Quote>\n')).toContain('<span class="withheld">withheld</span>');
  });

  it('makes the source of a Quote a link of the body, checked and shown as a backlink', () => {
    const { links, issues } = analyzeBody('Intro.\n\n<Quote source="al-qaeda" locator="p. 2">a phrase</Quote>\n', { components: ['Aside', 'Quote'] });
    expect(issues).toEqual([]);
    expect(links).toEqual([{ target: 'al-qaeda', line: 3, context: '“a phrase”' }]);
  });
});
