/**
 * What the content model refuses in the elements and URLs of an entry body: elements that run
 * code or load other documents, handlers, styles, expressions, unsafe schemes and resources from
 * another site. The body reader (body.ts) reports these; the allowlist (sanitize.ts) is the second layer.
 */
import { siteLink } from '../site-links.ts';
import type { BodyIssue } from './body.ts';

/** A JSX element as the MDX parser gives it. */
interface JsxElement {
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** Elements that run code, embed other documents, restyle or redirect the page, or post data. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'base',
  'link',
  'meta',
  'frame',
  'frameset',
  'applet',
  'portal',
  'form',
]);
/** A URL as a browser reads its scheme: ASCII whitespace and control characters dropped ("java\tscript:"). */
export function compactUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what a browser skips in a scheme
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}
const UNSAFE_URL = /^(javascript|data|vbscript):/i;
export const isUnsafeUrl = (url: string) => UNSAFE_URL.test(compactUrl(url));
/** Another origin: http(s) or protocol-relative. A page that loads it breaks the no-outside-request rule. */
export const REMOTE_URL = /^\s*(https?:)?\/\//i;
/** Attributes whose URL the browser loads as the page loads (links are followed only when clicked). */
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data', 'xlink:href']);

export function malformedLink(line: number, url: string): BodyIssue {
  return {
    rule: 'bad-link',
    line,
    message: `"${url.slice(0, 60)}" has a malformed %-escape, so no page or file can answer it: write % as %25`,
  };
}

export function remoteResourceMessage(url: string): string {
  return `"${url.slice(0, 60)}" would be loaded from another site; pages make no outside requests, so put the file in public/ and link it by path`;
}

/** What the content model refuses in one JSX element of a body written on `line`. */
export function elementIssues(node: JsxElement, line: number, components: readonly string[]): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const name = node.name ?? '';
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    // The element goes whatever its attributes say: one problem, not one per attribute.
    return [{ rule: 'forbidden-mdx', line, message: `<${name}> is not allowed in an entry body` }];
  }
  if (/^[A-Z]/.test(name) && !components.includes(name)) {
    const available = components.length ? components.map((c) => `<${c}>`).join(', ') : 'none';
    issues.push({ rule: 'forbidden-mdx', line, message: `unknown component <${name}>; bodies may use: ${available}` });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      issues.push({
        rule: 'forbidden-mdx',
        line,
        message: `a {…} spread of attributes on <${name}> is not allowed; write each attribute as name="value"`,
      });
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      issues.push({
        rule: 'forbidden-mdx',
        line,
        message: `${attribute.name}={…} on <${name}>: attribute values must be plain strings in quotes, not JavaScript expressions`,
      });
    } else if (/^on/i.test(attribute.name)) {
      issues.push({ rule: 'forbidden-mdx', line, message: `inline event handler ${attribute.name} on <${name}> is not allowed` });
    } else if (attribute.name.toLowerCase() === 'style') {
      issues.push({
        rule: 'forbidden-mdx',
        line,
        message: `a style attribute on <${name}> is not allowed (the site's content security policy blocks inline styles)`,
      });
    } else if (typeof value === 'string' && isUnsafeUrl(value)) {
      issues.push({
        rule: 'forbidden-mdx',
        line,
        message: `${attribute.name}="${value.slice(0, 40)}" uses a javascript: or data: URL, which is not allowed`,
      });
    } else if (typeof value === 'string' && RESOURCE_ATTRIBUTES.has(attribute.name.toLowerCase()) && REMOTE_URL.test(value)) {
      issues.push({ rule: 'forbidden-mdx', line, message: remoteResourceMessage(value) });
    } else if (typeof value === 'string') {
      const site = siteLink(value);
      if (site?.kind === 'malformed') issues.push(malformedLink(line, value));
      // Only Markdown links are resolved for the release; an element's would publish a withheld slug.
      if (site?.kind === 'entry') {
        issues.push({
          rule: 'forbidden-mdx',
          line,
          message: `${attribute.name}="${value.slice(0, 60)}" on <${name}>: link an entry with [[${site.slug}]] or [label](${value.slice(0, 60)}), which the check verifies and a release can withhold`,
        });
      }
    }
  }
  return issues;
}
