/** Release filtering: a build for one TLP level leaves out every entry marked above it. */
import { MARKINGS, type Entry, type Marking } from './schema/index.ts';

export function isReleasable(marking: Marking, release: Marking): boolean {
  return MARKINGS.indexOf(marking) <= MARKINGS.indexOf(release);
}

export function filterForRelease(entries: readonly Entry[], release: Marking): { included: Entry[]; withheld: Set<string> } {
  const included: Entry[] = [];
  const withheld = new Set<string>();
  for (const entry of entries) {
    if (isReleasable(entry.data.marking, release)) included.push(entry);
    else withheld.add(entry.slug);
  }
  return { included, withheld };
}
