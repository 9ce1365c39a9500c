/**
 * The link graph of a release, built once: every frontmatter reference and body wiki-link as an
 * edge, with adjacency maps both ways so a page's links and backlinks are look-ups, not scans.
 */
import type { BodyLink } from './markdown/body-link.ts';
import { frontmatterReferences, MENTION_RELATION } from './references.ts';
import type { Entry } from './schema/index.ts';

export interface LinkEdge {
  source: string;
  target: string;
  /** How the target relates to the source, as shown on the target's page. */
  relation: string;
  /** The frontmatter field the link comes from … */
  field?: string;
  /** … or, for a body link, the sentence it sits in. */
  context?: string;
}

export interface LinkGraph {
  outgoing: ReadonlyMap<string, readonly LinkEdge[]>;
  incoming: ReadonlyMap<string, readonly LinkEdge[]>;
}

/**
 * A body link's edge. Its sentence is read when a page shows it: the check builds this graph and
 * never does. A class, so that the getter sits on the prototype and each of the many edges keeps
 * V8's compact object layout (an object literal with a getter does not).
 */
class MentionEdge implements LinkEdge {
  readonly source: string;
  readonly target: string;
  readonly relation = MENTION_RELATION;
  readonly #link: BodyLink;

  constructor(source: string, target: string, link: BodyLink) {
    this.source = source;
    this.target = target;
    this.#link = link;
  }

  get context(): string {
    return this.#link.context;
  }
}

function append(map: Map<string, LinkEdge[]>, key: string, edge: LinkEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/**
 * `resolve` turns a link target into the live slug of an included entry, or undefined for a
 * withheld or unknown one: those get no edge, so nothing about them reaches any page.
 */
export function buildLinkGraph(
  entries: readonly Entry[],
  bodyLinks: ReadonlyMap<string, readonly BodyLink[]>,
  resolve: (target: string) => string | undefined,
): LinkGraph {
  const outgoing = new Map<string, LinkEdge[]>();
  const incoming = new Map<string, LinkEdge[]>();
  const add = (edge: LinkEdge) => {
    if (edge.target === edge.source) return;
    append(outgoing, edge.source, edge);
    append(incoming, edge.target, edge);
  };
  for (const entry of entries) {
    for (const reference of frontmatterReferences(entry)) {
      const target = resolve(reference.target);
      if (target) add({ source: entry.slug, target, relation: reference.relation, field: reference.field });
    }
    for (const link of bodyLinks.get(entry.slug) ?? []) {
      const target = resolve(link.target);
      if (target) add(new MentionEdge(entry.slug, target, link));
    }
  }
  return { outgoing, incoming };
}
