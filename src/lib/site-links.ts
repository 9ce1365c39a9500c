/**
 * Markdown links and images that point into the site by path (`[x](/actors/some-slug/)`,
 * `/e/some-slug/`): which entry they name, so the check treats them as it treats wiki-links and
 * the renderer never publishes a withheld entry's slug through one.
 */
import { isCollectionName } from './schema/index.ts';

export type SiteLink =
  /** A path to an entry page; `suffix` is the query and fragment as written ("#history"). */
  | { kind: 'entry'; slug: string; suffix: string }
  /** A path whose percent-escapes do not decode ("/%E0%A4%A"): no server could answer it. */
  | { kind: 'malformed' };

/** `/<collection>/<slug>/` or `/e/<slug>/`, the closing slash optional. */
const ENTRY_PATH = /^\/([a-z]+)\/([^/]+)\/?$/;

/** What a link's URL names in the site, or undefined for anything else (another site, an anchor, a file). */
export function siteLink(url: string): SiteLink | undefined {
  const trimmed = url.trim();
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return undefined;
  const cut = trimmed.search(/[?#]/);
  const path = cut < 0 ? trimmed : trimmed.slice(0, cut);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { kind: 'malformed' };
  }
  const match = ENTRY_PATH.exec(decoded);
  if (!match || (match[1] !== 'e' && !isCollectionName(match[1]!))) return undefined;
  return { kind: 'entry', slug: match[2]!, suffix: cut < 0 ? '' : trimmed.slice(cut) };
}
