/**
 * The Atom feed of recently updated entries and the sitemap. Both formats need absolute URLs, so
 * they are written only when the site's public origin (SITE_URL) is known.
 */
import { partialDateSortKey } from '../dates.ts';
import { lastUpdated } from '../collections/index.ts';
import type { KnowledgeBase } from '../knowledge-base.ts';
import { collectionPath, entryPath } from '../paths.ts';
import { COLLECTIONS, type Entry } from '../schema/index.ts';
import { siteUrl, type SiteInfo } from '../site.ts';
import { COLLECTION_LABELS } from '../vocabulary.ts';
import { escapeHtml } from '../escape-html.ts';

/** How many entries the feed lists. */
const FEED_SIZE = 50;

/** A partial date as an RFC 3339 timestamp: its first day, midnight UTC. */
function timestamp(partialDate: string): string {
  return `${partialDateSortKey(partialDate)}T00:00:00Z`;
}

/** Entries that carry an update date, newest first. */
function recentlyUpdated(kb: KnowledgeBase, limit = FEED_SIZE): { entry: Entry; updated: string }[] {
  return [...kb.bySlug.values()]
    .flatMap((entry) => {
      const updated = lastUpdated(entry);
      return updated ? [{ entry, updated }] : [];
    })
    .sort((a, b) => partialDateSortKey(b.updated).localeCompare(partialDateSortKey(a.updated)) || a.entry.slug.localeCompare(b.entry.slug))
    .slice(0, limit);
}

export function atomFeed(kb: KnowledgeBase, site: Required<SiteInfo>): string {
  const recent = recentlyUpdated(kb);
  const home = siteUrl(site, '/');
  const feedUpdated = recent[0] ? timestamp(recent[0].updated) : '1970-01-01T00:00:00Z';
  const entries = recent.map(({ entry, updated }) => {
    const url = siteUrl(site, entryPath('/', entry.collection, entry.slug));
    return [
      '  <entry>',
      `    <id>${escapeHtml(url)}</id>`,
      `    <title>${escapeHtml(entry.data.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(url)}"/>`,
      `    <updated>${timestamp(updated)}</updated>`,
      `    <category term="${entry.collection}" label="${COLLECTION_LABELS[entry.collection].singular}"/>`,
      `    <summary>${escapeHtml(entry.data.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeHtml(home)}</id>`,
    `  <title>${escapeHtml(site.name)}: recently updated entries</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(siteUrl(site, '/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(home)}"/>`,
    `  <updated>${feedUpdated}</updated>`,
    `  <author><name>${escapeHtml(site.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** Every page a search engine or an archiver should know: home, collection indexes, entries. */
export function sitemap(kb: KnowledgeBase, site: Required<SiteInfo>): string {
  const url = (path: string, lastmod?: string) =>
    `  <url><loc>${escapeHtml(siteUrl(site, path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
  const collections = COLLECTIONS.filter((c) => kb.byCollection[c].length > 0);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    ...collections.map((c) => url(collectionPath('/', c))),
    // W3C Datetime accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD", so partial dates go in as written.
    ...collections.flatMap((c) => kb.byCollection[c].map((e: Entry) => url(entryPath('/', c, e.slug), lastUpdated(e)))),
    '</urlset>',
    '',
  ].join('\n');
}
