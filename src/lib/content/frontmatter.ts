/** Splits an MDX file into YAML frontmatter and body, and maps frontmatter fields to lines. */
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedFile {
  data: unknown;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** The 1-based file line of a frontmatter field (or of its nearest present parent). */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface FrontmatterError {
  line: number;
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

export function parseMdxFile(source: string): ParsedFile | FrontmatterError[] {
  if (source.startsWith('\uFEFF')) {
    return [{ line: 1, message: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM' }];
  }
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return [{ line: 1, message: 'expected YAML frontmatter between two "---" lines at the top of the file' }];
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  // The timestamp tag reads unquoted 2015-03-18 as a date, as Astro's own frontmatter parser does.
  const doc: Document = parseDocument(yamlText, { lineCounter, customTags: ['timestamp'], prettyErrors: false });
  // File line = YAML line + 1, for the opening "---".
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length) {
    return doc.errors.map((error) => ({
      line: fileLine(error.pos[0]),
      message: `YAML syntax error: ${error.message.split('\n')[0]}`,
    }));
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // e.g. aliases expanding exponentially ("billion laughs"): the yaml library refuses them.
    return [{ line: 2, message: `YAML error: ${error instanceof Error ? error.message : String(error)}` }];
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [{ line: 2, message: 'expected the frontmatter to be a list of "field: value" lines' }];
  }
  return {
    data,
    body: source.slice(match[0].length),
    bodyLine: countLines(match[0]) + 1,
    lineOf: fieldLines(yamlText),
  };
}

/**
 * Lines of fields, for problem reports only: the YAML is parsed again when a line is first
 * asked for, so that thousands of valid files do not each keep a parsed document in memory.
 */
function fieldLines(yamlText: string): ParsedFile['lineOf'] {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(yamlText, { lineCounter, customTags: ['timestamp'], prettyErrors: false }), lineCounter };
    }
    const { doc, lineCounter } = parsed;
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth).map((key) => (typeof key === 'number' ? key : String(key))), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + 1;
    }
    return 1;
  };
}
