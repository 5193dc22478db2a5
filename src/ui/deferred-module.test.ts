import { describe, expect, it, vi } from 'vitest';
import { deferredModule } from './deferred-module';

describe('deferredModule', () => {
  it('loads once, however many ask, and gives the value without waiting once it has arrived', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }));
    const m = deferredModule(load);
    expect(load).not.toHaveBeenCalled();
    expect(m.peek()).toBeNull();
    const [a, b] = await Promise.all([m.request(), m.request()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(m.peek()).toEqual({ answer: 42 });
    await m.request();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a failed load be asked for again (a retry fetches the chunk anew)', async () => {
    let calls = 0;
    const m = deferredModule(() => (++calls === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve('second')));
    await expect(m.request()).rejects.toThrow('chunk failed');
    expect(m.peek()).toBeNull();
    await expect(m.request()).resolves.toBe('second');
    expect(calls).toBe(2);
    expect(m.peek()).toBe('second');
  });
});
