/**
 * The fact box of an entry: its typed fields as labelled rows, with people and groups linked,
 * dates at the precision given and controlled values with their meaning.
 */
import { formatDateRange } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { archivePath } from '../paths.ts';
import type { Citation, Entry, EntryOf } from '../schema/index.ts';
import { citationGrade, type AdmiraltyGrade } from '../grade.ts';
import { linkView, type LinkView } from './references-view.ts';
import {
  CONFIDENCE_MEANINGS,
  humanize,
  LIKELIHOOD_TERMS,
  RELATIONSHIP_VERBS,
  RELIABILITY_MEANINGS,
  REPORTING_MEANINGS,
} from '../vocabulary.ts';

type FactValue =
  | { type: 'text'; text: string; /** A longer explanation shown beside it. */ meaning?: string }
  | { type: 'date'; value: string; approximate?: boolean }
  | { type: 'link'; link: LinkView; note?: string; /** A citation's two-part Admiralty grade. */ grade?: AdmiraltyGrade };

export interface FactRow {
  label: string;
  values: FactValue[];
}

const text = (value: string, meaning?: string): FactValue => ({ type: 'text', text: value, ...(meaning ? { meaning } : {}) });
const date = (value: string, approximate = false): FactValue => ({ type: 'date', value, approximate });

function links(kb: KnowledgeBase, slugs: readonly string[], note?: string): FactValue[] {
  return slugs.map((slug) => ({ type: 'link', link: linkView(kb, slug), ...(note ? { note } : {}) }));
}

function citations(kb: KnowledgeBase, sources: readonly Citation[]): FactRow {
  return {
    label: 'Sources',
    values: sources.map((c) => {
      const grade = citationGrade(kb, c);
      return { type: 'link', link: linkView(kb, c.source), ...(c.locator ? { note: c.locator } : {}), ...(grade ? { grade } : {}) };
    }),
  };
}

function row(label: string, values: FactValue[]): FactRow[] {
  return values.length ? [{ label, values }] : [];
}

function actorFacts(kb: KnowledgeBase, { data }: EntryOf<'actors'>): FactRow[] {
  const life = data.kind === 'person' ? ['Born', 'Died'] : ['Founded', 'Dissolved'];
  return [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('Native name', data.nativeName ? [text(data.nativeName)] : []),
    ...row(life[0]!, data.from ? [date(data.from)] : []),
    ...row(life[1]!, data.to ? [date(data.to)] : []),
    ...row('Status', data.status ? [text(humanize(data.status))] : []),
    ...row('Regions', links(kb, data.regions)),
  ];
}

function eventFacts(kb: KnowledgeBase, { data }: EntryOf<'events'>): FactRow[] {
  return [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('Date', [date(data.date, data.approximate)]),
    ...row('Ended', data.endDate ? [date(data.endDate, data.approximate)] : []),
    ...row('Places', links(kb, data.places)),
    ...row(
      'Participants',
      data.participants.map((p) => ({ type: 'link', link: linkView(kb, p.actor), note: humanize(p.role) })),
    ),
    ...row('Reporting', [text(humanize(data.reporting), REPORTING_MEANINGS[data.reporting])]),
    ...row('Killed', data.casualties?.killed !== undefined ? [text(String(data.casualties.killed))] : []),
    ...row('Wounded', data.casualties?.wounded !== undefined ? [text(String(data.casualties.wounded))] : []),
    citations(kb, data.sources),
  ];
}

function relationshipFacts(kb: KnowledgeBase, { data }: EntryOf<'relationships'>): FactRow[] {
  const period = formatDateRange(data.start, data.end);
  return [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('From', links(kb, [data.from])),
    ...row('To', links(kb, [data.to])),
    ...row('Period', period ? [text(period)] : []),
    ...row('Scope', data.scope.length ? links(kb, data.scope) : [text('Organization-wide')]),
    ...row('Confidence', [text(humanize(data.confidence), CONFIDENCE_MEANINGS[data.confidence])]),
    ...row('Evidence', links(kb, data.evidence)),
    citations(kb, data.sources),
  ];
}

