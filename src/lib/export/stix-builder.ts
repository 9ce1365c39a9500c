/**
 * The bundle under construction: ids of reference targets, the properties every object shares,
 * and derived relationships. Which object each entry becomes is in its collection's descriptor
 * (src/lib/collections/), handed to the builder as a `StixMapping`.
 */
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import type { Citation, Entry } from '../schema/index.ts';
import { siteUrl, type SiteInfo } from '../site.ts';
import { admiraltyGrade } from '../grade.ts';
import { entryTimestamps, markingRef, stixId, stixKey, UNDATED, type StixObject } from './stix-common.ts';

/** What the builder asks of the collection descriptors (which build on this module, so they are passed in). */
export interface StixMapping {
  /** The STIX type an included entry becomes, or undefined when it has no object of its own. */
  typeOf(entry: Entry): string | undefined;
  /** The partial date an object's `created` derives from, when the entry's record carries one. */
  recordDate(entry: Entry): string | undefined;
}

/** The properties every object made from an entry starts from, its type and external references included. */
export type EntryObject = StixObject & { external_references: object[] };

export class BundleBuilder {
  readonly objects: StixObject[] = [];
  readonly markings = new Set<Entry['data']['marking']>();
  readonly identity: string;
  readonly kb: KnowledgeBase;
  readonly site: SiteInfo;
  private readonly mapping: StixMapping;

  constructor(kb: KnowledgeBase, site: SiteInfo, mapping: StixMapping) {
    this.kb = kb;
    this.site = site;
    this.mapping = mapping;
    this.identity = stixId('identity', 'knowledge-base');
    this.objects.push({
      type: 'identity',
      spec_version: '2.1',
      id: this.identity,
      created: UNDATED,
      modified: UNDATED,
      name: site.name,
      identity_class: 'organization',
    });
  }

  /** The STIX id of a reference target, or undefined when it is withheld or has no object. */
  ref(target: string): string | undefined {
    const resolution = this.kb.resolve(target);
    if (resolution.status !== 'entry') return undefined;
    const type = this.mapping.typeOf(resolution.entry);
    return type ? stixId(type, stixKey(resolution.entry)) : undefined;
  }

  refs(targets: readonly string[]): string[] {
    return [...new Set(targets.flatMap((t) => this.ref(t) ?? []))];
  }

  externalReferences(entry: Entry, sources: readonly Citation[] = []): object[] {
    const own = {
      source_name: this.site.name,
      external_id: entry.slug,
      ...(this.site.origin ? { url: siteUrl(this.site, entryPath('/', entry.collection, entry.slug)) } : {}),
    };
    const cited = sources.flatMap((citation) => {
      const resolution = this.kb.resolve(citation.source);
      if (resolution.status !== 'entry' || resolution.entry.collection !== 'sources') return [];
      const { data } = resolution.entry;
      const grade = admiraltyGrade(data.reliability, citation.credibility);
      const description = [
        data.authors.join(', '),
        data.publisher,
        data.published,
        citation.locator,
        grade && `Admiralty grade ${grade.text}`,
      ]
        .filter(Boolean)
        .join('; ');
      return [{ source_name: data.title, description, ...(data.url ? { url: data.url } : {}) }];
    });
    return [own, ...cited];
  }

  /** Properties every object made from an entry carries. */
  common(entry: Entry, type: string, name = stixKey(entry)): StixObject {
    this.markings.add(entry.data.marking);
    return {
      type,
      spec_version: '2.1',
      id: stixId(type, name),
      ...entryTimestamps(entry, this.mapping.recordDate(entry)),
      created_by_ref: this.identity,
      object_marking_refs: [markingRef(entry.data.marking)],
      x_kb_marking: entry.data.marking,
    };
  }

  /** The start of the object an entry becomes, or undefined when it becomes none. */
  entryObject(entry: Entry): EntryObject | undefined {
    const type = this.mapping.typeOf(entry);
    if (!type) return undefined;
    return {
      ...this.common(entry, type),
      external_references: this.externalReferences(entry, 'sources' in entry.data ? entry.data.sources : []),
    };
  }

  /** A relationship derived from an entry; `qualifier` tells apart two of the same type and target. */
  relationship(entry: Entry, type: string, source: string, target: string, extra: object = {}, qualifier = ''): void {
    const name = `${stixKey(entry)}:${type}:${target}${qualifier && `:${qualifier}`}`;
    this.objects.push({
      ...this.common(entry, 'relationship', name),
      relationship_type: type,
      source_ref: source,
      target_ref: target,
      ...extra,
    });
  }
}
