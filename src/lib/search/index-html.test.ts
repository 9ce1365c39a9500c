import { describe, expect, it } from 'vitest';
import { bodyKeys, mainContentText, withoutIgnored, withSearchRecord } from './index-html.ts';
import type { SearchRecord } from './record.ts';

const page = `<html><body><nav>Menu al-Qaeda</nav><article class="entry" data-pagefind-body data-slug="x">
<header class="entry-header"><h1>Raid</h1><p>al-Nusrah</p></header><p>The al-Qa&#x2BF;ida truce &amp; more</p><script>var a = "<b>";</script></article><aside>Backlinks</aside></body></html>`;

const record: SearchRecord = {
  filters: { type: ['Event'], place: ['Tell <Abyad>'], actor: [], year: ['2015'], confidence: [], status: [] },
  meta: { type: 'Event · Attack', date: '', summary: 'A "raid".', aliases: '', names: '' },
  nameKeys: ['raid'],
  nameWeight: 6,
};

describe('mainContentText', () => {
  it("reads the article's text only, without scripts, entities decoded", () => {
    expect(mainContentText(page)).toEqual({ header: 'Raid al-Nusrah', body: 'The al-Qaʿida truce & more' });
    expect(mainContentText('<main>no article</main>')).toBeUndefined();
  });
});

describe('withoutIgnored', () => {
  it('drops each element Pagefind skips whole, nested elements of the same tag included', () => {
    const html = '<p>a</p><div data-pagefind-ignore="all"><div>facts</div><div>more</div></div><p>b</p><nav data-pagefind-ignore="all">toc</nav><p>c</p>';
    expect(withoutIgnored(html)).toBe('<p>a</p><p>b</p><p>c</p>');
  });
});

describe('bodyKeys', () => {
  it('gives the keys of words Pagefind would not find as written, once per occurrence', () => {
    expect(bodyKeys("The al-Qa'ida truce, al-Qaeda again")).toEqual(['alkaida', 'kaida', 'alkaida', 'kaida']);
  });
});

describe('withSearchRecord', () => {
  it('indexes the header by its keys only, so excerpts come from the body', () => {
    const html = withSearchRecord(page, record);
    expect(html).toContain('<header data-pagefind-ignore class="entry-header"><h1>Raid</h1>');
    expect(html).toContain('<div data-pagefind-weight="2">raid alnusra nusra</div>');
  });

  it('adds metadata and, after a marker, weighted keys at the end of the article, escaped; not the filters', () => {
    const html = withSearchRecord(page, record);
    const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(article).not.toContain('data-pagefind-filter');
    expect(article).toContain('<span data-pagefind-meta="summary">A &quot;raid&quot;.</span>');
    expect(article).not.toContain('data-pagefind-meta="date"');
    expect(article).toContain('<div>⁂</div><div data-pagefind-weight="6">raid</div>');
    expect(article.endsWith('<div data-pagefind-weight="2">raid alnusra nusra</div><div>alkaida kaida</div>')).toBe(true);
    expect(html.slice(html.indexOf('</article>'))).toBe('</article><aside>Backlinks</aside></body></html>');
  });

  it('refuses a page without main content', () => {
    expect(() => withSearchRecord('<main></main>', record)).toThrow(/data-pagefind-body/);
  });
});
