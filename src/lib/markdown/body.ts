/**
 * Reads an MDX body once: the wiki-links it makes (with line and the sentence around each,
 * for contextual backlinks) and whatever the content model forbids in a body.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { siteLink } from '../site-links.ts';
import { findWikiLinks } from '../wikilinks.ts';
import { COMPONENT_REFERENCES } from './body-components.ts';
import { elementIssues, isUnsafeUrl, malformedLink, REMOTE_URL, remoteResourceMessage } from './element-rules.ts';
import { sentenceFinder } from './sentences.ts';
import { FoundLink, type BodyLink } from './body-link.ts';

/** A `<Quote source="…" locator="…">` in the body: the words it attributes to a source. */
interface BodyQuotation {
  source: string;
  locator?: string;
  /** The quoted text, markup removed. */
  text: string;
  /** 1-based line within the body. */
  line: number;
}

export interface BodyIssue {
  rule: 'mdx-syntax' | 'forbidden-mdx' | 'bad-link';
  /** 1-based line within the body. */
  line: number;
  message: string;
}

/** A Markdown link or image to a path in the site that is no entry's page, or to a relative path: the check matches it against the site's pages. */
interface BodySitePath {
  href: string;
  /** 1-based line within the body. */
  line: number;
}

export interface BodyAnalysis {
  links: BodyLink[];
  sitePaths: BodySitePath[];
  quotations: BodyQuotation[];
  issues: BodyIssue[];
  /** The body uses MDX's own syntax (a JSX element, an expression): it renders as MDX, not plain Markdown. */
  mdxSyntax: boolean;
}

export interface BodyRules {
  /** Components the site provides to bodies without an import. */
  components: readonly string[];
}

