/**
 * A word-level diff of two texts (Myers' O((N+M)·D) algorithm on words and the spaces between
 * them), for the changed title, summary and body of an entry. Runs of the same kind are merged,
 * so a page shows one <del> and one <ins> per changed phrase.
 */

export type DiffSegment = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words, runs of spaces and single punctuation marks: a changed comma does not mark the word beside it. */
function tokens(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Beyond this many differing tokens the texts are shown whole, removed then added. */
const MAX_EDITS = 2000;

function push(segments: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
  const last = segments.at(-1);
  if (last?.kind === kind) last.text += text;
  else if (text) segments.push({ kind, text });
}

/** The shortest edit script from `a` to `b` as a list of token operations, or undefined past MAX_EDITS. */
function editScript(a: readonly string[], b: readonly string[]): DiffSegment[] | undefined {
  const max = Math.min(a.length + b.length, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, d, offset);
    }
  }
  return undefined;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], depth: number, offset: number): DiffSegment[] {
  const reversed: DiffSegment[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ kind: 'same', text: a[--x]! });
      y--;
    }
    if (down) reversed.push({ kind: 'added', text: b[--y]! });
    else reversed.push({ kind: 'removed', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    reversed.push({ kind: 'same', text: a[--x]! });
    y--;
  }
  return reversed.reverse();
}

/**
 * Reads as a person would write the change: a space left between two changed words joins them,
 * and each run of changes becomes one removed phrase then one added phrase.
 */
function asPhrases(script: readonly DiffSegment[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(segments, 'removed', removed);
    push(segments, 'added', added);
    removed = added = '';
  };
  script.forEach((segment, i) => {
    const between =
      segment.kind === 'same' && (removed || added) !== '' && /^\s+$/.test(segment.text) && script[i + 1] && script[i + 1]!.kind !== 'same';
    if (segment.kind === 'removed' || between) removed += segment.text;
    if (segment.kind === 'added' || between) added += segment.text;
    if (segment.kind === 'same' && !between) {
      flush();
      push(segments, 'same', segment.text);
    }
  });
  flush();
  return segments;
}

/** The changes from `before` to `after`, as segments in reading order. */
export function diffText(before: string, after: string): DiffSegment[] {
  const script = editScript(tokens(before), tokens(after)) ?? [
    { kind: 'removed', text: before },
    { kind: 'added', text: after },
  ];
  return asPhrases(script);
}

/** Whether a diff changes anything. */
export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((segment) => segment.kind !== 'same');
}
