import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingAnchorPlugin } from './heading-anchor-plugin.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [headingAnchorPlugin()] }).html;

describe('headingAnchorPlugin', () => {
  it('gives each heading a GitHub-style id and a "#" link to it', () => {
    expect(
      render('## Key judgments\n\ntext\n\n### What to watch for next?').trim().replaceAll('data-anchor-link=""', 'data-anchor-link'),
    ).toBe(
      '<h2 id="key-judgments">Key judgments<a class="anchor-link" href="#key-judgments" aria-label="Link to Key judgments" data-anchor-link>#</a></h2>\n' +
        '<p>text</p>\n' +
        '<h3 id="what-to-watch-for-next">What to watch for next?<a class="anchor-link" href="#what-to-watch-for-next" aria-label="Link to What to watch for next?" data-anchor-link>#</a></h3>',
    );
  });

  it('numbers repeated headings apart, per document', () => {
    const html = render('## Notes\n\n## Notes');
    expect(html).toContain('id="notes"');
    expect(html).toContain('id="notes-1"');
    expect(render('## Notes')).toContain('id="notes"');
  });
});
