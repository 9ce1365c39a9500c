import { describe, expect, it } from 'vitest';
import { bodyHeadings, currentSection, entryToc, PAGE_SECTIONS, tableOfContents, type TocItem } from './toc.ts';

describe('bodyHeadings', () => {
  it('reads second- and third-level headings with their ids, without the "#" link, entities decoded', () => {
    const html =
      '<p>x</p><h2 id="bottom-line">Bottom line<a class="anchor-link" href="#bottom-line" aria-label="Link to Bottom line" data-anchor-link="">#</a></h2>' +
      '<h3 id="q-a">Q &amp; <em>A</em><a class="anchor-link" href="#q-a" data-anchor-link="">#</a></h3><h4 id="deep">Deep</h4><h2>No id</h2>';
    expect(bodyHeadings(html)).toEqual([
      { id: 'bottom-line', text: 'Bottom line', level: 2 },
      { id: 'q-a', text: 'Q & A', level: 3 },
    ]);
  });
});

describe('tableOfContents', () => {
  const section = (id: string): TocItem => ({ id, text: id, level: 2 });
  const sub: TocItem = { id: 'sub', text: 'sub', level: 3 };

  it.each([
    ['three sections and a subsection', [section('a'), sub, section('b')], [PAGE_SECTIONS.cite], 0],
    ['four sections', [section('a'), section('b'), section('c')], [PAGE_SECTIONS.cite], 4],
  ])('gives a page with %s a table of contents only from four sections on', (_, headings, after, expected) => {
    expect(tableOfContents(headings, [], after)).toHaveLength(expected);
  });

  it('keeps the page order: sections before the body, the body, sections after it', () => {
    const items = tableOfContents([section('body')], [PAGE_SECTIONS.bottomLine, PAGE_SECTIONS.keyJudgments], [PAGE_SECTIONS.cite]);
    expect(items.map((item) => item.id)).toEqual(['briefing-bluf', 'briefing-key-judgments', 'body', 'cite-heading']);
  });
});

describe('currentSection', () => {
  const tops = [
    { id: 'a', top: -500 },
    { id: 'b', top: -20 },
    { id: 'c', top: 300 },
  ];
  it.each([
    ['the last heading scrolled past the offset', tops, false, 'b'],
    [
      'the first section before any heading reaches the offset',
      [
        { id: 'a', top: 200 },
        { id: 'b', top: 900 },
      ],
      false,
      'a',
    ],
    ['the last section at the end of the page', tops, true, 'c'],
    ['nothing on a page without sections', [], false, undefined],
  ])('is %s', (_, sections, atEnd, expected) => {
    expect(currentSection(sections, 80, atEnd)).toBe(expected);
  });
});

describe('entryToc', () => {
  const body = ['one', 'two'].map((id) => `<h2 id="${id}">${id}</h2>`).join('');

  it('frames a briefing body with its bottom line, key judgments and appendices', () => {
    expect(entryToc('briefings', bodyHeadings(body)).map((item) => item.id)).toEqual([
      'briefing-bluf',
      'briefing-key-judgments',
      'one',
      'two',
      'briefing-appendix',
      'briefing-sources',
      'backlinks-heading',
      'cite-heading',
    ]);
  });

  it.each([
    ['judgments', {}, ['one', 'two', 'ledger-heading', 'backlinks-heading', 'cite-heading']],
    ['actors', { hasTies: true }, ['one', 'two', 'ties-heading', 'backlinks-heading', 'cite-heading']],
    ['places', { placeOverview: 'In Syria' }, ['one', 'two', 'place-overview-heading', 'backlinks-heading', 'cite-heading']],
    ['events', {}, ['one', 'two', 'backlinks-heading', 'cite-heading']],
  ] as const)('lists the sections of a page of %s', (collection, extras, expected) => {
    expect(entryToc(collection, bodyHeadings(body), extras).map((item) => item.id)).toEqual(expected);
  });

  it('leaves a short entry without one', () => {
    expect(entryToc('events', bodyHeadings('<h2 id="one">One</h2>'))).toEqual([]);
  });
});
