/**
 * Provenance rules across the knowledge base: quotations of archived sources are the source's
 * words at the paragraph cited (errors), quotation marks in prose attributed to an archived
 * source hold its words, and estimative language follows ICD 203 (warnings, errors under
 * `npm run check -- --strict`).
 */
import type { BodyAnalysis } from '../markdown/body.ts';
import type { Problem } from '../problems.ts';
import type { Entry } from '../schema/index.ts';
import { locatorParagraphs, type ArchivedText } from './archive.ts';
import { lintEstimativeLanguage, mayHoldEstimativeLanguage } from './estimative.ts';
import { proseSentences, quotedSpans, type ProseSentence } from './prose.ts';
import { quotationProblem } from './quotation.ts';

export interface ProvenanceInput {
  entries: readonly Entry[];
  /** Every entry file's slug and collection, valid or not: an archive beside an invalid source is not an orphan. */
  slugs: readonly { slug: string; collection: string }[];
  archives: readonly ArchivedText[];
  bodies: ReadonlyMap<string, BodyAnalysis>;
  /** The file line of a frontmatter field such as "sources[2].quote". */
  lineOf: (file: string, field: string) => number | undefined;
}

export interface ProvenanceResult {
  errors: Problem[];
  warnings: Problem[];
}

function archiveProblems(
  entries: readonly Entry[],
  slugs: ProvenanceInput['slugs'],
  archives: ReadonlyMap<string, ArchivedText>,
): Problem[] {
  const sourceFiles = new Set(slugs.filter((s) => s.collection === 'sources').map((s) => s.slug));
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.slug, e]));
  const problems: Problem[] = [];
  for (const archive of archives.values()) {
    if (!sourceFiles.has(archive.slug)) {
      problems.push({
        rule: 'archive',
        file: archive.file,
        message: `is the archived text of no source: expected content/sources/${archive.slug}.mdx beside it`,
      });
    }
  }
  for (const source of sources.values()) {
    if (source.collection === 'sources' && source.data.archive === 'public' && !archives.has(source.slug)) {
      problems.push({
        rule: 'archive',
        file: source.file,
        field: 'archive',
        message: `is "public" but there is no archived text to publish: expected content/sources/${source.slug}.txt`,
      });
    }
  }
  return problems;
}

/** Quotations the entry makes in its citations (`quote`) and with `<Quote>`. */
function quotationErrors(
  entry: Entry,
  body: BodyAnalysis | undefined,
  archives: ReadonlyMap<string, ArchivedText>,
  lineOf: ProvenanceInput['lineOf'],
): Problem[] {
  const problems: Problem[] = [];
  const citations = 'sources' in entry.data ? entry.data.sources : [];
  citations.forEach((citation, i) => {
    const archive = archives.get(citation.source);
    const problem = archive && citation.quote ? quotationProblem(archive, citation.quote, citation.locator) : undefined;
    if (problem)
      problems.push({ ...problem, file: entry.file, field: `sources[${i}].quote`, line: lineOf(entry.file, `sources[${i}].quote`) });
  });
  for (const quotation of body?.quotations ?? []) {
    const archive = archives.get(quotation.source);
    const problem = archive ? quotationProblem(archive, quotation.text, quotation.locator) : undefined;
    if (problem) problems.push({ ...problem, file: entry.file, field: 'Quote', line: entry.bodyLine + quotation.line - 1 });
  }
  return problems;
}

/** "(para. 4" or ", para. 4" right after a quotation: its locator. */
const FOLLOWING_LOCATOR = /^[\s,.;:]*\(?\s*((?:paras?\.?|¶)\s*\d+(?:\s*[–-]\s*\d+)?)/i;

/**
 * Quotation marks in prose attributed to an archived source: in a sentence that links the
 * source, or followed by a paragraph locator in an entry that cites one archived source only.
 */
function proseQuotationWarnings(entry: Entry, sentences: readonly ProseSentence[], archives: ReadonlyMap<string, ArchivedText>): Problem[] {
  const cited = new Set(('sources' in entry.data ? entry.data.sources : []).map((c) => c.source).filter((s) => archives.has(s)));
  const onlyCited = cited.size === 1 ? archives.get([...cited][0]!) : undefined;
  const problems: Problem[] = [];
  for (const sentence of sentences) {
    const linked = [...archives.values()].filter((archive) => new RegExp(`\\[\\[${archive.slug}(?:[|\\]#])`).test(sentence.text));
    for (const span of quotedSpans(sentence.text)) {
      const locator = FOLLOWING_LOCATOR.exec(sentence.paragraph.slice(sentence.offset + span.end))?.[1];
      const archive = linked.length === 1 ? linked[0] : locator && locatorParagraphs(locator) ? onlyCited : undefined;
      const problem = archive ? quotationProblem(archive, span.text, locator) : undefined;
      if (problem) {
        problems.push({
          rule: 'prose-quote',
          file: entry.file,
          line: sentence.line,
          severity: 'warning',
          message: `quoted in prose as the source's words: ${problem.message}`,
        });
      }
    }
  }
  return problems;
}

/** Whether the entry has quotation marks and cites or links an archived source. */
function mayQuoteAnArchive(entry: Entry, text: string, archives: ReadonlyMap<string, ArchivedText>): boolean {
  if (!archives.size || !/[“"]/.test(text)) return false;
  const citations = 'sources' in entry.data ? entry.data.sources : [];
  return citations.some((c) => archives.has(c.source)) || [...archives.keys()].some((slug) => text.includes(`[[${slug}`));
}

export function checkProvenance({ entries, slugs, archives: archiveList, bodies, lineOf }: ProvenanceInput): ProvenanceResult {
  const archives = new Map(archiveList.map((archive) => [archive.slug, archive]));
  const errors = archiveProblems(entries, slugs, archives);
  const warnings: Problem[] = [];
  for (const entry of entries) {
    errors.push(...quotationErrors(entry, bodies.get(entry.slug), archives, lineOf));
    const text = `${entry.data.title}\n${entry.data.summary}\n${entry.body}`;
    const lint = mayHoldEstimativeLanguage(text);
    const quotes = mayQuoteAnArchive(entry, text, archives);
    // Splitting into sentences is the costly part: only for entries that may have something to report.
    if (!lint && !quotes) continue;
    const sentences = proseSentences(entry, (field) => lineOf(entry.file, field));
    if (quotes) warnings.push(...proseQuotationWarnings(entry, sentences, archives));
    const likelihood = entry.collection === 'judgments' ? entry.data.likelihood : undefined;
    for (const finding of lint ? lintEstimativeLanguage(sentences, likelihood) : []) {
      warnings.push({ ...finding, file: entry.file, severity: 'warning' });
    }
  }
  return { errors, warnings };
}
