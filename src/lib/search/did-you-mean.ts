/**
 * "Did you mean": when no entry matches, the known names closest to the query, compared by their
 * search keys (so only differences the spelling rules do not already fold count).
 */
import type { NameList } from './lexicon-format.ts';

/** Edits (insert, delete, change, swap two neighbours) from `a` to `b`; stops counting past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many edits a query of this many letters may be from a name: one in four letters, at least one. */
const allowedEdits = (length: number) => Math.max(1, Math.floor(length / 4));
/** A query this long that begins a name suggests it (typing "Qalam" suggests "Qalamoun"). */
const MIN_PREFIX = 4;

/** A name's keys and each of their ends from a word on: "abu hamza kahtani", "hamza kahtani", "kahtani" (a surname alone is typed too). */
export function nameEnds(keys: string): string[] {
  const words = keys.split(' ');
  return words.map((_, i) => words.slice(i).join(' '));
}

function distanceToName(queryKeys: string, keys: string, allowed: number): number {
  return queryKeys.length >= MIN_PREFIX && keys.startsWith(queryKeys) ? 0.5 : editDistance(queryKeys, keys, allowed);
}

/**
 * Up to `limit` names close to the query's keys (joined by spaces), closest first. `names` are
 * the candidates with their keys, each also under the keys of its last words (`nameEnds`).
 */
export function closestNames(names: NameList, queryKeys: string, limit = 3): string[] {
  if (!queryKeys) return [];
  const allowed = allowedEdits(queryKeys.length);
  const scored = names.flatMap(([keys, name]) => {
    const distance = distanceToName(queryKeys, keys, allowed);
    return distance <= allowed ? [{ name, distance }] : [];
  });
  scored.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'));
  return [...new Set(scored.map(({ name }) => name))].slice(0, limit);
}
