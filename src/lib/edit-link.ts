/**
 * "Suggest a correction": where a reader reports an error in an entry, built from the configured
 * edit address (KB_EDIT_URL), as Starlight's editLink does. The address is a URL pattern, e.g.
 * `https://git.example.org/kb/edit/main/{path}` (the entry's file in the repository's web
 * editor), or a `mailto:` address, which gets a subject naming the entry unless it has one.
 * Placeholders: {path} (the file, e.g. content/actors/al-qaeda.mdx), {slug}, {collection}.
 */
import type { Entry } from './schema/index.ts';

const PLACEHOLDER = /\{(path|slug|collection)\}/g;

/** Why `pattern` cannot be an edit address, or undefined when it can. */
export function editAddressProblem(pattern: string): string | undefined {
  const unknown = /\{(?!path\}|slug\}|collection\})[^}]*\}/.exec(pattern)?.[0];
  if (unknown) return `unknown placeholder ${unknown}; expected {path}, {slug} or {collection}`;
  const example = pattern.replace(PLACEHOLDER, 'x');
  if (!URL.canParse(example)) return 'expected an http(s) URL pattern or a mailto: address';
  const { protocol } = new URL(example);
  return ['http:', 'https:', 'mailto:'].includes(protocol)
    ? undefined
    : `expected an http(s) URL pattern or a mailto: address, found a ${protocol} address`;
}

/** The link that lets a reader suggest a correction to `entry`. */
export function correctionHref(pattern: string, entry: Pick<Entry, 'file' | 'slug' | 'collection' | 'data'>): string {
  const values = { path: entry.file.replace(/^(\.\.\/)+/, ''), slug: entry.slug, collection: entry.collection };
  const href = pattern.replace(PLACEHOLDER, (_, name: keyof typeof values) =>
    name === 'path' ? encodeURI(values.path) : encodeURIComponent(values[name]),
  );
  if (!href.startsWith('mailto:') || /[?&]subject=/i.test(href)) return href;
  const subject = encodeURIComponent(`Correction: ${entry.data.title} (${entry.slug})`);
  return `${href}${href.includes('?') ? '&' : '?'}subject=${subject}`;
}
