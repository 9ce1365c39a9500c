/**
 * What the analysis views show for a tie: its actors, kind, period, scope, confidence and
 * evidence as readable values, and the filter keys the as-of and scope controls use.
 */
import { formatDateRange, formatPartialDate } from '../dates.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { perKnowledgeBase } from '../per-knowledge-base.ts';
import { relationshipGraph } from '../analysis/relationship-graph.ts';
import { isOrganizationWide, tieIndex, type Tie } from '../analysis/ties.ts';
import { withBase } from '../paths.ts';
import type { RelationshipKind } from '../schema/relationships.ts';
import { linkView, type LinkView } from './references-view.ts';
import { humanize, RELATIONSHIP_VERBS } from '../vocabulary.ts';

/** The site colour a kind is drawn in (a CSS variable): red for enmity, green for accord, blue for hierarchy. */
export type TieTone = 'bad' | 'warn' | 'ok' | 'accent' | 'fg-muted';

/** How each kind is drawn: not by colour alone (dash pattern, double line, arrowhead). */
export const TIE_KIND_STYLES: Record<RelationshipKind, { label: string; tone: TieTone; dash?: string; double?: boolean }> = {
  hostility: { label: 'Hostility', tone: 'bad', double: true },
  rivalry: { label: 'Rivalry', tone: 'warn', dash: '9 4' },
  truce: { label: 'Truce', tone: 'ok', dash: '2 4' },
  cooperation: { label: 'Cooperation', tone: 'ok' },
  'pledged-allegiance': { label: 'Pledged allegiance', tone: 'accent', dash: '8 4' },
  'branch-of': { label: 'Branch of', tone: 'accent' },
  leads: { label: 'Leads', tone: 'fg-muted', dash: '12 3 3 3' },
  'member-of': { label: 'Member of', tone: 'fg-muted', dash: '4 2' },
  'media-arm-of': { label: 'Media arm of', tone: 'accent', dash: '2 3' },
  'split-from': { label: 'Split from', tone: 'warn', dash: '6 2 1 2' },
};

export interface TieView {
  slug: string;
  href?: string;
  kind: RelationshipKind;
  kindLabel: string;
  /** "cooperation with", "pledged allegiance to" … */
  verb: string;
  directed: boolean;
  from: LinkView;
  to: LinkView;
  /** The two actors' slugs, for the actor filter. */
  actors: [string, string];
  /** "Feb 2014 – Mar 2015", "since Feb 2014", "since unknown". */
  period: string;
  /** Places, or empty for an organization-wide tie. */
  scope: LinkView[];
  organizationWide: boolean;
  confidence: string;
  evidence: LinkView[];
  /** First and last day keys ("" when open), for the as-of control. */
  first: string;
  last: string;
  /** On an actor's page: the tie as seen from that actor ("led by", "hostility with") and the other side. */
  perspective?: { verb: string; other: LinkView };
}

/** A directed kind read from its second actor: "Islamic State" is "led by" Abu Bakr al-Baghdadi. */
const INVERSE_VERBS: Partial<Record<RelationshipKind, string>> = {
  'pledged-allegiance': 'allegiance pledged by',
  'branch-of': 'has as a branch',
  leads: 'led by',
  'member-of': 'has as a member',
  'media-arm-of': 'has as a media arm',
  'split-from': 'split off by',
};

function tiePeriod(tie: Tie): string {
  if (!tie.start) return tie.end ? `since unknown – ${formatPartialDate(tie.end)}` : 'since unknown';
  return formatDateRange(tie.start, tie.end)!;
}

export function tieView(kb: KnowledgeBase, tie: Tie): TieView {
  const self = linkView(kb, tie.slug);
  return {
    slug: tie.slug,
    ...(self.href ? { href: self.href } : {}),
    kind: tie.kind,
    kindLabel: TIE_KIND_STYLES[tie.kind].label,
    verb: RELATIONSHIP_VERBS[tie.kind],
    directed: tie.directed,
    from: linkView(kb, tie.from),
    to: linkView(kb, tie.to),
    actors: [tie.from, tie.to],
    period: tiePeriod(tie),
    scope: [...tie.scope.map((place) => linkView(kb, place)), ...(tie.scopeWithheld ? [{ text: 'withheld' }] : [])],
    organizationWide: isOrganizationWide(tie),
    confidence: humanize(tie.confidence),
    evidence: tie.evidence.map((event) => linkView(kb, event)),
    first: tie.interval.first ?? '',
    last: tie.interval.last ?? '',
  };
}

export interface ActorTiesView {
  actor: string;
  ties: TieView[];
  /** The relationship graph focused on the actor, when the actor is drawn there. */
  graphHref?: string;
}

const drawnActors = perKnowledgeBase((kb) => new Set(relationshipGraph(kb).nodes.map((node) => node.slug)));

/** An actor's ties in time order, each as seen from the actor: a look-up in the tie index, built once per build. */
export function actorTiesView(kb: KnowledgeBase, slug: string): ActorTiesView {
  const ties = (tieIndex(kb).byActor.get(slug) ?? []).map((tie) => {
    const view = tieView(kb, tie);
    const isFrom = tie.from === slug;
    const verb = isFrom ? view.verb : (INVERSE_VERBS[tie.kind] ?? view.verb);
    return { ...view, perspective: { verb, other: isFrom ? view.to : view.from } };
  });
  return {
    actor: kb.bySlug.get(slug)!.data.title,
    ties,
    ...(drawnActors(kb).has(slug) ? { graphHref: `${withBase(kb.base, 'graph/')}?actor=${slug}` } : {}),
  };
}
