/**
 * The knowledge base as a STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP).
 * Actors become threat actors or identities, places locations, events incidents, relationships
 * STIX relationships, judgments notes, briefings and cited sources reports; each object also
 * cites its sources as external references. docs/exports.md gives the mapping and its reasons.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { LinkResolution } from '../links.ts';
import { entryPath } from '../paths.ts';
import type { Citation, Entry, EntryOf } from '../schema/index.ts';
import type { ParticipantRole } from '../schema/events.ts';
import { siteUrl, type SiteInfo } from '../site.ts';
import { LIKELIHOOD_TERMS } from '../view/vocabulary.ts';
import {
  endTimestamp, entryTimestamps, markingDefinition, markingRef, startTimestamp, STIX_CONFIDENCE, stixId, stixKey,
  STIX_NAMESPACE, UNDATED, type StixObject,
} from './stix-common.ts';
import { uuidV5 } from './uuid.ts';

/** Actor kinds exported as `threat-actor`; the others become `identity`. */
const THREAT_ACTOR_KINDS = new Set(['organization', 'person']);
const IDENTITY_CLASSES: Record<string, string> = { state: 'organization', 'media-outlet': 'organization', other: 'unknown' };

/** Participant roles and the relationship from the incident to the actor. */
const ROLE_RELATIONSHIPS: Record<ParticipantRole, string> = {
  perpetrator: 'attributed-to',
  'claimed-by': 'attributed-to',
  alleged: 'attributed-to',
  target: 'targets',
  participant: 'related-to',
  signatory: 'related-to',
  speaker: 'related-to',
};

/** The STIX type an included entry becomes, or undefined when it has no object of its own. */
export function stixTypeOf(kb: KnowledgeBase, entry: Entry): string | undefined {
  switch (entry.collection) {
    case 'actors':
      return THREAT_ACTOR_KINDS.has(entry.data.kind) ? 'threat-actor' : 'identity';
    case 'places':
      return placeCountry(kb, entry) || entry.data.coordinates ? 'location' : undefined;
    case 'events':
      return 'incident';
    case 'relationships':
      return 'relationship';
    case 'judgments':
      return 'note';
    case 'briefings':
    case 'sources':
      return 'report';
  }
}

/** The nearest place of kind country, the place itself included, walking up `parent`. */
function placeCountry(kb: KnowledgeBase, place: EntryOf<'places'>): string | undefined {
  const seen = new Set<string>();
  for (let current: Entry | undefined = place; current?.collection === 'places' && !seen.has(current.slug); ) {
    if (current.data.kind === 'country') return current.data.title;
    seen.add(current.slug);
    const parent: string | undefined = current.data.parent;
    const resolution: LinkResolution | undefined = parent ? kb.resolve(parent) : undefined;
    current = resolution?.status === 'entry' ? resolution.entry : undefined;
  }
  return undefined;
}

class BundleBuilder {
  readonly objects: StixObject[] = [];
  readonly markings = new Set<Entry['data']['marking']>();
  readonly identity: string;
  readonly kb: KnowledgeBase;
  readonly site: SiteInfo;

  constructor(kb: KnowledgeBase, site: SiteInfo) {
    this.kb = kb;
    this.site = site;
    this.identity = stixId('identity', 'knowledge-base');
    this.objects.push({
      type: 'identity', spec_version: '2.1', id: this.identity, created: UNDATED, modified: UNDATED,
      name: site.name, identity_class: 'organization',
    });
  }

  /** The STIX id of a reference target, or undefined when it is withheld or has no object. */
  ref(target: string): string | undefined {
    const resolution = this.kb.resolve(target);
    if (resolution.status !== 'entry') return undefined;
    const type = stixTypeOf(this.kb, resolution.entry);
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
    const cited = sources.flatMap(({ source, locator }) => {
      const resolution = this.kb.resolve(source);
      if (resolution.status !== 'entry' || resolution.entry.collection !== 'sources') return [];
      const { data } = resolution.entry;
      const description = [data.authors.join(', '), data.publisher, data.published, locator].filter(Boolean).join('; ');
      return [{ source_name: data.title, description, ...(data.url ? { url: data.url } : {}) }];
    });
    return [own, ...cited];
  }

  /** Properties every object made from an entry carries. */
  common(entry: Entry, type: string, name = stixKey(entry)): StixObject {
    this.markings.add(entry.data.marking);
    return {
      type, spec_version: '2.1', id: stixId(type, name), ...entryTimestamps(entry),
      created_by_ref: this.identity, object_marking_refs: [markingRef(entry.data.marking)],
      x_kb_marking: entry.data.marking,
    };
  }

  relationship(entry: Entry, type: string, source: string, target: string, extra: object = {}): void {
    const name = `${stixKey(entry)}:${type}:${target}`;
    this.objects.push({
      ...this.common(entry, 'relationship', name), relationship_type: type, source_ref: source, target_ref: target, ...extra,
    });
  }

