/**
 * Sätteri hast plugin, the renderer's last on the Markdown path: the elements that can carry what
 * the allowlist (sanitize.ts) refuses pass it. Raw HTML is dropped before (wiki-link-plugin.ts), and
 * without it Markdown yields a closed set of elements, all allowed; of those, links,
 * images and table cells take attributes from the author (a URL, an alignment style). Visiting
 * only these, and anything the allowlist drops, keeps the cost of a crossing into JavaScript per
 * element off every paragraph. (MDX bodies pass the allowlist in the JSX runtime, every element.)
 */
import { defineHastPlugin } from 'satteri';
import { DROPPED_WITH_CONTENT, sanitizeElement } from './sanitize.ts';

const VISITED = ['a', 'img', 'th', 'td', 'input', ...DROPPED_WITH_CONTENT];

export function sanitizePlugin() {
  return defineHastPlugin({
    name: 'sanitize',
    element: {
      filter: VISITED,
      visit(node, ctx) {
        const sanitized = sanitizeElement(node.tagName, node.properties ?? {});
        if (sanitized.verdict === 'drop') ctx.removeNode(node);
        else if (sanitized.verdict === 'unwrap') ctx.replaceNode(node, [...node.children]);
        else for (const name of sanitized.remove) ctx.setProperty(node, name, undefined);
      },
    },
  });
}
