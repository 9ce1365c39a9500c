/**
 * Markdown links and images that point into the site by path (`[x](/actors/some-slug/)`,
 * `/e/some-slug/`): which entry they name, so the check treats them as it treats wiki-links and
 * the renderer never publishes a withheld entry's slug through one; and which links are other
 * paths in the site or relative paths, which the check matches against the site's pages
 * (src/lib/site-routes.ts) or refuses.
 */
import { isCollectionName } from './schema/index.ts';

export type SiteLink =
  /** A path to an entry page; `suffix` is the query and fragment as written ("#history"). */
  | { kind: 'entry'; slug: string; suffix: string }
  /** Any other path in the site (`/methodology/`, `/data/events.csv`), decoded, for the check to match against its pages. */
  | { kind: 'path'; path: string; suffix: string }
  /** A path relative to the page it is on (`../actors/x/`, `x/`). */
  | { kind: 'relative' }
  /** A path whose percent-escapes do not decode ("/%E0%A4%A"): no server could answer it. */
  | { kind: 'malformed' };

/** `/<collection>/<slug>/` or `/e/<slug>/`, the closing slash optional. */
const ENTRY_PATH = /^\/([a-z]+)\/([^/]+)\/?$/;

/** A URL with a scheme (`https:`, `mailto:`), or one that starts at another host (`//`), a fragment or a query. */
const NOT_A_PATH = /^(?:[a-z][a-z\d+.-]*:|\/\/|[#?])/i;

/** What a link's URL names in the site, or undefined for anything else (another site, an anchor on the page). */
export function siteLink(url: string): SiteLink | undefined {
  const trimmed = url.trim();
  if (!trimmed || NOT_A_PATH.test(trimmed)) return undefined;
  if (!trimmed.startsWith('/')) return { kind: 'relative' };
  const cut = trimmed.search(/[?#]/);
  const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { kind: 'malformed' };
  }
  const suffix = cut < 0 ? '' : trimmed.slice(cut);
  const match = ENTRY_PATH.exec(decoded);
  if (!match || (match[1] !== 'e' && !isCollectionName(match[1]!))) return { kind: 'path', path: decoded, suffix };
  return { kind: 'entry', slug: match[2]!, suffix };
}
