/**
 * The fact box of an entry: the rows its collection's descriptor gives, then the rows every
 * entry has (other names, the date it was updated).
 */
import { descriptorOf } from '../collections/index.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry, EntryOf } from '../schema/index.ts';
import { date, row, text, type FactRow } from './fact-rows.ts';
import { linkView, type LinkView } from './references-view.ts';
import { RELATIONSHIP_VERBS } from '../vocabulary.ts';

export function entryFacts(kb: KnowledgeBase, entry: Entry): FactRow[] {
  return [
    ...descriptorOf(entry).facts(kb, entry),
    ...row(
      'Also known as',
      entry.data.aliases.map((alias) => text(alias)),
    ),
    ...row('Updated', entry.data.updated ? [date(entry.data.updated)] : []),
  ];
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
