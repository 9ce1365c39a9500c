import { describe, expect, it } from 'vitest';
import { once, oncePerKey } from './retried-once.ts';

/** A load that fails the times listed (1-based), and otherwise gives its call's number. */
function loader(failing: readonly number[] = []) {
  let calls = 0;
  const load = () => {
    calls++;
    return failing.includes(calls) ? Promise.reject(new Error(`call ${calls} failed`)) : Promise.resolve(calls);
  };
  return { load, calls: () => calls };
}

describe('once', () => {
  it('loads once, however often and however soon asked', async () => {
    const { load, calls } = loader();
    const get = once(load);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(calls()).toBe(1);
  });

  it('loads again when asked after a failure, and keeps the load that succeeded', async () => {
    const { load, calls } = loader([1]);
    const get = once(load);
    await expect(get()).rejects.toThrow('call 1 failed');
    expect(await get()).toBe(2);
    expect(await get()).toBe(2);
    expect(calls()).toBe(2);
  });
});

describe('oncePerKey', () => {
  it('loads each key once, and a failed key again, apart from the others', async () => {
    const asked: string[] = [];
    const get = oncePerKey((key: string) => {
      asked.push(key);
      return asked.filter((k) => k === key).length === 1 && key === 'b' ? Promise.reject(new Error('b failed')) : Promise.resolve(key);
    });
    expect(await get('a')).toBe('a');
    await expect(get('b')).rejects.toThrow('b failed');
    expect(await Promise.all([get('a'), get('b'), get('b')])).toEqual(['a', 'b', 'b']);
    expect(asked).toEqual(['a', 'b', 'b']);
  });
});
