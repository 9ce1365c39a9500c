/**
 * Lists of page positions stored as the gaps between them: in entry order most gaps are small,
 * which compresses well. Used by the facet table and the search lexicon.
 */

/** Ascending positions → gaps ([3, 5, 6] → [3, 2, 1]). */
export function toGaps(positions: readonly number[]): number[] {
  return positions.map((position, i) => position - (positions[i - 1] ?? 0));
}

/** Gaps → positions ([3, 2, 1] → [3, 5, 6]). */
export function fromGaps(gaps: readonly number[]): number[] {
  let position = 0;
  return gaps.map((gap) => (position += gap));
}

const decoded = new WeakMap<readonly number[], readonly number[]>();

/** `fromGaps`, decoded once per list: a loaded shard's lists are read again by every search that needs them. */
export function positionsOf(gaps: readonly number[]): readonly number[] {
  let positions = decoded.get(gaps);
  if (!positions) decoded.set(gaps, (positions = fromGaps(gaps)));
  return positions;
}
