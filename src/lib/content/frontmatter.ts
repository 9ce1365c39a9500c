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

/** A delimiter line: exactly "---" (trailing spaces or tabs and a CR tolerated), as Jekyll, Hugo and Astro read it. */
const DELIMITER = /^---[ \t]*\r?$/;

interface Split {
  yamlText: string;
  body: string;
  /** 1-based line of the closing "---". */
  closingLine: number;
}

/**
 * Splits the frontmatter off at the first line that is exactly "---". A line that merely ends in
 * "---" (a comment "# --- handling ---", a value ending in dashes) never closes it: that would
 * turn every later field, the marking included, into body text.
 */
export function splitFrontmatter(source: string): Split | undefined {
  const firstBreak = source.indexOf('\n');
  if (firstBreak < 0 || !DELIMITER.test(source.slice(0, firstBreak))) return undefined;
  let lineStart = firstBreak + 1;
  for (let line = 2; lineStart <= source.length; line++) {
    const lineEnd = source.indexOf('\n', lineStart);
    const text = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd);
    if (DELIMITER.test(text)) {
      return {
        yamlText: source.slice(firstBreak + 1, lineStart).replace(/\r?\n$/, ''),
        body: lineEnd < 0 ? '' : source.slice(lineEnd + 1),
        closingLine: line,
      };
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** A body line shaped like a frontmatter field: `name: value` at the start of the line. */
const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)/;
/** Lines that may sit among stray fields: blank, YAML comments, list items and indented continuations. */
const YAML_FILLER = /^(?:\s*$|\s*#|\s+\S|-\s)/;

/**
 * Defence in depth against a frontmatter closed too early: the first lines of the body that read
 * as YAML and name a known field (`marking: TLP:RED`) are reported, not published as text.
 */
function strayFields(body: string, bodyLine: number, closingLine: number, knownFields: ReadonlySet<string>): FrontmatterError[] {
  const errors: FrontmatterError[] = [];
  const lines = body.split('\n');
  for (const [index, raw] of lines.entries()) {
    const text = raw.replace(/\r$/, '');
    const field = FIELD_LINE.exec(text)?.[1];
    if (field === undefined) {
      if (YAML_FILLER.test(text)) continue;
      break;
    }
    if (knownFields.has(field)) {
      errors.push({
        line: bodyLine + index,
        message: `the frontmatter ended at line ${closingLine}; "${field}:" here looks like a field: keep every field above the closing "---" line`,
      });
    }
  }
  return errors;
}

/**
 * Parses an MDX file. `knownFields` (the frontmatter field names of the collections) lets the
 * parser refuse a body that opens with fields, the sign of a frontmatter closed too early.
 */
export function parseMdxFile(source: string, knownFields: ReadonlySet<string> = new Set()): ParsedFile | FrontmatterError[] {
  if (source.startsWith('\uFEFF')) {
    return [{ line: 1, message: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM' }];
  }
  const split = splitFrontmatter(source);
  if (!split) {
    return [{ line: 1, message: 'expected YAML frontmatter between two lines that are exactly "---", at the top of the file' }];
  }
  const { yamlText, body, closingLine } = split;
  const bodyLine = closingLine + 1;
  const stray = strayFields(body, bodyLine, closingLine, knownFields);
  if (stray.length) return stray;
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
    body,
    bodyLine,
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
