/**
 * The machine-readable forms of the history: `/data/changes.json` (the editions and the changes
 * since the latest, as the change pages show them) and Atom feeds, one of the editions
 * (`/changes.xml`) and one per entry (its revisions), so a reader can follow an actor. Only
 * released values are in them (history.ts); ids are name-based UUIDs, so a feed reader sees the
 * same item on every build, whether or not the site's address is known.
 */
import { escapeHtml } from '../escape-html.ts';
import { uuidV5 } from '../export/uuid.ts';
import { siteUrl, type SiteInfo } from '../site.ts';
import { changeLine, type ChangeLine } from '../view/changes-view.ts';
import { changeSummary, type Edition, type SiteHistory } from './editions.ts';
import type { ChangeSet, EntryRef, Revision } from './history.ts';

/** The namespace of the feeds' item ids. */
const FEED_NAMESPACE = '6f1d4c52-8a0e-5b7f-9c3d-2e4a6b8c0d1f';

export function changesJson(history: SiteHistory, release: string): string {
  if (!history.available) return `${JSON.stringify({ release, history: false, editions: [] }, null, 2)}\n`;
  return `${JSON.stringify({ release, history: true, editions: history.editions, ...(history.sinceLatest ? { sinceLatest: history.sinceLatest } : {}) }, null, 2)}\n`;
}

/** One change as HTML, for an Atom entry's content. */
export function changeLineHtml(line: ChangeLine): string {
  const field = `<code>${escapeHtml(line.field)}</code>: `;
  if (line.kind === 'value')
    return `${field}${line.before === undefined ? '(none)' : `<del>${escapeHtml(line.before)}</del>`} → ${line.after === undefined ? '(none)' : `<ins>${escapeHtml(line.after)}</ins>`}`;
  if (line.kind === 'list') {
    return (
      field +
      [
        ...line.added.map((item) => `added <ins>${escapeHtml(item)}</ins>`),
        ...line.removed.map((item) => `removed <del>${escapeHtml(item)}</del>`),
      ].join('; ')
    );
  }
  return (
    field +
    line.segments
      .map(({ kind, text }) =>
        kind === 'same' ? escapeHtml(text) : kind === 'added' ? `<ins>${escapeHtml(text)}</ins>` : `<del>${escapeHtml(text)}</del>`,
      )
      .join('')
  );
}

function entryLine(site: SiteInfo, status: string, entry: EntryRef, lines: readonly ChangeLine[] = [], renamedFrom?: string): string {
  const renamed = renamedFrom ? ` (renamed from ${escapeHtml(renamedFrom)})` : '';
  const changes = lines.length ? `<ul>${lines.map((line) => `<li>${changeLineHtml(line)}</li>`).join('')}</ul>` : '';
  const title =
    status === 'removed'
      ? escapeHtml(entry.title)
      : `<a href="${escapeHtml(siteUrl(site, `/${entry.collection}/${entry.slug}/`))}">${escapeHtml(entry.title)}</a>`;
  return `<li>${status} ${title}${renamed}${changes}</li>`;
}

function changeSetHtml(changes: ChangeSet, site: SiteInfo): string {
  const items = [
    ...changes.changed.map((change) => entryLine(site, 'changed', change.entry, change.changes.map(changeLine), change.renamedFrom)),
    ...changes.added.map((entry) => entryLine(site, 'added', entry)),
    ...changes.removed.map((entry) => entryLine(site, 'removed', entry)),
  ];
  return `<ul>${items.join('')}</ul>`;
}

interface FeedItem {
  key: string;
  title: string;
  updated: string;
  link: string;
  html: string;
}

function atom(
  site: SiteInfo,
  { title, self, alternate, items }: { title: string; self: string; alternate: string; items: readonly FeedItem[] },
): string {
  const updated =
    items
      .map((item) => item.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>urn:uuid:${uuidV5(FEED_NAMESPACE, self)}</id>`,
    `  <title>${escapeHtml(title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(siteUrl(site, self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(siteUrl(site, alternate))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeHtml(site.name)}</name></author>`,
    ...items.map((item) =>
      [
        '  <entry>',
        `    <id>urn:uuid:${uuidV5(FEED_NAMESPACE, item.key)}</id>`,
        `    <title>${escapeHtml(item.title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeHtml(siteUrl(site, item.link))}"/>`,
        `    <updated>${item.updated}</updated>`,
        ...(item.html ? [`    <content type="html">${escapeHtml(item.html)}</content>`] : []),
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}

/** The editions, newest first, each with its changes. */
export function editionsFeed(editions: readonly Edition[], site: SiteInfo): string {
  return atom(site, {
    title: `${site.name}: editions`,
    self: '/changes.xml',
    alternate: '/changes/',
    items: editions.map((edition) => ({
      key: `edition/${edition.name}`,
      title: `Edition ${edition.name}: ${changeSummary(edition.changes)}`,
      updated: new Date(edition.date).toISOString(),
      link: `/changes/${edition.name}/`,
      html: changeSetHtml(edition.changes, site),
    })),
  });
}

const REVISION_TITLES = { added: 'Published', removed: 'Withdrawn', changed: 'Changed' } as const;

/** One entry's revisions, newest first. */
export function entryHistoryFeed(entry: EntryRef, revisions: readonly Revision[], site: SiteInfo): string {
  const page = `/${entry.collection}/${entry.slug}/`;
  return atom(site, {
    title: `${site.name}: history of ${entry.title}`,
    self: `${page}history.xml`,
    alternate: page,
    items: [...revisions].reverse().map((revision) => {
      const fields = revision.changes.map((change) => change.field);
      const renamed = revision.renamedFrom ? [`renamed from ${revision.renamedFrom}`] : [];
      const what = [...renamed, ...fields].join(', ');
      return {
        key: `${entry.collection}/${entry.slug}@${revision.commit}`,
        title: `${REVISION_TITLES[revision.kind]}${what ? `: ${what}` : ''}`,
        updated: new Date(revision.date).toISOString(),
        link: page,
        html: revision.changes.length
          ? `<ul>${revision.changes.map((change) => `<li>${changeLineHtml(changeLine(change))}</li>`).join('')}</ul>`
          : '',
      };
    }),
  });
}

/**
 * The feed of each current entry with a history, as a file of the built site
 * (`<collection>/<slug>/history.xml`): the build writes them itself rather than as a route each.
 */
export function entryHistoryFeedFiles(
  entries: Iterable<EntryRef>,
  history: SiteHistory,
  site: SiteInfo,
): { file: string; content: string }[] {
  if (!history.available) return [];
  return [...entries].flatMap((entry) => {
    const entryHistory = history.entries.get(entry.slug);
    return entryHistory
      ? [{ file: `${entry.collection}/${entry.slug}/history.xml`, content: entryHistoryFeed(entry, entryHistory.revisions, site) }]
      : [];
  });
}
