/**
 * The knowledge base as a STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP).
 * Actors become threat actors or identities, places locations, events incidents, relationships
 * STIX relationships, judgments notes, briefings and cited sources reports; each object also
 * cites its sources as external references. docs/exports.md gives the mapping and its reasons.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import type { ParticipantRole } from '../schema/events.ts';
import type { SiteInfo } from '../site.ts';
import { LIKELIHOOD_TERMS } from '../vocabulary.ts';
import { placeCountry } from '../analysis/place-tree.ts';
import { BundleBuilder, stixTypeOf } from './stix-builder.ts';
import {
  citedConfidence,
  endTimestamp,
  markingDefinition,
  startTimestamp,
  STIX_CONFIDENCE,
  STIX_NAMESPACE,
  type StixObject,
} from './stix-common.ts';
import { uuidV5 } from './uuid.ts';

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

/** Adds the objects an entry becomes, if any. */
function addEntry(builder: BundleBuilder, entry: Entry): void {
  const type = stixTypeOf(builder.kb, entry);
  if (!type) return;
  const base = {
    ...builder.common(entry, type),
    external_references: builder.externalReferences(entry, 'sources' in entry.data ? entry.data.sources : []),
  };
  const described = { name: entry.data.title, description: entry.data.summary };
  switch (entry.collection) {
    case 'actors': {
      const { data } = entry;
      const aliases = [...data.aliases, ...(data.nativeName ? [data.nativeName] : [])];
      const fields =
        type === 'threat-actor'
          ? { ...(data.from ? { first_seen: startTimestamp(data.from) } : {}), ...(data.to ? { last_seen: endTimestamp(data.to) } : {}) }
          : { identity_class: IDENTITY_CLASSES[data.kind] };
      // `identity` has no aliases property: its other names go into the description.
      const names = !aliases.length
        ? {}
        : type === 'threat-actor'
          ? { aliases }
          : { description: `${data.summary} Also known as: ${aliases.join('; ')}.` };
      builder.objects.push({ ...base, ...described, ...fields, ...names, x_kb_kind: data.kind });
      for (const region of builder.refs(data.regions)) builder.relationship(entry, 'located-at', base.id, region);
      return;
    }
    case 'places': {
      const { data } = entry;
      const country = placeCountry(builder.kb, entry);
      builder.objects.push({
        ...base,
        ...described,
        ...(country ? { country } : {}),
        ...(data.kind === 'city' ? { city: data.title } : {}),
        ...(data.coordinates ? { latitude: data.coordinates[0], longitude: data.coordinates[1] } : {}),
        x_kb_kind: data.kind,
      });
      return;
    }
    case 'events': {
      const { data } = entry;
      builder.objects.push({
        ...base,
        ...described,
        x_kb_kind: data.kind,
        x_kb_date: data.date,
        ...(data.endDate ? { x_kb_end_date: data.endDate } : {}),
        x_kb_approximate: data.approximate,
        x_kb_reporting: data.reporting,
        ...(citedConfidence(data.sources) !== undefined ? { confidence: citedConfidence(data.sources) } : {}),
        ...(data.casualties ? { x_kb_casualties: data.casualties } : {}),
      });
      for (const { actor, role } of data.participants) {
        const target = builder.ref(actor);
        if (target)
          builder.relationship(entry, ROLE_RELATIONSHIPS[role], base.id, target, { description: `Role: ${role}.`, x_kb_role: role }, role);
      }
      for (const place of builder.refs(data.places)) builder.relationship(entry, 'located-at', base.id, place);
      return;
    }
    case 'relationships': {
      const { data } = entry;
      const source = builder.ref(data.from);
      const target = builder.ref(data.to);
      if (!source || !target) return;
      const scope = builder.refs(data.scope);
      const evidence = builder.refs(data.evidence);
      builder.objects.push({
        ...base,
        relationship_type: data.kind,
        source_ref: source,
        target_ref: target,
        description: `${data.title}. ${data.summary}`,
        ...(data.start ? { start_time: startTimestamp(data.start) } : {}),
        ...(data.end ? { stop_time: endTimestamp(data.end) } : {}),
        confidence: STIX_CONFIDENCE[data.confidence],
        x_kb_confidence: data.confidence,
        ...(scope.length ? { x_kb_scope_refs: scope } : {}),
        ...(evidence.length ? { x_kb_evidence_refs: evidence } : {}),
      });
      return;
    }
    case 'judgments': {
      const { data } = entry;
      const bearing = (b: string) => builder.refs(data.evidence.filter((e) => e.bearing === b).map((e) => e.entry));
      const objectRefs = builder.refs([...data.about, ...data.evidence.map((e) => e.entry)]);
      if (!objectRefs.length) return;
      const likelihood = data.likelihood
        ? ` Likelihood: ${LIKELIHOOD_TERMS[data.likelihood].term} (${LIKELIHOOD_TERMS[data.likelihood].range}).`
        : '';
      const supersedes = data.supersedes ? builder.ref(data.supersedes) : undefined;
      builder.objects.push({
        ...base,
        abstract: data.title,
        content: `${data.summary} Confidence: ${data.confidence}.${likelihood} Status: ${data.status}.`,
        ...(data.analyst ? { authors: [data.analyst] } : {}),
        object_refs: objectRefs,
        confidence: STIX_CONFIDENCE[data.confidence],
        x_kb_confidence: data.confidence,
        ...(data.likelihood ? { x_kb_likelihood: data.likelihood } : {}),
        x_kb_status: data.status,
        x_kb_issued: data.issued,
        ...Object.fromEntries(
          (['supports', 'contradicts', 'context'] as const).flatMap((b) =>
            bearing(b).length ? [[`x_kb_evidence_${b}_refs`, bearing(b)]] : [],
          ),
        ),
        ...(supersedes ? { x_kb_supersedes_ref: supersedes } : {}),
      });
      return;
    }
    case 'briefings': {
      const objectRefs = builder.refs(entry.data.keyJudgments);
      if (objectRefs.length)
        builder.objects.push({
          ...base,
          ...described,
          published: startTimestamp(entry.data.date),
          report_types: ['threat-report'],
          object_refs: objectRefs,
        });
      return;
    }
    case 'sources': {
      // A source becomes a report on the objects that cite it; one nothing cites has nothing to report on.
      const citing = (builder.kb.graph.incoming.get(entry.slug) ?? []).filter((edge) => edge.field?.startsWith('sources['));
      const objectRefs = builder.refs(citing.map((edge) => edge.source));
      const { data } = entry;
      if (objectRefs.length) {
        builder.objects.push({
          ...base,
          ...described,
          published: startTimestamp(data.published),
          object_refs: objectRefs,
          external_references: [...base.external_references, ...(data.url ? [{ source_name: data.title, url: data.url }] : [])],
          x_kb_kind: data.kind,
          ...(data.reliability ? { x_kb_reliability: data.reliability } : {}),
          ...(data.authors.length ? { x_kb_authors: data.authors } : {}),
          ...(data.publisher ? { x_kb_publisher: data.publisher } : {}),
        });
      }
      return;
    }
  }
}

