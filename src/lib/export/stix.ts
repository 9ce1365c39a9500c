/**
 * The knowledge base as a STIX 2.1 bundle for threat-intelligence platforms (OpenCTI, MISP).
 * Actors become threat actors or identities, places locations, events incidents, relationships
 * STIX relationships, judgments notes, briefings and cited sources reports; each object also
 * cites its sources as external references. Each collection's mapping is in its descriptor
 * (src/lib/collections/); docs/exports.md gives the mapping and its reasons.
 */
import { createHash } from 'node:crypto';
import { descriptorOf, fieldText } from '../collections/index.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import type { Entry } from '../schema/index.ts';
import type { SiteInfo } from '../site.ts';
import { BundleBuilder, type StixMapping } from './stix-builder.ts';
import { markingDefinition, STIX_NAMESPACE, type StixObject } from './stix-common.ts';
import { uuidV5 } from './uuid.ts';

/** The descriptors' STIX mapping, as the builder asks for it. */
function descriptorMapping(kb: KnowledgeBase): StixMapping {
  return {
    typeOf: (entry) => descriptorOf(entry).stix.type(kb, entry),
    recordDate: (entry) => fieldText(entry, descriptorOf(entry).stix.created),
  };
}

/** Adds the objects an entry becomes, if any. */
function addEntry(builder: BundleBuilder, entry: Entry): void {
  const base = builder.entryObject(entry);
  if (base) descriptorOf(entry).stix.objects(builder, entry, base);
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
  const builder = new BundleBuilder(kb, site, descriptorMapping(kb));
  for (const list of Object.values(kb.byCollection)) for (const entry of list as readonly Entry[]) addEntry(builder, entry);
  const objects = [...[...builder.markings].sort().map(markingDefinition), ...builder.objects];
  const unique = withoutDanglingRefs([...new Map(objects.map((o) => [o.id, o])).values()]);
  const digest = createHash('sha256').update(JSON.stringify(unique)).digest('hex');
  return { type: 'bundle', id: `bundle--${uuidV5(STIX_NAMESPACE, digest)}`, objects: unique };
}
