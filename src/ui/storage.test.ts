import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, writeStored } from './storage';

function fakeStorage(fail: boolean): Storage {
  const map = new Map<string, string>();
  const guard = () => {
    if (fail) throw new DOMException('denied', 'SecurityError');
  };
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => (guard(), map.get(k) ?? null),
    setItem: (k, v) => (guard(), void map.set(k, v)),
    removeItem: (k) => (guard(), void map.delete(k)),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('guarded storage', () => {
  it('reads back what it wrote, and null forgets', () => {
    vi.stubGlobal('localStorage', fakeStorage(false));
    expect(writeStored('k', 'v')).toBe(true);
    expect(readStored('k')).toBe('v');
    writeStored('k', null);
    expect(readStored('k')).toBeNull();
  });

  it('never throws when storage refuses: reads give null, writes say false', () => {
    vi.stubGlobal('localStorage', fakeStorage(true));
    expect(readStored('k')).toBeNull();
    expect(writeStored('k', 'v')).toBe(false);
  });
});