function judgmentFacts(kb: KnowledgeBase, { data }: EntryOf<'judgments'>): FactRow[] {
  const likelihood = data.likelihood ? LIKELIHOOD_TERMS[data.likelihood] : undefined;
  return [
    ...row('Confidence', [text(humanize(data.confidence), CONFIDENCE_MEANINGS[data.confidence])]),
    ...row('Likelihood', likelihood ? [text(likelihood.term, `ICD 203: ${likelihood.range} probability`)] : []),
    ...row('Status', [text(humanize(data.status))]),
    ...row('Issued', [date(data.issued)]),
    ...row('Analyst', data.analyst ? [text(data.analyst)] : []),
    ...row('About', links(kb, data.about)),
    ...row('Supersedes', data.supersedes ? links(kb, [data.supersedes]) : []),
    citations(kb, data.sources),
  ];
}

/** Whether the source's text is archived, and where to read it when it is published. */
function archiveFacts(kb: KnowledgeBase, slug: string): FactRow[] {
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

function sourceFacts(kb: KnowledgeBase, { slug, data }: EntryOf<'sources'>): FactRow[] {
  return [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row(
      'Authors',
      data.authors.map((author) => text(author)),
    ),
    ...row('Publisher', data.publisher ? [text(data.publisher)] : []),
    ...row('Published', [date(data.published)]),
    ...row('Reliability', data.reliability ? [text(data.reliability, `Admiralty grade: ${RELIABILITY_MEANINGS[data.reliability]}`)] : []),
    ...archiveFacts(kb, slug),
  ];
}

function placeFacts(kb: KnowledgeBase, { data }: EntryOf<'places'>): FactRow[] {
  return [
    ...row('Kind', [text(humanize(data.kind))]),
    ...row('Part of', data.parent ? links(kb, [data.parent]) : []),
    ...row('Coordinates', data.coordinates ? [text(`${data.coordinates[0]}, ${data.coordinates[1]}`, 'latitude, longitude')] : []),
  ];
}

function briefingFacts(kb: KnowledgeBase, { data }: EntryOf<'briefings'>): FactRow[] {
  return [
    ...row('Date', [date(data.date)]),
    ...row(
      'Authors',
      data.authors.map((author) => text(author)),
    ),
    ...row('Audience', data.audience ? [text(data.audience)] : []),
    ...row('Key judgments', links(kb, data.keyJudgments)),
  ];
}

export function entryFacts(kb: KnowledgeBase, entry: Entry): FactRow[] {
  const common = [
    ...row(
      'Also known as',
      entry.data.aliases.map((alias) => text(alias)),
    ),
    ...row('Updated', entry.data.updated ? [date(entry.data.updated)] : []),
  ];
  switch (entry.collection) {
    case 'actors':
      return [...actorFacts(kb, entry), ...common];
    case 'events':
      return [...eventFacts(kb, entry), ...common];
    case 'relationships':
      return [...relationshipFacts(kb, entry), ...common];
    case 'judgments':
      return [...judgmentFacts(kb, entry), ...common];
    case 'sources':
      return [...sourceFacts(kb, entry), ...common];
    case 'places':
      return [...placeFacts(kb, entry), ...common];
    case 'briefings':
      return [...briefingFacts(kb, entry), ...common];
  }
}

/** A relationship as a sentence: its two actors and the verb between them. */
export interface RelationshipLine {
  from: LinkView;
  verb: string;
  to: LinkView;
}

export function relationshipLine(kb: KnowledgeBase, { data }: EntryOf<'relationships'>): RelationshipLine {
  return { from: linkView(kb, data.from), verb: RELATIONSHIP_VERBS[data.kind], to: linkView(kb, data.to) };
}
