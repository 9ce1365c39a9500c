/**
 * Which frontmatter fields point at other entries, which collections they may point at, and how
 * the target relates to the entry that points at it ("participant in", "cited by"), read off the
 * collections' schemas, where each reference field is declared with `ref()` (schema/ref.ts).
 * The label is phrased from the target's side, because it is shown on the target's page.
 */
import type { z } from 'zod';
import { references, type Reference } from './schema/ref.ts';
import { collectionSchemas, type CollectionName, type Entry } from './schema/index.ts';

export interface FrontmatterReference {
  /** The field as an author would find it: "participants[0].actor". */
  field: string;
  target: string;
  /** Collections the target may belong to. */
  expected: readonly CollectionName[];
  /** How the target relates to the referring entry, shown on the target's page. */
  relation: string;
}

/** The relation of a page to an entry that links it from body text. */
export const MENTION_RELATION = 'mentioned in';

/** What a zod 4 schema is made of, as far as references can sit inside it. */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: SchemaDef }).def;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function relationOf(reference: Reference, parent: unknown): string {
  if (typeof reference.relation === 'string') return reference.relation;
  const by = isRecord(parent) ? parent[reference.relation.by] : undefined;
  return (typeof by === 'string' ? reference.relation.relations[by] : undefined) ?? 'linked from';
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`)).join('');
}

/** The references in `value`, walking its schema alongside it; `parent` is the object holding it. */
function collect(schema: z.ZodType, value: unknown, parent: unknown, path: (string | number)[], found: FrontmatterReference[]): void {
  if (value === undefined || value === null) return;
  const reference = references.get(schema);
  if (reference) {
    const target = reference.key && isRecord(value) ? value[reference.key] : value;
    if (typeof target === 'string') {
      found.push({ field: fieldName(path), target, expected: reference.collections, relation: relationOf(reference, parent) });
    }
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'prefault':
      return collect(def.innerType!, value, parent, path, found);
    case 'pipe':
      return collect(def.in!, value, parent, path, found);
    case 'object':
      if (isRecord(value)) for (const [key, field] of Object.entries(def.shape!)) collect(field, value[key], value, [...path, key], found);
      return;
    case 'array':
      if (Array.isArray(value)) value.forEach((item, i) => collect(def.element!, item, parent, [...path, i], found));
      return;
    case 'union':
      for (const option of def.options!) collect(option, value, parent, path, found);
      return;
  }
}

/** Every reference an entry's frontmatter makes, in the order of its collection's fields. */
export function frontmatterReferences(entry: Entry): FrontmatterReference[] {
  const found: FrontmatterReference[] = [];
  collect(collectionSchemas[entry.collection], entry.data, undefined, [], found);
  return found;
}
