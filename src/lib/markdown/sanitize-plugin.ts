/**
 * Sätteri hast plugin, the renderer's last on the Markdown path: the elements that can carry what
 * the allowlist (sanitize.ts) refuses pass it. Raw HTML is dropped before (wiki-link-plugin.ts), and
 * without it Markdown yields a closed set of elements, all allowed; of those, links,
 * images and table cells take attributes from the author (a URL, an alignment style). Visiting
 * only these, and anything the allowlist drops, keeps the cost of a crossing into JavaScript per
 * element off every paragraph.
 *
 * In a body compiled as MDX (by @astrojs/mdx, or the core's JSX runtime, which applies the
 * allowlist too), HTML elements written as JSX are their own kind of node: every one of those
 * passes the allowlist as well. Components (capitalised) are the site's own, checked by name.
 */
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { DROPPED_WITH_CONTENT, sanitizeElement } from './sanitize.ts';

const VISITED = ['a', 'img', 'th', 'td', 'input', ...DROPPED_WITH_CONTENT];

type JsxElement = Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>;

function sanitizeJsxElement(node: JsxElement, ctx: HastVisitorContext): void {
  if (!node.name || /^[A-Z]/.test(node.name)) return;
  const attributes = Object.fromEntries(
    node.attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute'
        ? [
            [
              attribute.name,
              typeof attribute.value === 'string'
                ? attribute.value
                : attribute.value === null || attribute.value === undefined
                  ? true
                  : undefined,
            ],
          ]
        : [],
    ),
  );
  const sanitized = sanitizeElement(node.name, attributes);
  if (sanitized.verdict === 'drop') return ctx.removeNode(node);
  if (sanitized.verdict === 'unwrap') return ctx.replaceNode(node, [...node.children]);
  // Expression attributes ({…}) carry code: the check refuses them, and they never reach a page.
  const kept = node.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && !sanitized.remove.includes(attribute.name));
  if (kept.length !== node.attributes.length) ctx.replaceNode(node, { ...node, attributes: kept });
}

/** Every HTML element written as JSX (an empty filter visits all). */
const EVERY_JSX_ELEMENT = { filter: [], visit: sanitizeJsxElement };

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
    mdxJsxFlowElement: EVERY_JSX_ELEMENT,
    mdxJsxTextElement: EVERY_JSX_ELEMENT,
  });
}
