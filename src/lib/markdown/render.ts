/**
 * Renders an entry body to HTML, once, in the core: Sätteri with the wiki-link plugin, heading
 * ids with their anchor links, and smart punctuation, as Astro's MDX pipeline does, but without compiling and bundling
 * one module per entry through Vite (the build's largest cost at thousands of entries).
 *
 * Bodies are mostly plain prose: those are rendered straight to HTML (Sätteri's native
 * Markdown → HTML), and the pages show that HTML. A body that uses MDX syntax, a JSX element or an
 * expression, is compiled by @astrojs/mdx for its page; the core still needs its text and headings
 * (search, the table of contents), so it evaluates the body with a JSX runtime that writes HTML
 * strings and components as their text (body-components.ts). MDX and Markdown parse one more
 * thing differently, indented code blocks (MDX has none), so a body with an indented line takes
 * the MDX path too.
 */
import { evaluate, markdownToHtml, type CompileOptions } from 'satteri';
import type { LinkResolver } from '../links.ts';
import { headingAnchorPlugin } from './heading-anchor-plugin.ts';
import { sanitizePlugin } from './sanitize-plugin.ts';
import { COMPONENT_TEXT } from './body-components.ts';
import { Fragment, jsx, type Html } from './html-runtime.ts';
import { wikiLinkPlugin } from './wiki-link-plugin.ts';

const INDENTED_LINE = /^(?: {4}|\t)/m;

export type BodyRenderer = (body: string, hasMdxSyntax: boolean) => string;

/**
 * Whether a body must be read as MDX: it uses MDX syntax, or has an indented line (an indented
 * code block in Markdown, plain text in MDX). The site's pages render those through @astrojs/mdx.
 */
export function rendersAsMdx(body: string, hasMdxSyntax: boolean): boolean {
  return hasMdxSyntax || INDENTED_LINE.test(body);
}

/**
 * The Sätteri pipeline of entry bodies: wiki-links resolved by `resolve`, site paths under `base`, heading anchors,
 * GFM and smart punctuation. The core's renderer and the MDX integration use the same one.
 */
export function bodyPipeline(resolve: LinkResolver, base: string): Pick<CompileOptions, 'mdastPlugins' | 'hastPlugins' | 'features'> {
  return {
    mdastPlugins: [wikiLinkPlugin(resolve, base)],
    // The allowlist comes last, so it sees the tree as it is written (the MDX path's JSX runtime applies it too).
    hastPlugins: [headingAnchorPlugin(), sanitizePlugin()],
    features: { gfm: true, smartPunctuation: true },
  };
}

/** A renderer resolving wiki-links with `resolve` (one per knowledge base), for a site under `base`. */
export function createBodyRenderer(resolve: LinkResolver, base: string): BodyRenderer {
  const options = (): CompileOptions => bodyPipeline(resolve, base);
  return (body, hasMdxSyntax) => {
    if (!rendersAsMdx(body, hasMdxSyntax)) return (markdownToHtml(body, options()) as { html: string }).html;
    const module = evaluate(body, { ...options(), jsx, jsxs: jsx, Fragment, elementAttributeNameCase: 'html' }) as {
      default: (props: object) => Html;
    };
    return module.default({ components: COMPONENT_TEXT }).value;
  };
}
