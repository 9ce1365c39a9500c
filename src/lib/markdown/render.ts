/**
 * Renders an entry body to HTML, once, in the core: Sätteri with the wiki-link plugin, heading
 * ids with their anchor links, and smart punctuation, as Astro's MDX pipeline does, but without compiling and bundling
 * one module per entry through Vite (the build's largest cost at thousands of entries).
 *
 * Bodies are mostly plain prose: those are rendered straight to HTML (Sätteri's native
 * Markdown → HTML). A body that uses MDX syntax, a JSX element or an expression, is compiled and
 * evaluated with a JSX runtime that writes HTML strings, so it renders as MDX would. MDX and
 * Markdown parse one more thing differently, indented code blocks (MDX has none), so a body with
 * an indented line takes the MDX path too.
 */
import { evaluate, markdownToHtml, type CompileOptions } from 'satteri';
import type { LinkResolver } from '../links.ts';
import { headingAnchorPlugin } from './heading-anchor-plugin.ts';
import { wikiLinkPlugin } from './wiki-link-plugin.ts';

const INDENTED_LINE = /^(?: {4}|\t)/m;

/** HTML already written, as opposed to text that still needs escaping. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (children instanceof Html) return children.value;
  return escapeText(String(children));
}

function attributesHtml(props: Record<string, unknown>): string {
  let html = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const attribute = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
    if (value === true) html += ` ${attribute}`;
    else html += ` ${attribute}="${escapeAttribute(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return html;
}

/** The JSX runtime MDX's compiled body calls: elements become HTML strings. */
function jsx(type: unknown, rawProps: unknown): Html {
  const props = rawProps as Record<string, unknown>;
  if (typeof type === 'function') return type(props) as Html;
  if (typeof type !== 'string') return new Html(childrenHtml(props.children)); // a fragment
  const open = `<${type}${attributesHtml(props)}>`;
  return new Html(VOID_ELEMENTS.has(type) ? open : `${open}${childrenHtml(props.children)}</${type}>`);
}
const Fragment = Symbol('Fragment');

export type BodyRenderer = (body: string, hasMdxSyntax: boolean) => string;

/** A renderer resolving wiki-links with `resolve` (one per knowledge base). */
export function createBodyRenderer(resolve: LinkResolver): BodyRenderer {
  const options = (): CompileOptions => ({
    mdastPlugins: [wikiLinkPlugin(resolve)],
    hastPlugins: [headingAnchorPlugin()],
    features: { gfm: true, smartPunctuation: true },
  });
  return (body, hasMdxSyntax) => {
    if (!hasMdxSyntax && !INDENTED_LINE.test(body)) return (markdownToHtml(body, options()) as { html: string }).html;
    const module = evaluate(body, { ...options(), jsx, jsxs: jsx, Fragment, elementAttributeNameCase: 'html' }) as { default: (props: object) => Html };
    return module.default({}).value;
  };
}
