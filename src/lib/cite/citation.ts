/**
 * A citation of one entry in the formats analysts paste into reports: plain text, Markdown,
 * BibTeX and CSL-JSON (for Zotero and other reference managers). Pure, so the entry page renders
 * it at build time and the browser re-renders it with today's access date and the full address.
 */
import { formatPartialDate, parsePartialDate } from '../dates.ts';
import type { CollectionName } from '../schema/index.ts';

export interface CitationInput {
  title: string;
  /** The entry's ID. */
  slug: string;
  collection: CollectionName;
  /** The knowledge base's name. */
  siteName: string;
  /** Absolute when the site's address is known, else the path. */
  permalink: string;
  /** Last update of the entry (partial date), if it has one. */
  updated?: string;
  /**
   * The edition cited ("YYYY-MM-DD", the day the site was built): the date of an entry that
   * records no update of its own, so every citation carries a date and a year.
   */
  edition: string;
  /** The access date, "YYYY-MM-DD". */
  accessed: string;
  /** A citation of the entry as it stood at a named edition: its name and short commit id. */
  pinned?: { edition: string; commit: string };
}

export type CitationFormat = 'plain' | 'markdown' | 'bibtex' | 'csl-json';

/**
 * The ids of the citation boxes of an entry page (`<id>-heading`, `<id>-<format>`): the entry as it
 * is, and beside it, for an entry unchanged since an edition, the entry as of that edition.
 */
export const ENTRY_CITATION_ID = 'cite';
export const EDITION_CITATION_ID = 'cite-edition';

export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  plain: 'Plain text',
  markdown: 'Markdown',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

/** A title ending in its own full stop or question mark takes no second one. */
function sentence(title: string): string {
  return /[.!?]$/.test(title) ? title : `${title}.`;
}

function datePhrase({ updated, edition }: CitationInput): string {
  return updated ? ` Last updated ${formatPartialDate(updated, 'long')}.` : ` Edition of ${formatPartialDate(edition, 'long')}.`;
}

/** The date the citation gives the entry: its last update, else the edition's. */
function citedDate(input: CitationInput): string {
  return input.updated ?? input.edition;
}

/** ", edition 2026-11 (commit abc1234)" for a pinned citation. */
function editionPhrase({ pinned }: CitationInput, code: (text: string) => string = (text) => text): string {
  return pinned ? `, edition ${pinned.edition} (commit ${code(pinned.commit)})` : '';
}

export function plainCitation(input: CitationInput): string {
  return (
    `“${sentence(input.title)}” ${input.siteName}, entry ${input.slug}${editionPhrase(input)}.${datePhrase(input)} ` +
    `${input.permalink} (accessed ${formatPartialDate(input.accessed, 'long')}).`
  );
}

/** Backslash-escapes what Markdown would read as formatting or link syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

export function markdownCitation(input: CitationInput): string {
  return (
    `“[${escapeMarkdown(sentence(input.title))}](<${input.permalink}>)” *${escapeMarkdown(input.siteName)}*, ` +
    `entry \`${input.slug}\`${editionPhrase(input, (commit) => `\`${commit}\``)}.${datePhrase(input)} Accessed ${formatPartialDate(input.accessed, 'long')}.`
  );
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes the characters BibTeX and LaTeX treat as special. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) => BIBTEX_SPECIALS[char]!);
}

export function bibtexCitation(input: CitationInput): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitalization.
    ['title', `{${escapeBibtex(input.title)}}`],
    ['howpublished', escapeBibtex(input.siteName)],
    ['note', `Entry ${escapeBibtex(input.slug)}${escapeBibtex(editionPhrase(input))}`],
  ];
  if (input.pinned) fields.push(['version', escapeBibtex(input.pinned.edition)]);
  const { year, month } = parsePartialDate(citedDate(input));
  fields.push(['year', String(year)]);
  if (month) fields.push(['month', String(month)]);
  // \url-style fields are verbatim in biblatex: only braces would break them.
  fields.push(['url', input.permalink.replace(/[{}]/g, encodeURIComponent)], ['urldate', input.accessed]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${input.slug},\n${body}\n}`;
}

function dateParts(value: string): number[] {
  const { year, month, day } = parsePartialDate(value);
  return [year, month, day].filter((part): part is number => part !== undefined);
}

/** CSL-JSON item, the format Zotero, Mendeley and pandoc-citeproc read. */
function cslJsonItem(input: CitationInput): Record<string, unknown> {
  return {
    id: input.slug,
    type: 'webpage',
    title: input.title,
    'container-title': input.siteName,
    number: input.slug,
    ...(input.pinned ? { version: `${input.pinned.edition} (commit ${input.pinned.commit})` } : {}),
    URL: input.permalink,
    issued: { 'date-parts': [dateParts(citedDate(input))] },
    accessed: { 'date-parts': [dateParts(input.accessed)] },
  };
}

export function cslJsonCitation(input: CitationInput): string {
  return JSON.stringify([cslJsonItem(input)], null, 2);
}

export function formatCitation(format: CitationFormat, input: CitationInput): string {
  switch (format) {
    case 'plain':
      return plainCitation(input);
    case 'markdown':
      return markdownCitation(input);
    case 'bibtex':
      return bibtexCitation(input);
    case 'csl-json':
      return cslJsonCitation(input);
  }
}
