/**
 * Everything the site knows of a collection beyond the shape of its frontmatter, beside its
 * schema: its names, which field dates an entry, its kind, its fact box, what search files it
 * under and the STIX objects it becomes. References are declared in the schema itself (`ref()`,
 * read by src/lib/references.ts). Lists, pages, search and exports read descriptors instead of
 * switching on the collection, so a new field or collection is one file to change.
 */
import type { BundleBuilder, EntryObject } from '../export/stix-builder.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { CollectionData, CollectionName, collectionSchemas, Entry, EntryOf } from '../schema/index.ts';
import type { FactRow } from '../view/fact-rows.ts';
import type { COLLECTION_LABELS } from '../vocabulary.ts';

/** A top-level frontmatter field of the collection. */
type Field<C extends CollectionName> = keyof CollectionData[C] & string;

/** The same facet of another entry, for a facet an entry inherits (a judgment files its evidence's places). */
type RelatedFacet = (related: Entry) => string[];

export interface CollectionDescriptor<C extends CollectionName> {
  /** The frontmatter schema (src/lib/schema/), which also declares the references. */
  schema: (typeof collectionSchemas)[C];
  /** The collection's names in the singular and plural, and what it holds (vocabulary.ts). */
  label: (typeof COLLECTION_LABELS)[C];
  /**
   * The date an entry is listed and sorted by. A `point` happened at `start` (up to `end` if
   * given: "13–14 Nov 2014"); a `period` runs from `start` to `end`, either open ("since 2014").
   */
  date?: { start: Field<C>; end?: Field<C>; shape: 'point' | 'period'; approximate?: Field<C> };
  /** The field shown as the entry's kind ("Event · Attack"). */
  kind?: Field<C>;
  /** The date of the last substantive revision when the entry gives no `updated`. */
  revised?: Field<C>;
  /** The rows of the entry's fact box, before the rows every entry has (other names, updated). */
  facts(kb: KnowledgeBase, entry: EntryOf<C>): FactRow[];
  /**
   * What search files the entry under, as raw values (search/facets.ts adds the type and drops
   * repeats). Places and actors are titles of included entries only (search/facet-values.ts).
   */
  facets: {
    places(kb: KnowledgeBase, entry: EntryOf<C>, related: RelatedFacet): string[];
    actors(kb: KnowledgeBase, entry: EntryOf<C>, related: RelatedFacet): string[];
    years(entry: EntryOf<C>): string[];
    /** The field filed as the entry's confidence, if it has one. */
    confidence?: Field<C>;
    /** The field filed as the entry's status, if it has one. */
    status?: Field<C>;
  };
  /** How the entry goes into the STIX bundle (export/stix.ts; docs/exports.md gives the reasons). */
  stix: {
    /** The STIX type an included entry becomes, or undefined when it has no object of its own. */
    type(kb: KnowledgeBase, entry: EntryOf<C>): string | undefined;
    /** The date field the object's `created` derives from, when the entry's record carries one. */
    created?: Field<C>;
    /** Adds the objects the entry becomes, starting from `base` (its type, id, timestamps, marking, references). */
    objects(builder: BundleBuilder, entry: EntryOf<C>, base: EntryObject): void;
  };
}
