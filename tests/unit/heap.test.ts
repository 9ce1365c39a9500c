import { describe, expect, it } from 'vitest';
import { wantedHeapMegabytes } from '../../scripts/lib/heap.ts';

const GB = 2 ** 30;

describe('wantedHeapMegabytes', () => {
  it.each([
    { machine: 24, limit: 4, wanted: 18432 },
    { machine: 8, limit: 4, wanted: 6144 },
    { machine: 4, limit: 4, wanted: undefined },
    { machine: 24, limit: 20, wanted: undefined },
  ])('on $machine GB with a $limit GB heap: $wanted MB', ({ machine, limit, wanted }) => {
    expect(wantedHeapMegabytes(machine * GB, limit * GB)).toBe(wanted);
  });
});
