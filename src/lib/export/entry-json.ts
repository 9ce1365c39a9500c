/**
 * One entry as JSON for other tools: its typed data, the links it makes and the links to it, all
 * from the release-filtered knowledge base. References keep their place in the data: an old slug
 * becomes the live one, a reference to an entry withheld from this release becomes null.
 */
import type { LinkEdge } from '../graph.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { entryPath } from '../paths.ts';
import { frontmatterReferences } from '../references.ts';
import type { CollectionName, Entry } from '../schema/index.ts';
import { siteUrl, type SiteInfo } from '../site.ts';

interface EntryLinkJson {
  /** The entry at the other end. */
  slug: string;
  collection: CollectionName;
  /** How the target relates to the source, as the target's page says: "participant in", "cited by". */
  relation: string;
  /** The frontmatter field the link comes from; absent for a link in the body text. */
  field?: string;
  url: string;
}

export interface EntryJson {
  slug: string;
  collection: CollectionName;
  url: string;
  data: Record<string, unknown>;
  links: EntryLinkJson[];
  backlinks: EntryLinkJson[];
}

type Path = (string | number)[];

/** "participants[0].actor" → ["participants", 0, "actor"]. */
function parseFieldPath(field: string): Path {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

function setReference(data: Record<string, unknown>, path: Path, slug: string | null): void {
  let parent: Record<string | number, unknown> = data;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const current = parent[last];
  // A citation is `{ source, locator }`: the reference is its `source`.
  if (current && typeof current === 'object') (current as { source: string | null }).source = slug;
  else parent[last] = slug;
}

/** The entry's data with every reference resolved for this release. */
function releasedData(kb: KnowledgeBase, entry: Entry): Record<string, unknown> {
  const data = structuredClone(entry.data) as Record<string, unknown>;
  for (const reference of frontmatterReferences(entry)) {
    const resolution = kb.resolve(reference.target);
    setReference(data, parseFieldPath(reference.field), resolution.status === 'entry' ? resolution.entry.slug : null);
  }
  return data;
}

function linkJson(kb: KnowledgeBase, site: SiteInfo, slug: string, edge: LinkEdge): EntryLinkJson {
  const entry = kb.bySlug.get(slug)!;
  return {
    slug,
    collection: entry.collection,
    relation: edge.relation,
    ...(edge.field ? { field: edge.field } : {}),
    url: siteUrl(site, entryPath('/', entry.collection, slug)),
  };
}

export function entryJson(kb: KnowledgeBase, site: SiteInfo, entry: Entry): EntryJson {
  return {
    slug: entry.slug,
    collection: entry.collection,
    url: siteUrl(site, entryPath('/', entry.collection, entry.slug)),
    data: releasedData(kb, entry),
    links: (kb.graph.outgoing.get(entry.slug) ?? []).map((edge) => linkJson(kb, site, edge.target, edge)),
    backlinks: (kb.graph.incoming.get(entry.slug) ?? []).map((edge) => linkJson(kb, site, edge.source, edge)),
  };
}

export interface KnowledgeBaseJson {
  name: string;
  release: string;
  entries: EntryJson[];
}

/** The whole release in one document, entries in collection order, then by title. */
export function knowledgeBaseJson(kb: KnowledgeBase, site: SiteInfo): KnowledgeBaseJson {
  const entries = Object.values(kb.byCollection).flatMap((list: readonly Entry[]) => list.map((e) => entryJson(kb, site, e)));
  return { name: site.name, release: kb.release, entries };
}
