/**
 * The cache key of a page for Astro's incremental build, which skips a page whose key and code
 * are unchanged since the last build. Pages render from their props only, so a digest of the
 * props (with the site's settings) changes whenever anything the page shows does. Entries inside
 * the props stand for themselves by their content digest (Astro's, of everything the loader
 * stored), which is cheaper to hash than their data and exactly as precise.
 */
import { createHash } from 'node:crypto';

/** The content digest of an object that is an entry, undefined for any other value. */
export type EntryDigest = (value: object) => string | undefined;

export function cacheKey(value: unknown, entryDigest: EntryDigest): string {
  const json = JSON.stringify(value, (_key, part: unknown) => {
    if (typeof part === 'function') throw new TypeError('A page with a cache key must have data as props, not functions.');
    if (part === null || typeof part !== 'object') return part;
    const digest = entryDigest(part);
    if (digest !== undefined) return { entry: digest };
    if (part instanceof Map) return { map: [...part] };
    if (part instanceof Set) return { set: [...part] };
    return part;
  });
  return createHash('sha256')
    .update(json ?? '')
    .digest('base64url');
}
