/**
 * Sätteri mdast plugin: turns `[[slug]]` and `[[slug|label]]` in body text into links, using the
 * knowledge base's one resolver. A link to a withheld entry becomes its label (or "withheld").
 */
import { defineMdastPlugin, type MdastContent } from 'satteri';
import { linkText, type LinkResolver } from '../links.ts';
import { splitWikiLinks } from '../wikilinks.ts';

export function wikiLinkPlugin(resolve: LinkResolver) {
  return defineMdastPlugin({
    name: 'wiki-links',
    text(node, ctx) {
      const pieces = splitWikiLinks(node.value);
      if (!pieces.some((piece) => 'link' in piece)) return;
      const replacement = pieces.map((piece): MdastContent => {
        if ('text' in piece) return { type: 'text', value: piece.text };
        const resolution = resolve(piece.link.target);
        const value = linkText(resolution, piece.link.label, piece.link.target);
        if (resolution.status !== 'entry') {
          return {
            type: 'emphasis',
            children: [{ type: 'text', value }],
            data: { hName: 'span', hProperties: { className: ['withheld'], title: 'Not in this release' } },
          };
        }
        return {
          type: 'link',
          url: resolution.href,
          children: [{ type: 'text', value }],
          data: { hProperties: { className: ['wiki-link'], 'data-collection': resolution.entry.collection } },
        };
      });
      ctx.replaceNode(node, replacement);
    },
  });
}
