import { describe, expect, it } from 'vitest';
import { searchDocument } from './document.ts';

const document = searchDocument({
  fields: ['Raid <on> Town', 'The raid', '', 'A "raid".', 'The al-Qaʿida truce & more'],
  position: 7,
});

describe('searchDocument', () => {
  it("holds each field's search keys, a paragraph each, empty fields left out: what a quoted phrase's keys are matched against", () => {
    expect(document).toContain('<p>raid on town</p><p>the raid</p><p>a raid</p><p>the kaida truce more</p></article>');
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
