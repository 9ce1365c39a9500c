/**
 * What a name in a collection folder is: an entry file (`<slug>.mdx`), a name close enough that
 * the author plainly meant an entry (`misnamed`: an error, so no entry is lost without a word), an
 * editor's backup (a warning), another file, or a hidden file the walk leaves alone (`.DS_Store`).
 */
export type NameVerdict =
  | { kind: 'entry'; slug: string }
  | { kind: 'misnamed'; message: string }
  | { kind: 'backup'; message: string }
  | { kind: 'other' }
  | { kind: 'hidden' };

/** Copies editors and tools leave beside a file: `x.mdx~`, `x.mdx.bak`, `x.mdx.orig`, `#x.mdx#`, `.#x.mdx`. */
const BACKUP = /~$|\.(?:bak|backup|orig|old|tmp|swp|swo)$|^#.*#$|^\.#/i;
/** Markdown's other extensions, in any case. */
const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;

export function classifyEntryName(name: string): NameVerdict {
  if (BACKUP.test(name)) {
    return { kind: 'backup', message: 'looks like an editor backup and is not read; delete it, or rename it to <slug>.mdx if it is an entry' };
  }
  if (name.startsWith('.')) return { kind: 'hidden' };
  if (name.endsWith('.mdx')) return { kind: 'entry', slug: name.slice(0, -'.mdx'.length) };
  const trimmed = name.trim();
  if (trimmed !== name && trimmed.toLowerCase().endsWith('.mdx')) {
    return { kind: 'misnamed', message: `the name has spaces before or after it, so it is not read as an entry: rename it to "${trimmed}"` };
  }
  if (name.toLowerCase().endsWith('.mdx')) {
    return { kind: 'misnamed', message: `entries end in lowercase ".mdx": rename it to "${name.slice(0, -4)}.mdx"` };
  }
  if (MARKDOWN.test(name)) {
    return { kind: 'misnamed', message: `entries are MDX files: rename it to "${name.replace(MARKDOWN, '')}.mdx"` };
  }
  return { kind: 'other' };
}