/** Deeper nesting (lists, quotes, elements) is no prose, and would exhaust the stack of any reader. */
const MAX_NESTING = 64;
const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep (lists, quotes or elements); flatten it`;
/** Blocks whose text is the context of a link inside them. */
const CONTEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

type Node = MdastNode & { children?: Node[]; value?: string; name?: string | null; url?: string; attributes?: Attribute[] };
type Attribute = { type: string; name?: string; value?: unknown };

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

interface BlockText {
  text: string;
  /** Where each text node starts in `text`. */
  starts: Map<Node, number>;
  sentenceAt: (offset: number) => string;
}

function plainText(node: Node): string {
  return node.value ?? node.children?.map(plainText).join('') ?? '';
}

/** The URL a link or reference link points at (a reference's from its definition). */
type HrefOf = (node: Node) => string | undefined;

/**
 * Concatenated text of a block, where each text node starts in it, and its sentences. A Markdown
 * link to an entry stands in it as the wiki-link it amounts to, so a backlink's context resolves
 * it for the release as the body does (a withheld entry's path is never shown as text).
 */
function blockText(block: Node, hrefOf: HrefOf = () => undefined): BlockText {
  let text = '';
  const starts = new Map<Node, number>();
  const walk = (node: Node, depth: number) => {
    const href = node === block ? undefined : hrefOf(node);
    const site = href === undefined ? undefined : siteLink(href);
    if (site?.kind === 'entry') {
      starts.set(node, text.length);
      const label = plainText(node).trim();
      text += label && !label.includes(site.slug) && !/[[\]|\n]/.test(label) ? `[[${site.slug}|${label}]]` : `[[${site.slug}]]`;
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      starts.set(node, text.length);
      text += node.value ?? '';
    }
    if (depth < MAX_NESTING) node.children?.forEach((child) => walk(child, depth + 1));
  };
  walk(block, 0);
  return { text, starts, sentenceAt: sentenceFinder(text) };
}

/** `[ref]: url` definitions by identifier, for the reference links that use them. */
function definitionUrls(root: Node): Map<string, string> {
  const urls = new Map<string, string>();
  const visit = (node: Node, depth: number) => {
    const { identifier } = node as Node & { identifier?: string };
    if (node.type === 'definition' && identifier && node.url) urls.set(identifier, node.url);
    if (depth < MAX_NESTING) node.children?.forEach((child) => visit(child, depth + 1));
  };
  visit(root, 0);
  return urls;
}

/** Where a link node starts in its block's text: its first text, or the block's start. */
function offsetIn(block: BlockText, node: Node): number {
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    const start = block.starts.get(current);
    if (start !== undefined) return start;
    stack.push(...[...(current.children ?? [])].reverse());
  }
  return 0;
}

function attributeValue(node: Node, name: string): string | undefined {
  const value = node.attributes?.find((a) => a.name === name)?.value;
  return typeof value === 'string' ? value.trim() : undefined;
}

/** The entry a component names in its reference attribute (`<Quote source="slug">`), if any. */
function componentReference(node: Node): string | undefined {
  const attribute = COMPONENT_REFERENCES[node.name ?? ''];
  return attribute ? attributeValue(node, attribute) : undefined;
}

/**
 * The first line whose quote markers or indentation alone nest deeper than MAX_NESTING: found
 * before parsing, because the parser takes seconds over such a line.
 */
function firstTooDeepLine(body: string): number | undefined {
  const prefix = new RegExp(`^[ \\t>]{${MAX_NESTING * 2},}`, 'gm');
  for (const match of body.matchAll(prefix)) {
    const quotes = match[0].split('>').length - 1;
    const indent = match[0].replace(/\t/g, '    ').length - quotes;
    if (quotes > MAX_NESTING || indent > MAX_NESTING * 4) return body.slice(0, match.index).split('\n').length;
  }
  return undefined;
}

/** The analysis of a body that could not be read: only why. */
function unreadable(issue: BodyIssue, mdxSyntax: boolean): BodyAnalysis {
  return { links: [], sitePaths: [], quotations: [], issues: [issue], mdxSyntax };
}

export function analyzeBody(body: string, rules: BodyRules): BodyAnalysis {
  const deepLine = firstTooDeepLine(body);
  if (deepLine) return unreadable({ rule: 'mdx-syntax', line: deepLine, message: `the body is ${TOO_DEEP}` }, false);
  let root: Node;
  try {
    root = mdxToMdast(body) as Node;
  } catch (error) {
    if (error instanceof RangeError) return unreadable({ rule: 'mdx-syntax', line: 1, message: `the body is ${TOO_DEEP}` }, false);
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(message);
    return unreadable({ rule: 'mdx-syntax', line: position ? Number(position[1]) : 1, message: `MDX syntax error: ${message}` }, true);
  }

  const links: BodyLink[] = [];
  const sitePaths: BodySitePath[] = [];
  const quotations: BodyQuotation[] = [];
  const issues: BodyIssue[] = [];
  let mdxSyntax = false;
  const definitions = definitionUrls(root);
  const hrefOf: HrefOf = (node) =>
    node.type === 'link'
      ? node.url
      : node.type === 'linkReference'
        ? definitions.get((node as Node & { identifier?: string }).identifier ?? '')
        : undefined;
  const visit = (node: Node, block: BlockText | undefined, depth: number) => {
    if (depth > MAX_NESTING) {
      if (!issues.some((issue) => issue.message.endsWith(TOO_DEEP))) {
        issues.push({ rule: 'mdx-syntax', line: lineOf(node), message: `the body is ${TOO_DEEP}` });
      }
      return;
    }
    if (CONTEXT_BLOCKS.has(node.type)) block = blockText(node, hrefOf);
    if (node.type.startsWith('mdx')) mdxSyntax = true;
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({
          rule: 'forbidden-mdx',
          line: lineOf(node),
          message: 'import and export statements are not allowed in an entry body',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // An expression is JavaScript run by the build: as dangerous as an import. A comment
        // ({/* note to editors */}) runs nothing and renders nothing.
        if (/^\s*\/\*[\s\S]*?\*\/\s*$/.test(node.value ?? '') && !/\*\/[\s\S]*\/\*/.test(node.value ?? '')) break;
        issues.push({
          rule: 'forbidden-mdx',
          line: lineOf(node),
          message: 'a {…} JavaScript expression is not allowed in an entry body; write \\{ for a literal brace',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        issues.push(...elementIssues(node, lineOf(node), rules.components));
        const reference = componentReference(node);
        if (reference)
          links.push({ target: reference, line: lineOf(node), context: `“${blockText(node, hrefOf).text.trim().slice(0, 280)}”` });
        if (node.name === 'Quote' && reference) {
          const locator = attributeValue(node, 'locator');
          quotations.push({ source: reference, ...(locator ? { locator } : {}), text: blockText(node).text, line: lineOf(node) });
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isUnsafeUrl(node.url)) {
          issues.push({
            rule: 'forbidden-mdx',
            line: lineOf(node),
            message: `link to "${node.url.slice(0, 40)}": javascript: and data: URLs are not allowed`,
          });
        } else if (node.type === 'image' && node.url && REMOTE_URL.test(node.url)) {
          issues.push({ rule: 'forbidden-mdx', line: lineOf(node), message: `image ${remoteResourceMessage(node.url)}` });
        } else if (node.url) {
          const site = siteLink(node.url);
          if (site?.kind === 'malformed') issues.push(malformedLink(lineOf(node), node.url));
          if (site?.kind === 'path' || site?.kind === 'relative') sitePaths.push({ href: node.url, line: lineOf(node) });
          if (site?.kind === 'entry') {
            const label = node.type === 'link' ? plainText(node).trim() : '';
            const found = { target: site.slug, href: node.url, line: lineOf(node), ...(label ? { label } : {}) };
            // A definition stands outside any sentence: its context is the link itself.
            links.push(
              block ? new FoundLink(found, block.sentenceAt, offsetIn(block, node)) : new FoundLink(found, () => `[[${site.slug}]]`),
            );
          }
        }
        break;
      case 'text': {
        const value = node.value ?? '';
        const blockStart = block?.starts.get(node) ?? 0;
        // Lines are counted from the previous link on, so a long text with many links stays linear.
        let line = lineOf(node);
        let nextNewline = value.indexOf('\n');
        for (const link of findWikiLinks(value)) {
          for (; nextNewline !== -1 && nextNewline < link.start; nextNewline = value.indexOf('\n', nextNewline + 1)) line++;
          const found = { target: link.target, ...(link.label ? { label: link.label } : {}), line };
          links.push(block ? new FoundLink(found, block.sentenceAt, blockStart + link.start) : new FoundLink(found, () => value.trim()));
        }
        break;
      }
    }
    node.children?.forEach((child) => visit(child, block, depth + 1));
  };
  visit(root, undefined, 0);
  return { links, sitePaths, quotations, issues, mdxSyntax };
}
