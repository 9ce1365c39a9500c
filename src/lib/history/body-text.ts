/**
 * An entry body as plain text for a diff, rendered by the core's own renderer first: wiki-links
 * and links by path to entries this build leaves out read "withheld", exactly as on the pages,
 * so a diff never shows a withheld entry's slug or title. One block (paragraph, heading, list
 * item) a line.
 */
import type { LinkResolver } from '../links.ts';
import { analyzeBody } from '../markdown/body.ts';
import { createBodyRenderer } from '../markdown/render.ts';
import type { Entry } from '../schema/index.ts';
import { htmlLines } from '../markdown/html-text.ts';

/** The body text of entries, links resolved by `resolve`. */
export function bodyTextOf(resolve: LinkResolver, components: readonly string[]): (entry: Entry) => string {
  // Text only: the links' addresses are left out, so the base path does not matter.
  const render = createBodyRenderer(resolve, '/');
  return (entry) => {
    try {
      return htmlLines(render(entry.body, analyzeBody(entry.body, { components }).mdxSyntax)).join('\n');
    } catch {
      // An old version the renderer refuses (a construct no longer allowed) shows no text; the build goes on.
      return '';
    }
  };
}