/** Relationship ends an object cannot do without; other references are dropped when dangling. */
const REQUIRED_REFS = new Set(['source_ref', 'target_ref']);

/**
 * The objects with every reference resolving inside the bundle. A reference can name an entry
 * that made no object (a relationship to a withheld actor is left out, and so is a report left
 * with nothing to report on), so dropping one object can strand another: repeat until stable.
 */
export function withoutDanglingRefs(objects: readonly StixObject[]): StixObject[] {
  let current = [...objects];
  for (;;) {
    const ids = new Set(current.map((o) => o.id));
    let changed = false;
    const next = current.flatMap((object) => {
      const kept: StixObject = { ...object };
      for (const [key, value] of Object.entries(object)) {
        if (key.endsWith('_ref') && typeof value === 'string' && !ids.has(value)) {
          if (REQUIRED_REFS.has(key)) return ((changed = true), []);
          delete kept[key];
          changed = true;
        } else if (key.endsWith('_refs') && Array.isArray(value)) {
          const resolving = (value as unknown[]).filter((id) => typeof id === 'string' && ids.has(id));
          if (resolving.length === value.length) continue;
          changed = true;
          if (key === 'object_refs' && !resolving.length) return [];
          if (resolving.length) kept[key] = resolving;
          else delete kept[key];
        }
      }
      return [kept];
    });
    if (!changed) return next;
    current = next;
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
  for (const list of Object.values(kb.byCollection)) for (const entry of list as readonly Entry[]) addEntry(builder, entry);
  const objects = [...[...builder.markings].sort().map(markingDefinition), ...builder.objects];
  const unique = withoutDanglingRefs([...new Map(objects.map((o) => [o.id, o])).values()]);
  const digest = createHash('sha256').update(JSON.stringify(unique)).digest('hex');
  return { type: 'bundle', id: `bundle--${uuidV5(STIX_NAMESPACE, digest)}`, objects: unique };
}
