/**
 * Sätteri hast plugin, the renderer's last: every element of the tree about to be serialised passes
 * the allowlist (sanitize.ts), and raw HTML, which a body never needs, is dropped.
 */
import { defineHastPlugin } from 'satteri';
import { sanitizeElement } from './sanitize.ts';

export function sanitizePlugin() {
  return defineHastPlugin({
    name: 'sanitize',
    element: {
      filter: [],
      visit(node, ctx) {
        const sanitized = sanitizeElement(node.tagName, node.properties ?? {});
        if (sanitized.verdict === 'drop') ctx.removeNode(node);
        else if (sanitized.verdict === 'unwrap') ctx.replaceNode(node, [...node.children]);
        else for (const name of sanitized.remove) ctx.setProperty(node, name, undefined);
      },
    },
    raw(node, ctx) {
      ctx.removeNode(node);
    },
  });
}
