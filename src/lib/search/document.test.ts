import { describe, expect, it } from 'vitest';
import { bodyKeys, htmlText, searchDocument } from './document.ts';
import type { SearchRecord } from './record.ts';

const record: SearchRecord = {
  filters: { type: ['Event'], place: ['Tell <Abyad>'], actor: [], year: ['2015'], confidence: [], status: [] },
  meta: { type: 'Event · Attack', date: '', summary: 'A "raid".', aliases: '' },
  nameKeys: ['raid'],
  nameWeight: 6,
};
const document = searchDocument({
  title: 'Raid',
  summary: 'al-Nusrah',
  bodyHtml: '<p>The al-Qa&#x2BF;ida truce &amp; more</p>',
  record,
  position: 7,
});

describe('htmlText', () => {
  it('carries its position as metadata, which each result shown is checked against, and no sort key (every page would pay for it)', () => {
    expect(document).toContain('<span data-pagefind-meta="position">7</span>');
    expect(document).not.toContain('data-pagefind-sort');
  });

  it('reads the text of the body HTML, entities decoded', () => {
    expect(htmlText('<p>The al-Qa&#x2BF;ida <em>truce</em> &amp; more</p>')).toBe('The al-Qaʿida truce & more');
  });
});

describe('bodyKeys', () => {
  it('gives the keys of words Pagefind would not find as written, once per occurrence', () => {
    expect(bodyKeys("The al-Qa'ida truce, al-Qaeda again")).toEqual(['alkaida', 'kaida', 'alkaida', 'kaida']);
  });
});

describe('searchDocument', () => {
  it('indexes the header by its keys only, weighted, so excerpts come from the body', () => {
    expect(document).toContain('<div data-pagefind-weight="2">event atack raid alnusra nusra</div>');
    expect(document).not.toContain('<h1');
  });

  it('holds the title and the record as metadata, escaped, and not the filters', () => {
    expect(document).toContain('<span data-pagefind-meta="title">Raid</span>');
    expect(document).toContain('<span data-pagefind-meta="summary">A &quot;raid&quot;.</span>');
    expect(document).not.toContain('data-pagefind-meta="date"');
    expect(document).not.toContain('data-pagefind-filter');
  });

  it('puts the body, then after a marker the weighted keys', () => {
    expect(document).toContain('<p>The al-Qa&#x2BF;ida truce &amp; more</p><div>⁂</div><div data-pagefind-weight="6">raid</div>');
    expect(document.endsWith('<div>alkaida kaida</div></article></body></html>')).toBe(true);
  });
});
