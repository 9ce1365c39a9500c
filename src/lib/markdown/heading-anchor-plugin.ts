/**
 * Sätteri hast plugin: gives every heading of an entry body its id (the same GitHub-style slug
 * Astro would give it, so existing links keep working) and a "#" link to itself, the markup of
 * AnchorLink.astro, so a reader can cite a section. An id the author set is kept. Used by the
 * core's body renderer (render.ts).
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

export function headingAnchorPlugin() {
  return () => {
    const slugger = new GithubSlugger();
    return defineHastPlugin({
      name: 'heading-anchors',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: { className: ['anchor-link'], href: `#${id}`, ariaLabel: `Link to ${text}`, dataAnchorLink: '' },
            children: [{ type: 'text', value: '#' }],
          });
        },
      },
    });
  };
}
