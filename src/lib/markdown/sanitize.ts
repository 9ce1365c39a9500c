/**
 * The allowlist every rendered body passes through, element by element, on the tree that is
 * serialised (as hast-util-sanitize does): what is not listed goes, whatever the check said. The
 * check's messages tell an author what is wrong; this makes sure nothing it missed reaches a page.
 * Applied by the renderer's last hast plugin (to HTML written as JSX in MDX bodies too) and by the
 * core's JSX runtime.
 */
import { compactUrl } from './element-rules.ts';

/** Prose, lists, tables, quotes, figures and the site's own body markup (callouts, anchors, footnotes). */
const ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Elements whose content is code, a document or a control, not prose: dropped with it. Others not listed keep their text. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'textarea',
  'select',
  'option',
  'button',
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'svg',
  'math',
  'head',
  'meta',
  'link',
  'base',
]);

const GLOBAL_ATTRIBUTES = new Set([
  'id',
  'class',
  'title',
  'lang',
  'dir',
  'role',
  'aria-label',
  'aria-describedby',
  'aria-labelledby',
  'aria-hidden',
]);

const ELEMENT_ATTRIBUTES: Readonly<Record<string, ReadonlySet<string>>> = {
  a: new Set(['href', 'data-collection', 'data-anchor-link', 'data-footnote-ref', 'data-footnote-backref']),
  img: new Set(['src', 'alt', 'width', 'height']),
  input: new Set(['type', 'checked', 'disabled']),
  td: new Set(['colspan', 'rowspan']),
  th: new Set(['colspan', 'rowspan', 'scope']),
  ol: new Set(['start', 'reversed']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  q: new Set(['cite']),
  blockquote: new Set(['cite']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  details: new Set(['open']),
  section: new Set(['data-footnotes']),
};

/** Attributes holding a URL, and the schemes each may use (a URL without a scheme is a path in the site). */
const URL_SCHEMES: Readonly<Record<string, ReadonlySet<string>>> = {
  href: new Set(['http', 'https', 'mailto']),
  cite: new Set(['http', 'https']),
  // Images load as the page loads: only from the site itself.
  src: new Set(),
};

/** The HTML name of an attribute given as a hast property (`className`, `ariaLabel`, `dataFootnoteRef`) or as written. */
export function htmlAttributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  if (/^(aria|data)[A-Z]/.test(name)) return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return name.toLowerCase();
}

/** Whether a URL is a path in the site or uses one of `schemes`; browsers ignore controls and spaces in a scheme. */
function allowedUrl(value: string, schemes: ReadonlySet<string>): boolean {
  const compact = compactUrl(value);
  if (compact.startsWith('//')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || schemes.has(scheme.toLowerCase());
}

function allowedAttribute(tag: string, name: string, value: unknown): boolean {
  if (!GLOBAL_ATTRIBUTES.has(name) && !ELEMENT_ATTRIBUTES[tag]?.has(name)) return false;
  const schemes = URL_SCHEMES[name];
  return schemes === undefined || (typeof value === 'string' && allowedUrl(value, schemes));
}

export type Sanitized =
  /** The element goes with its content. */
  | { verdict: 'drop' }
  /** The element goes; its content stays. */
  | { verdict: 'unwrap' }
  /** The element stays without the attributes named in `remove` (as they were given). */
  | { verdict: 'keep'; remove: string[] };

/** What becomes of an element with these attributes (hast property names or HTML names). */
export function sanitizeElement(tagName: string, attributes: Readonly<Record<string, unknown>>): Sanitized {
  const tag = tagName.toLowerCase();
  if (DROPPED_WITH_CONTENT.has(tag)) return { verdict: 'drop' };
  if (!ELEMENTS.has(tag)) return { verdict: 'unwrap' };
  // Task lists' checkboxes only: any other input is a form control.
  if (tag === 'input' && attributes.type !== 'checkbox') return { verdict: 'drop' };
  const remove = Object.entries(attributes)
    .filter(([name, value]) => value !== undefined && value !== null && !allowedAttribute(tag, htmlAttributeName(name), value))
    .map(([name]) => name);
  return { verdict: 'keep', remove };
}
