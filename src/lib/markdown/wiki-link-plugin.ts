/**
 * Sätteri mdast plugin: turns `[[slug]]` and `[[slug|label]]` in body text into links, using the
 * knowledge base's one resolver. A link to a withheld entry becomes its label (or "withheld").
 * Markdown links and images to an entry's path (`[x](/actors/slug/)`) go through the same
 * resolver: an included entry's address gets the site's base path, a withheld one becomes text;
 * a link to another page of the site gets the base path too.
 * Raw HTML goes too: a body's HTML is JSX, rendered on the MDX path, so a Markdown body never needs
 * it (dropped in this pass, as another plugin's walk of every body would cost a third more time).
 */
import { defineMdastPlugin, type MdastContent, type MdastNode, type MdastVisitorContext } from 'satteri';
import { linkText, type LinkResolution, type LinkResolver } from '../links.ts';
import { withBase } from '../paths.ts';
import { siteLink } from '../site-links.ts';
import { splitWikiLinks } from '../wikilinks.ts';

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; alt?: string | null; identifier?: string };

function withheldText(value: string): MdastContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value }],
    data: { hName: 'span', hProperties: { className: ['withheld'], title: 'Not in this release' } },
  };
}

function plainText(node: Node): string {
  return node.value ?? node.children?.map(plainText).join('') ?? '';
}

/** The resolution of an entry path, with the query and fragment written after it. */
function entryLink(
  resolve: LinkResolver,
  url: string | undefined,
): { resolution: LinkResolution; slug: string; suffix: string } | undefined {
  const site = url === undefined ? undefined : siteLink(url);
  return site?.kind === 'entry' ? { resolution: resolve(site.slug), slug: site.slug, suffix: site.suffix } : undefined;
}

/** Another path in the site (`/methodology/`), the check having matched it to a page: under the site's base path. */
function pagePath(base: string, url: string | undefined): string | undefined {
  return url !== undefined && siteLink(url)?.kind === 'path' ? withBase(base, url.trim()) : undefined;
}

/** A withheld entry's label, unless it spells out the entry's slug (a bare path as its own label). */
const withheldLabel = (label: string, slug: string) => (label.trim() && !label.includes(slug) ? label : 'withheld');

export function wikiLinkPlugin(resolve: LinkResolver, base: string) {
  return () => {
    /** `[ref]: /actors/slug/` definitions naming a withheld entry, identifier → slug, for `[text][ref]`. */
    const withheldReferences = new Map<string, string>();
    const byPath = (node: Node, label: string, ctx: MdastVisitorContext) => {
      const page = pagePath(base, node.url);
      if (page !== undefined) return ctx.setProperty(node as MdastNode, 'url' as never, page as never);
      const link = entryLink(resolve, node.url);
      if (link?.resolution.status === 'entry')
        ctx.setProperty(node as MdastNode, 'url' as never, (link.resolution.href + link.suffix) as never);
      else if (link?.resolution.status === 'withheld') ctx.replaceNode(node, withheldText(withheldLabel(label, link.slug)));
    };
    const byReference = (node: Node, label: string, ctx: MdastVisitorContext) => {
      const slug = withheldReferences.get(node.identifier ?? '');
      if (slug !== undefined) ctx.replaceNode(node, withheldText(withheldLabel(label, slug)));
    };
    return defineMdastPlugin({
      name: 'wiki-links',
      before(root) {
        const visit = (node: Node) => {
          const link = node.type === 'definition' ? entryLink(resolve, node.url) : undefined;
          if (link?.resolution.status === 'withheld') withheldReferences.set(node.identifier ?? '', link.slug);
          node.children?.forEach(visit);
        };
        visit(root);
      },
      text(node, ctx) {
        const pieces = splitWikiLinks(node.value);
        if (!pieces.some((piece) => 'link' in piece)) return;
        const replacement = pieces.map((piece): MdastContent => {
          if ('text' in piece) return { type: 'text', value: piece.text };
          const resolution = resolve(piece.link.target);
          const value = linkText(resolution, piece.link.label, piece.link.target);
          if (resolution.status !== 'entry') return withheldText(value);
          return {
            type: 'link',
            url: resolution.href,
            children: [{ type: 'text', value }],
            data: { hProperties: { className: ['wiki-link'], 'data-collection': resolution.entry.collection } },
          };
        });
        ctx.replaceNode(node, replacement);
      },
      link: (node, ctx) => byPath(node as Node, plainText(node as Node), ctx),
      image: (node, ctx) => byPath(node as Node, node.alt ?? '', ctx),
      definition(node, ctx) {
        const page = pagePath(base, node.url);
        if (page !== undefined) return ctx.setProperty(node, 'url', page);
        const link = entryLink(resolve, node.url);
        if (link?.resolution.status === 'entry') ctx.setProperty(node, 'url', link.resolution.href + link.suffix);
        // A withheld entry's definition is never rendered: its references become text (below).
        else if (link?.resolution.status === 'withheld') ctx.setProperty(node, 'url', '');
      },
      html: (node, ctx) => ctx.replaceNode(node, []),
      linkReference: (node, ctx) => byReference(node as Node, plainText(node as Node), ctx),
      imageReference: (node, ctx) => byReference(node as Node, node.alt ?? '', ctx),
    });
  };
}
