/** `[[slug]]` and `[[slug|label]]` in body text. */
export interface WikiLink {
  target: string;
  label?: string;
  /** Offsets of the whole `[[…]]` in the text searched. */
  start: number;
  end: number;
}

const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

export function findWikiLinks(text: string): WikiLink[] {
  const links: WikiLink[] = [];
  for (const match of text.matchAll(WIKI_LINK)) {
    const label = match[2]?.trim();
    links.push({
      target: match[1]!.trim(),
      ...(label ? { label } : {}),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return links;
}

/** Pieces of a text: plain runs and wiki-links, in order. */
export type TextPiece = { text: string } | { link: WikiLink };

export function splitWikiLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const link of findWikiLinks(text)) {
    if (link.start > cursor) pieces.push({ text: text.slice(cursor, link.start) });
    pieces.push({ link });
    cursor = link.end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor) });
  return pieces;
}
