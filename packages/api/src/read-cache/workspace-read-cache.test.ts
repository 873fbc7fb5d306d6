import { describe, expect, it } from 'vitest';
import { WorkspaceReadCache } from './workspace-read-cache';

function counter<T>(values: T[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    load: async () => values[Math.min(calls++, values.length - 1)]!,
  };
}

function liveCache(options: ConstructorParameters<typeof WorkspaceReadCache>[0] = {}) {
  const cache = new WorkspaceReadCache(options);
  cache.setLive(true);
  return cache;
}

describe('WorkspaceReadCache', () => {
  it('loads a key once and shares it, also with callers that came while it loaded', async () => {
    const cache = liveCache();
    const source = counter(['v1']);
    const [a, b] = await Promise.all([cache.read('k', 'w1', source.load), cache.read('k', 'w1', source.load)]);
    expect(await cache.read('k', 'w1', source.load)).toBe('v1');
    expect([a, b, source.calls]).toEqual(['v1', 'v1', 1]);
  });

  it("reads the database every time until the change feed is live, and forgets all when it stops", async () => {
    const cache = new WorkspaceReadCache();
    const source = counter(['v1', 'v2', 'v3']);
    expect(await cache.read('k', 'w1', source.load)).toBe('v1');
    expect(await cache.read('k', 'w1', source.load)).toBe('v2');
    cache.setLive(true);
    expect(await cache.read('k', 'w1', source.load)).toBe('v3');
    cache.setLive(false);
    expect(cache.size).toBe(0);
  });

  it("drops only the changed workspace's entries", async () => {
    const cache = liveCache();
    const one = counter(['one-v1', 'one-v2']);
    const two = counter(['two-v1', 'two-v2']);
    await cache.read('one', 'w1', one.load);
    await cache.read('two', 'w2', two.load);
    cache.invalidate('w1');
    expect(await cache.read('one', 'w1', one.load)).toBe('one-v2');
    expect(await cache.read('two', 'w2', two.load)).toBe('two-v1');
  });

  it('never keeps a value whose load an invalidation overtook', async () => {
    const cache = liveCache();
    let release!: (value: string) => void;
    const slow = cache.read('k', 'w1', () => new Promise<string>((resolve) => (release = resolve)));
    cache.invalidate('w1');
    release('read before the change');
    expect(await slow).toBe('read before the change');
    expect(await cache.read('k', 'w1', async () => 'after the change')).toBe('after the change');
  });

  it('learns the workspace from the value when the key does not name it', async () => {
    const cache = liveCache();
    const source = counter([{ workspaceId: 'w1', v: 1 }, { workspaceId: 'w1', v: 2 }]);
    await cache.read('key-hash', null, source.load, (row) => row.workspaceId);
    expect((await cache.read('key-hash', null, source.load, (row) => row.workspaceId)).v).toBe(1);
    cache.invalidate('w2');
    expect((await cache.read('key-hash', null, source.load, (row) => row.workspaceId)).v).toBe(1);
    cache.invalidate('w1');
    expect((await cache.read('key-hash', null, source.load, (row) => row.workspaceId)).v).toBe(2);
  });

  it('does not keep a value that names no workspace (an unknown key), nor a failure', async () => {
    const cache = liveCache();
    const missing = counter<undefined | { workspaceId: string }>([undefined, { workspaceId: 'w1' }]);
    expect(await cache.read('k', null, missing.load, (row) => row?.workspaceId ?? null)).toBeUndefined();
    expect(await cache.read('k', null, missing.load, (row) => row?.workspaceId ?? null)).toEqual({ workspaceId: 'w1' });
    let attempts = 0;
    const flaky = async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('database away');
      return 'ok';
    };
    await expect(cache.read('f', 'w1', flaky)).rejects.toThrow('database away');
    expect(await cache.read('f', 'w1', flaky)).toBe('ok');
  });

  it('reloads after the time limit and forgets everything past the size limit', async () => {
    let now = 0;
    const cache = liveCache({ ttlMs: 1000, maxEntries: 2, now: () => now });
    const source = counter(['v1', 'v2']);
    await cache.read('k', 'w1', source.load);
    now = 999;
    expect(await cache.read('k', 'w1', source.load)).toBe('v1');
    now = 1000;
    expect(await cache.read('k', 'w1', source.load)).toBe('v2');
    await cache.read('a', 'w1', async () => 1);
    await cache.read('b', 'w1', async () => 2);
    expect(cache.size).toBe(1);
  });
});
