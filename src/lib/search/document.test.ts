import { describe, expect, it } from 'vitest';
import { htmlText, searchDocument } from './document.ts';

const document = searchDocument({
  names: ['Raid <on> Town', 'The raid'],
  summary: 'A "raid".',
  bodyHtml: '<p>The al-Qa&#x2BF;ida truce &amp; more</p>',
  position: 7,
});

describe('htmlText', () => {
  it('reads the text of the body HTML, entities decoded', () => {
    expect(htmlText('<p>The al-Qa&#x2BF;ida <em>truce</em> &amp; more</p>')).toBe('The al-Qaʿida truce & more');
  });

  it("joins an inline element's text to what is around it, and keeps blocks apart", () => {
    expect(htmlText('<p>delegates (<a href="/a/">Islamic State</a>) and al-<em>Qaida</em></p><p>Next</p>')).toBe(
      'delegates (Islamic State) and al-Qaida Next',
    );
    expect(htmlText('<ul><li>one</li><li>two<br>three</li></ul><h2 id="x">Four<a href="#x" data-anchor-link>#</a></h2>')).toBe(
      'one two three Four',
    );
  });
});

describe('searchDocument', () => {
  it('holds the names and the summary as written, escaped, each a paragraph, then the body: what a quoted phrase is matched against', () => {
    expect(document).toContain(
      '<p>Raid &lt;on&gt; Town</p><p>The raid</p><p>A &quot;raid&quot;.</p><p>The al-Qa&#x2BF;ida truce &amp; more</p></article>',
    );
  });

  it("carries its position as metadata, checked when the browser maps Pagefind's pages to positions, and no sort key (every page would pay for it)", () => {
    expect(document).toContain('<span data-pagefind-meta="position">7</span>');
    expect(document).not.toContain('data-pagefind-sort');
  });

  it('holds no other metadata, no search keys and not the filters', () => {
    expect(document.match(/data-pagefind-[a-z]+(="\w+)?/g)).toEqual([
      'data-pagefind-body',
      'data-pagefind-ignore',
      'data-pagefind-meta="position',
    ]);
    expect(document).not.toContain('<h1');
  });
});
