import { describe, expect, it } from 'vitest';
import { createLinkResolver } from '../links.ts';
import type { Entry } from '../schema/index.ts';
import { bodyTextOf, htmlToText } from './body-text.ts';

describe('htmlToText', () => {
  it('keeps one block a line, drops heading anchors and tags, decodes entities', () => {
    const html =
      '<h2 id="a">Origins<a class="anchor-link" href="#a" aria-label="Link to Origins">#</a></h2>\n<p>Split &amp; rivalry &lt;2014&gt; &#x2013; “quoted”</p><ul><li>one</li><li>two</li></ul>';
    expect(htmlToText(html)).toBe('Origins\nSplit & rivalry <2014> – “quoted”\none\ntwo');
  });
});

describe('bodyTextOf', () => {
  it('reads a link to an entry outside the release as "withheld", never its slug', () => {
    const resolve = createLinkResolver({ bySlug: new Map(), formerSlugs: new Map(), base: '/' });
    const text = bodyTextOf(resolve, [])({ body: 'Linked to [[secret-actor]] and [[other|a label]].' } as Entry);
    expect(text).toBe('Linked to withheld and a label.');
  });
});