  add(entry: Entry): void {
    const type = stixTypeOf(this.kb, entry);
    if (!type) return;
    const base = { ...this.common(entry, type), external_references: this.externalReferences(entry, 'sources' in entry.data ? entry.data.sources : []) };
    const described = { name: entry.data.title, description: entry.data.summary };
    switch (entry.collection) {
      case 'actors': {
        const { data } = entry;
        const aliases = [...data.aliases, ...(data.nativeName ? [data.nativeName] : [])];
        const fields = type === 'threat-actor'
          ? { ...(data.from ? { first_seen: startTimestamp(data.from) } : {}), ...(data.to ? { last_seen: endTimestamp(data.to) } : {}) }
          : { identity_class: IDENTITY_CLASSES[data.kind] };
        // `identity` has no aliases property: the names go into the description.
        const names = type === 'threat-actor' ? (aliases.length ? { aliases } : {}) : aliases.length ? { description: `${data.summary} Also known as: ${aliases.join('; ')}.` } : {};
        this.objects.push({ ...base, ...described, ...fields, ...names, x_kb_kind: data.kind });
        for (const region of this.refs(data.regions)) this.relationship(entry, 'located-at', base.id, region);
        return;
      }
      case 'places': {
        const { data } = entry;
        const country = placeCountry(this.kb, entry);
        this.objects.push({
          ...base, ...described,
          ...(country ? { country } : {}),
          ...(data.kind === 'city' ? { city: data.title } : {}),
          ...(data.coordinates ? { latitude: data.coordinates[0], longitude: data.coordinates[1] } : {}),
          x_kb_kind: data.kind,
        });
        return;
      }
      case 'events': {
        const { data } = entry;
        this.objects.push({
          ...base, ...described,
          x_kb_kind: data.kind, x_kb_date: data.date, ...(data.endDate ? { x_kb_end_date: data.endDate } : {}),
          x_kb_approximate: data.approximate, x_kb_reporting: data.reporting,
          ...(data.casualties ? { x_kb_casualties: data.casualties } : {}),
        });
        for (const { actor, role } of data.participants) {
          const target = this.ref(actor);
          if (target) this.relationship(entry, ROLE_RELATIONSHIPS[role], base.id, target, { description: `Role: ${role}.`, x_kb_role: role });
        }
        for (const place of this.refs(data.places)) this.relationship(entry, 'located-at', base.id, place);
        return;
      }
      case 'relationships': {
        const { data } = entry;
        const source = this.ref(data.from);
        const target = this.ref(data.to);
        if (!source || !target) return;
        const scope = this.refs(data.scope);
        const evidence = this.refs(data.evidence);
        this.objects.push({
          ...base, relationship_type: data.kind, source_ref: source, target_ref: target,
          description: `${data.title}. ${data.summary}`,
          ...(data.start ? { start_time: startTimestamp(data.start) } : {}),
          ...(data.end ? { stop_time: endTimestamp(data.end) } : {}),
          confidence: STIX_CONFIDENCE[data.confidence], x_kb_confidence: data.confidence,
          ...(scope.length ? { x_kb_scope_refs: scope } : {}),
          ...(evidence.length ? { x_kb_evidence_refs: evidence } : {}),
        });
        return;
      }
      case 'judgments': {
        const { data } = entry;
        const bearing = (b: string) => this.refs(data.evidence.filter((e) => e.bearing === b).map((e) => e.entry));
        const objectRefs = this.refs([...data.about, ...data.evidence.map((e) => e.entry)]);
        if (!objectRefs.length) return;
        const likelihood = data.likelihood ? ` Likelihood: ${LIKELIHOOD_TERMS[data.likelihood].term} (${LIKELIHOOD_TERMS[data.likelihood].range}).` : '';
        const supersedes = data.supersedes ? this.ref(data.supersedes) : undefined;
        this.objects.push({
          ...base, abstract: data.title,
          content: `${data.summary} Confidence: ${data.confidence}.${likelihood} Status: ${data.status}.`,
          ...(data.analyst ? { authors: [data.analyst] } : {}),
          object_refs: objectRefs,
          confidence: STIX_CONFIDENCE[data.confidence], x_kb_confidence: data.confidence,
          ...(data.likelihood ? { x_kb_likelihood: data.likelihood } : {}),
          x_kb_status: data.status, x_kb_issued: data.issued,
          ...Object.fromEntries(
            (['supports', 'contradicts', 'context'] as const).flatMap((b) => (bearing(b).length ? [[`x_kb_evidence_${b}_refs`, bearing(b)]] : [])),
          ),
          ...(supersedes ? { x_kb_supersedes_ref: supersedes } : {}),
        });
        return;
      }
      case 'briefings': {
        const objectRefs = this.refs(entry.data.keyJudgments);
        if (objectRefs.length) this.objects.push({ ...base, ...described, published: startTimestamp(entry.data.date), report_types: ['threat-report'], object_refs: objectRefs });
        return;
      }
      case 'sources': {
        // A source becomes a report on the objects that cite it; one nothing cites has nothing to report on.
        const citing = (this.kb.graph.incoming.get(entry.slug) ?? []).filter((edge) => edge.field?.startsWith('sources['));
        const objectRefs = this.refs(citing.map((edge) => edge.source));
        const { data } = entry;
        if (objectRefs.length) {
          this.objects.push({
            ...base, ...described, published: startTimestamp(data.published), object_refs: objectRefs,
            external_references: [...base.external_references, ...(data.url ? [{ source_name: data.title, url: data.url }] : [])],
            x_kb_kind: data.kind, ...(data.reliability ? { x_kb_reliability: data.reliability } : {}),
            ...(data.authors.length ? { x_kb_authors: data.authors } : {}), ...(data.publisher ? { x_kb_publisher: data.publisher } : {}),
          });
        }
        return;
      }
    }
  }
}

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** The whole release as one bundle, objects in a stable order; the same content gives the same bundle. */
export function stixBundle(kb: KnowledgeBase, site: SiteInfo): StixBundle {
  const builder = new BundleBuilder(kb, site);
  for (const list of Object.values(kb.byCollection)) for (const entry of list as readonly Entry[]) builder.add(entry);
  const objects = [...[...builder.markings].sort().map(markingDefinition), ...builder.objects];
  const unique = [...new Map(objects.map((o) => [o.id, o])).values()];
  const digest = createHash('sha256').update(JSON.stringify(unique)).digest('hex');
  return { type: 'bundle', id: `bundle--${uuidV5(STIX_NAMESPACE, digest)}`, objects: unique };
}
