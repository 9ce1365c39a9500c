/**
 * A JSX runtime that writes HTML strings: what MDX-compiled bodies and body components call. Every
 * element passes the body allowlist (sanitize.ts) as it is written.
 */
import { escapeHtml } from '../escape-html.ts';
import { sanitizeElement } from './sanitize.ts';

/** HTML already written, as opposed to text that still needs escaping. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function childrenHtml(children: unknown): string {
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (children instanceof Html) return children.value;
  return escapeHtml(plainText(children));
}

/** A child or attribute value as text: MDX gives strings and numbers; anything else writes nothing. */
function plainText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
}

function attributesHtml(props: Record<string, unknown>): string {
  let html = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const attribute = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
    if (value === true) html += ` ${attribute}`;
    else html += ` ${attribute}="${escapeHtml(Array.isArray(value) ? value.map(plainText).join(' ') : plainText(value))}"`;
  }
  return html;
}

/** The JSX runtime MDX's compiled body calls: elements become HTML strings. */
export function jsx(type: unknown, rawProps: unknown): Html {
  const props = rawProps as Record<string, unknown>;
  if (typeof type === 'function') return (type as (props: Record<string, unknown>) => Html)(props);
  if (typeof type !== 'string') return new Html(childrenHtml(props.children)); // a fragment
  const { children, ...attributes } = props;
  const sanitized = sanitizeElement(type, attributes);
  if (sanitized.verdict === 'drop') return new Html('');
  if (sanitized.verdict === 'unwrap') return new Html(childrenHtml(children));
  for (const name of sanitized.remove) delete attributes[name];
  const open = `<${type}${attributesHtml(attributes)}>`;
  return new Html(VOID_ELEMENTS.has(type) ? open : `${open}${childrenHtml(children)}</${type}>`);
}
export const Fragment = Symbol('Fragment');
