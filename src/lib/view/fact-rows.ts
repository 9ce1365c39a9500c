/**
 * The pieces of a fact box: typed fields as labelled rows, with people and groups linked, dates
 * at the precision given and controlled values with their meaning. Each collection's rows are
 * in its descriptor (src/lib/collections/).
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { citationGrade, type AdmiraltyGrade } from '../grade.ts';
import { archivePath } from '../paths.ts';
import type { Citation } from '../schema/index.ts';
import { linkView, type LinkView } from './references-view.ts';

type FactValue =
  | { type: 'text'; text: string; /** A longer explanation shown beside it. */ meaning?: string }
  | { type: 'date'; value: string; approximate?: boolean }
  | { type: 'link'; link: LinkView; note?: string; /** A citation's two-part Admiralty grade. */ grade?: AdmiraltyGrade };

export interface FactRow {
  label: string;
  values: FactValue[];
}

export const text = (value: string, meaning?: string): FactValue => ({ type: 'text', text: value, ...(meaning ? { meaning } : {}) });
export const date = (value: string, approximate = false): FactValue => ({ type: 'date', value, approximate });

export function links(kb: KnowledgeBase, slugs: readonly string[], note?: string): FactValue[] {
  return slugs.map((slug) => ({ type: 'link', link: linkView(kb, slug), ...(note ? { note } : {}) }));
}

export function citations(kb: KnowledgeBase, sources: readonly Citation[]): FactRow {
  return {
    label: 'Sources',
    values: sources.map((c) => {
      const grade = citationGrade(kb, c);
      return { type: 'link', link: linkView(kb, c.source), ...(c.locator ? { note: c.locator } : {}), ...(grade ? { grade } : {}) };
    }),
  };
}

/** A row, or none when it has no values. */
export function row(label: string, values: FactValue[]): FactRow[] {
  return values.length ? [{ label, values }] : [];
}

/** Whether the source's text is archived, and where to read it when it is published. */
export function archiveFacts(kb: KnowledgeBase, slug: string): FactRow[] {
  if (kb.publicArchives.has(slug)) {
    return row('Archived text', [
      { type: 'link', link: { text: 'Plain text, paragraphs as the locators count them', href: archivePath(kb.base, slug) } },
    ]);
  }
  return row(
    'Archived text',
    kb.archived.has(slug)
      ? [text('Kept, not published', 'Quotations of this source are checked word for word against it; it is not published, for copyright.')]
      : [],
  );
}
