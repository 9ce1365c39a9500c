import { describe, expect, it } from 'vitest';
import { htmlLines, htmlText } from './html-text.ts';

const BODY =
  '<h2 id="a">Origins<a class="anchor-link" href="#a" aria-label="Link to Origins" data-anchor-link="">#</a></h2>\n' +
  '<p>Split &amp; rivalry &lt;2014&gt; &#x2013; “quoted”&nbsp;here</p><ul><li>one</li><li>two<br>three</li></ul>';

describe('htmlText', () => {
  it('reads the text of the body HTML, entities decoded, on one line', () => {
    expect(htmlText('<p>The al-Qa&#x2BF;ida <em>truce</em> &amp; more</p>')).toBe('The al-Qaʿida truce & more');
    expect(htmlText(BODY)).toBe('Origins Split & rivalry <2014> – “quoted” here one two three');
  });

  it("joins an inline element's text to what is around it, and keeps blocks apart", () => {
    expect(htmlText('<p>delegates (<a href="/a/">Islamic State</a>) and al-<em>Qaida</em></p><p>Next</p>')).toBe(
      'delegates (Islamic State) and al-Qaida Next',
    );
    expect(htmlText('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
  });
});

describe('htmlLines', () => {
  it('keeps one block a line, drops heading anchors and tags, decodes entities', () => {
    expect(htmlLines(BODY)).toEqual(['Origins', 'Split & rivalry <2014> – “quoted”\u00a0here', 'one', 'two', 'three']);
  });
});
