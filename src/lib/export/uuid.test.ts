import { describe, expect, it } from 'vitest';
import { uuidV5 } from './uuid.ts';

describe('uuidV5', () => {
  it('matches the RFC 9562 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable and differs by name', () => {
    const ns = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5(ns, 'islamic-state')).toBe(uuidV5(ns, 'islamic-state'));
    expect(uuidV5(ns, 'islamic-state')).not.toBe(uuidV5(ns, 'al-qaeda'));
  });

  it('rejects a malformed namespace', () => {
    expect(() => uuidV5('nope', 'x')).toThrow(/Not a UUID/);
  });
});
