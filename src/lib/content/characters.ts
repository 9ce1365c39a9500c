/**
 * Characters an author cannot see: controls (tab and line breaks aside), bidirectional overrides
 * and isolates, which reorder the text around them, and zero-width spaces. In a title or a name
 * they disguise what readers and search see. (Zero-width joiners, needed by some scripts, pass.)
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\u202a-\u202e\u2066-\u2069\ufeff]/;

/** "U+202E" */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with everything outside printable ASCII written as \u{…}, to show what a name really holds. */
export function revealCharacters(text: string): string {
  return [...text].map((c) => (/^[\x20-\x7e]$/.test(c) ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`)).join('');
}

export interface HiddenCharacter {
  /** Where the string is in the data, e.g. ["aliases", 2]. */
  path: (string | number)[];
  character: string;
}

/** The first hidden character of every string in parsed frontmatter. */
export function findHiddenCharacters(data: unknown, path: (string | number)[] = []): HiddenCharacter[] {
  if (typeof data === 'string') {
    const character = HIDDEN.exec(data)?.[0];
    return character ? [{ path, character }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => findHiddenCharacters(item, [...path, i]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findHiddenCharacters(value, [...path, key]));
  }
  return [];
}
