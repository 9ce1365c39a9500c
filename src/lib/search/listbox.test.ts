import { describe, expect, it } from 'vitest';
import { nextActiveOption } from './listbox.ts';

describe('nextActiveOption', () => {
  it.each([
    [-1, 3, 'ArrowDown', 0],
    [0, 3, 'ArrowDown', 1],
    [2, 3, 'ArrowDown', -1],
    [-1, 3, 'ArrowUp', 2],
    [0, 3, 'ArrowUp', -1],
    [2, 3, 'Home', 0],
    [0, 3, 'End', 2],
    [-1, 3, 'Home', undefined],
    [-1, 0, 'ArrowDown', undefined],
    [1, 3, 'Enter', undefined],
  ])('from %i of %i, %s → %s', (active, count, key, next) => expect(nextActiveOption(active, count, key)).toBe(next));
});
