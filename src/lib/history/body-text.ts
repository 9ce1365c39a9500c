/**
 * An entry body as plain text for a diff, rendered by the core's own renderer first: wiki-links
 * and links by path to entries this build leaves out read "withheld", exactly as on the pages,
 * so a diff never shows a withheld entry's slug or title.
 */
import type { LinkResolver } from '../links.ts';
import { analyzeBody } from '../markdown/body.ts';
import { createBodyRenderer } from '../markdown/render.ts';
import type { Entry } from '../schema/index.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Rendered HTML as text: one paragraph, heading or list item a line, heading anchors left out. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<a class="anchor-link"[^>]*>.*?<\/a>/g, '')
    .replace(/<\/(?:p|h[1-6]|li|blockquote|tr|aside|figure|pre|div)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** The body text of entries, links resolved by `resolve`. */
export function bodyTextOf(resolve: LinkResolver, components: readonly string[]): (entry: Entry) => string {
  // Text only: the links' addresses are left out, so the base path does not matter.
  const render = createBodyRenderer(resolve, '/');
  return (entry) => {
    try {
      return htmlToText(render(entry.body, analyzeBody(entry.body, { components }).mdxSyntax));
    } catch {
      // An old version the renderer refuses (a construct no longer allowed) shows no text; the build goes on.
      return '';
    }
  };
}
