/**
 * The text of the core's own body HTML (render.ts; no scripts can be in it: the check refuses
 * them), for search, the table of contents and the history's diffs. An inline element's text
 * joins what is around it ("(<a>Islamic State</a>)" is "(Islamic State)"); a block's is apart
 * from the next; headings' "#" links (heading-anchor-plugin.ts) are left out.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The "#" link the body renderer adds to each heading: not part of the text. */
const ANCHOR_LINK = /<a\b[^>]*\bdata-anchor-link\b[^>]*>[\s\S]*?<\/a>/g;

/** Tags that end a run of text: a word never runs across them. */
const BLOCK_TAG =
  /<\/?(?:address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/** The text of each run between block tags, entities decoded, spaces as in the HTML. */
function blockTexts(html: string): string[] {
  return decodeEntities(
    html
      .replace(ANCHOR_LINK, '')
      .replace(BLOCK_TAG, '\n')
      .replace(/<[^>]+>/g, ''),
  ).split('\n');
}

/** The text as one line, each run of white space one space. */
export function htmlText(html: string): string {
  return blockTexts(html).join(' ').replace(/\s+/g, ' ').trim();
}

/** The text one block a line (a paragraph, heading, list item or cell), empty blocks left out. */
export function htmlLines(html: string): string[] {
  return blockTexts(html).flatMap((line) => line.trim() || []);
}
