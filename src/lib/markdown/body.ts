/**
 * Reads an MDX body once: the wiki-links it makes (with line and the sentence around each,
 * for contextual backlinks) and whatever the content model forbids in a body.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { findWikiLinks } from '../wikilinks.ts';
import { sentenceFinder } from './sentences.ts';

export interface BodyLink {
  target: string;
  label?: string;
  /** 1-based line within the body. */
  line: number;
  /** The sentence the link sits in, wiki-link markup kept. */
  context: string;
}

export interface BodyIssue {
  rule: 'mdx-syntax' | 'forbidden-mdx';
  /** 1-based line within the body. */
  line: number;
  message: string;
}

export interface BodyAnalysis {
  links: BodyLink[];
  issues: BodyIssue[];
  /** The body uses MDX's own syntax (a JSX element, an expression): it renders as MDX, not plain Markdown. */
  mdxSyntax: boolean;
}

export interface BodyRules {
  /** Components the site provides to bodies without an import. */
  components: readonly string[];
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style']);
const UNSAFE_URL = /^\s*(javascript|data|vbscript):/i;
/** Blocks whose text is the context of a link inside them. */
const CONTEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

type Node = MdastNode & { children?: Node[]; value?: string; name?: string | null; url?: string; attributes?: Attribute[] };
type Attribute = { type: string; name?: string; value?: unknown };

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

interface BlockText {
  text: string;
  /** Where each text node starts in the text. */
  starts: Map<Node, number>;
  sentenceAt(offset: number): string;
}

/** Concatenated text of a block, where each text node starts in it, and its sentences. */
function blockText(block: Node): BlockText {
  let text = '';
  const starts = new Map<Node, number>();
  const walk = (node: Node) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      starts.set(node, text.length);
      text += node.value ?? '';
    }
    node.children?.forEach(walk);
  };
  walk(block);
  return { text, starts, sentenceAt: sentenceFinder(text) };
}

function elementIssues(node: Node, rules: BodyRules): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const line = lineOf(node);
  const name = node.name ?? '';
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    issues.push({ rule: 'forbidden-mdx', line, message: `<${name}> is not allowed in an entry body` });
  } else if (/^[A-Z]/.test(name) && !rules.components.includes(name)) {
    const available = rules.components.length ? rules.components.map((c) => `<${c}>`).join(', ') : 'none';
    issues.push({ rule: 'forbidden-mdx', line, message: `unknown component <${name}>; bodies may use: ${available}` });
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (/^on/i.test(attribute.name)) {
      issues.push({ rule: 'forbidden-mdx', line, message: `inline event handler ${attribute.name} on <${name}> is not allowed` });
    } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
      issues.push({ rule: 'forbidden-mdx', line, message: `${attribute.name}="${attribute.value.slice(0, 40)}" uses a javascript: or data: URL, which is not allowed` });
    }
  }
  return issues;
}

export function analyzeBody(body: string, rules: BodyRules): BodyAnalysis {
  let root: Node;
  try {
    root = mdxToMdast(body) as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(message);
    return {
      links: [],
      mdxSyntax: true,
      issues: [{ rule: 'mdx-syntax', line: position ? Number(position[1]) : 1, message: `MDX syntax error: ${message}` }],
    };
  }

  const links: BodyLink[] = [];
  const issues: BodyIssue[] = [];
  let mdxSyntax = false;
  const visit = (node: Node, block: BlockText | undefined) => {
    if (CONTEXT_BLOCKS.has(node.type)) block = blockText(node);
    if (node.type.startsWith('mdx')) mdxSyntax = true;
    switch (node.type) {
      case 'mdxjsEsm':
        issues.push({ rule: 'forbidden-mdx', line: lineOf(node), message: 'import and export statements are not allowed in an entry body' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        issues.push(...elementIssues(node, rules));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && UNSAFE_URL.test(node.url)) {
          issues.push({ rule: 'forbidden-mdx', line: lineOf(node), message: `link to "${node.url.slice(0, 40)}": javascript: and data: URLs are not allowed` });
        }
        break;
      case 'text': {
        const value = node.value ?? '';
        for (const link of findWikiLinks(value)) {
          const blockStart = block?.starts.get(node) ?? 0;
          const within = block;
          links.push({
            target: link.target,
            ...(link.label ? { label: link.label } : {}),
            line: lineOf(node) + (value.slice(0, link.start).match(/\n/g)?.length ?? 0),
            // Found when first read (a backlink shows it), not by the check, which never does.
            get context() {
              return within ? within.sentenceAt(blockStart + link.start) : value.trim();
            },
          });
        }
        break;
      }
    }
    node.children?.forEach((child) => visit(child, block));
  };
  visit(root, undefined);
  return { links, issues, mdxSyntax };
}
