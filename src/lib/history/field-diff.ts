/**
 * What changed between two released versions of an entry, field by field: a value changed
 * (`likelihood: likely → very likely`), items added to or removed from a list (participants,
 * places, sources, evidence), or text changed (title, summary, body) as a word diff. A reference
 * to an entry this build does not release is left out of both versions before they are compared,
 * so neither its slug nor the fact that it changed can show.
 */
import { frontmatterReferences } from '../references.ts';
import type { Entry } from '../schema/index.ts';
import { diffText, hasChanges, type DiffSegment } from './text-diff.ts';

export type FieldChange =
  | { field: string; kind: 'value'; before?: string; after?: string }
  | { field: string; kind: 'list'; added: string[]; removed: string[] }
  | { field: string; kind: 'text'; segments: DiffSegment[] };

/** Fields compared as text, word by word. */
const TEXT_FIELDS = new Set(['title', 'summary']);
/** Fields shown otherwise: a rename is its own line, not a list of former slugs. */
const SKIPPED_FIELDS = new Set(['formerSlugs']);

type Data = Record<string, unknown>;

/** A value as a reader sees it in a change line. */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(describeValue).join('; ');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => `${key}: ${describeValue(inner)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * The entry's data without the references this build may not show: a list item holding one is
 * dropped, a single reference field is left empty.
 */
export function releasedData(entry: Entry, isReleased: (slug: string) => boolean): Data {
  const data: Data = { ...(entry.data as Data) };
  const droppedItems = new Map<string, Set<number>>();
  for (const reference of frontmatterReferences(entry)) {
    if (isReleased(reference.target)) continue;
    const [, field = '', index] = /^([^.[]+)(?:\[(\d+)\])?/.exec(reference.field) ?? [];
    if (index === undefined) delete data[field];
    else droppedItems.set(field, (droppedItems.get(field) ?? new Set()).add(Number(index)));
  }
  for (const [field, indexes] of droppedItems) data[field] = (data[field] as unknown[]).filter((_, i) => !indexes.has(i));
  return data;
}

function listChange(field: string, before: readonly unknown[], after: readonly unknown[]): FieldChange | undefined {
  const beforeItems = before.map(describeValue);
  const afterItems = after.map(describeValue);
  const added = afterItems.filter((item) => !beforeItems.includes(item));
  const removed = beforeItems.filter((item) => !afterItems.includes(item));
  return added.length || removed.length ? { field, kind: 'list', added, removed } : undefined;
}

function fieldChange(field: string, before: unknown, after: unknown): FieldChange | undefined {
  if (Array.isArray(before) || Array.isArray(after)) {
    return listChange(field, Array.isArray(before) ? before : [], Array.isArray(after) ? after : []);
  }
  const was = before === undefined ? undefined : describeValue(before);
  const is = after === undefined ? undefined : describeValue(after);
  if (was === is) return undefined;
  if (TEXT_FIELDS.has(field)) return { field, kind: 'text', segments: diffText(was ?? '', is ?? '') };
  return { field, kind: 'value', ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) };
}

export interface VersionPair {
  before: Entry;
  after: Entry;
  /** Whether a referenced slug is an entry of this release. */
  isReleased: (slug: string) => boolean;
  /** The body as text, links to withheld entries already hidden (see body-text.ts). */
  bodyText: (entry: Entry) => string;
}

/** Every field that differs, in the order of the newer version's fields, then the body. */
export function diffVersions({ before, after, isReleased, bodyText }: VersionPair): FieldChange[] {
  const was = releasedData(before, isReleased);
  const is = releasedData(after, isReleased);
  const fields = [...new Set([...Object.keys(is), ...Object.keys(was)])].filter((field) => !SKIPPED_FIELDS.has(field));
  const changes = fields.flatMap((field) => fieldChange(field, was[field], is[field]) ?? []);
  if (before.body !== after.body) {
    const segments = diffText(bodyText(before), bodyText(after));
    if (hasChanges(segments)) changes.push({ field: 'body', kind: 'text', segments });
  }
  return changes;
}
