/**
 * An entry as it stood at an edition (`/editions/<name>/<collection>/<slug>/`), built from the
 * released snapshot of that edition: which addresses to make (the latest editions only, so the
 * cost stays bounded), which of them are pages and which redirects, and what a page shows: the
 * fields and the body as they stood, links leading to the linked entries as they stood at the
 * same edition. References to entries the edition did not release are left out, as in a diff.
 */
import type { Edition, SiteHistory } from '../history/editions.ts';
import { describeValue, releasedData } from '../history/field-diff.ts';
import { sameVersion, snapshotLinks, type Snapshot } from '../history/history.ts';
import type { LinkResolver } from '../links.ts';
import { analyzeBody } from '../markdown/body.ts';
import { createBodyRenderer, type BodyRenderer } from '../markdown/render.ts';
import { editionBase, editionEntryPath } from '../paths.ts';
import type { Entry } from '../schema/index.ts';
import { wording } from './changes-view.ts';
import type { Redirect } from './redirect-page.ts';

export interface EditionEntryOptions {
  /** How many of the latest editions have an address per entry (`editionPages`). */
  count: number;
  base: string;
  /** The components bodies may use. */
  components: readonly string[];
  /** This build's link resolver: whether an entry is still published, and where. */
  current: LinkResolver;
}

type EditionRef = Pick<Edition, 'name' | 'date' | 'commit'>;

export interface EditionEntryPage {
  edition: EditionRef;
  entry: Entry;
  /** The entry's fields at that edition, as a reader sees them. */
  fields: { field: string; value: string }[];
  /** The body as it stood, its links to the entries as they stood then; undefined when it can no longer be rendered. */
  bodyHtml: string | undefined;
  /** The body uses components, which this page shows as plain text (their labels and attributions left out). */
  componentsAsText: boolean;
  /** The body links entries (each to the entry as it stood at the same edition). */
  linksEntries: boolean;
  /** The entry's current page, when this build publishes it. */
  currentHref?: string;
}

/** The address of an entry unchanged since the edition: it leads to the current page, which shows the same. */
export interface EditionRedirect extends Redirect {
  /** Its file in the built site (whose folder is the base path): `editions/<name>/<collection>/<slug>/index.html`. */
  file: string;
}

/** Shown elsewhere on the page (title, summary) or not at all (former IDs). */
const OMITTED = new Set(['title', 'summary', 'formerSlugs', 'aliases', 'tags']);

function fieldsOf(entry: Entry, isReleased: (slug: string) => boolean): EditionEntryPage['fields'] {
  return Object.entries(releasedData(entry, isReleased))
    .filter(([field, value]) => !OMITTED.has(field) && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([field, value]) => ({ field, value: wording(field, describeValue(value)) ?? '' }));
}

interface EditionEntry {
  edition: EditionRef;
  snapshot: Snapshot;
  entry: Entry;
  /** The current page, when the entry reads the same today: its edition address redirects there. */
  redirectTo?: string;
  currentHref?: string;
}

/**
 * Every entry of each of the latest editions. One that reads the same today (a full page per
 * entry and edition would multiply the build's cost) is a redirect to its current page, which
 * offers the edition's address for citing; it becomes a page in the first build after it changes.
 */
function editionEntries(history: SiteHistory, { count, current }: EditionEntryOptions): EditionEntry[] {
  if (!history.available) return [];
  return history.editions.slice(0, count).flatMap(({ name, date, commit }) => {
    const snapshot = history.snapshots.get(name);
    if (!snapshot) return [];
    return [...snapshot].map(([id, entry]) => {
      const now = current(entry.slug);
      const currentHref = now.status === 'entry' ? now.href : undefined;
      const today = history.head.get(id);
      const unchanged = today !== undefined && sameVersion(today, entry);
      return {
        edition: { name, date, commit },
        snapshot,
        entry,
        ...(currentHref ? { currentHref } : {}),
        ...(currentHref && unchanged ? { redirectTo: currentHref } : {}),
      };
    });
  });
}

/** The sentence of an edition redirect, also its description. */
function unchangedNote({ name, date, commit }: EditionRef): string {
  return `Unchanged since edition ${name} (${date.slice(0, 10)}, commit ${commit}); the current page shows it as it stood then:`;
}

/** The addresses of entries unchanged since an edition, as redirects to their current pages. */
export function editionRedirects(history: SiteHistory, options: EditionEntryOptions): EditionRedirect[] {
  return editionEntries(history, options).flatMap(({ edition, entry, redirectTo }) =>
    redirectTo
      ? [
          {
            file: `${editionEntryPath('', edition.name, entry.collection, entry.slug).slice(1)}index.html`,
            to: redirectTo,
            title: entry.data.title,
            note: unchangedNote(edition),
          },
        ]
      : [],
  );
}

/** The entries that changed since an edition (or left the knowledge base), each as a page of what it was then. */
export function editionEntryPages(history: SiteHistory, options: EditionEntryOptions): EditionEntryPage[] {
  const renderers = new Map<Snapshot, { isReleased: (slug: string) => boolean; render: BodyRenderer }>();
  const rendererOf = (snapshot: Snapshot, edition: string) => {
    if (!renderers.has(snapshot)) {
      // Links lead to the linked entries at the same edition (each has an address there, a page or a redirect).
      const { resolve, isReleased } = snapshotLinks(snapshot.values(), editionBase(options.base, edition));
      renderers.set(snapshot, { isReleased, render: createBodyRenderer(resolve, options.base) });
    }
    return renderers.get(snapshot)!;
  };
  return editionEntries(history, options).flatMap(({ edition, snapshot, entry, redirectTo, currentHref }) => {
    if (redirectTo) return [];
    const { isReleased, render } = rendererOf(snapshot, edition.name);
    const { mdxSyntax, links } = analyzeBody(entry.body, { components: options.components });
    return [
      {
        edition,
        entry,
        fields: fieldsOf(entry, isReleased),
        bodyHtml: renderOldBody(render, entry.body, mdxSyntax),
        componentsAsText: mdxSyntax,
        linksEntries: links.length > 0,
        ...(currentHref ? { currentHref } : {}),
      },
    ];
  });
}

function renderOldBody(render: BodyRenderer, body: string, mdxSyntax: boolean): string | undefined {
  try {
    return render(body, mdxSyntax);
  } catch {
    // An old version the renderer refuses (a construct no longer allowed): the page says so, the build goes on.
    return undefined;
  }
}

/** The names of the editions that have a page per entry: the latest `count`. */
export function editionsWithPages(history: SiteHistory, count: number): ReadonlySet<string> {
  return new Set(history.available ? history.editions.slice(0, count).map((edition) => edition.name) : []);
}
