/** The snapshot cache is bounded by events held (plus one per instance), least recently used out. */
import { describe, expect, it } from 'vitest';
import { SnapshotCache, type CachedInstance } from '../../src/engine/snapshot-cache.ts';

const entry = (events: number): CachedInstance =>
  ({ workflowVersion: 1, version: events, lastHash: 'h', state: {} as never, history: Array.from({ length: events }, () => ({}) as never) });

describe('SnapshotCache', () => {
  it('keeps the total weight within capacity, dropping the least recently used', () => {
    const cache = new SnapshotCache(10);
    cache.set('a', entry(2)); // 3
    cache.set('b', entry(3)); // 4 → 7
    expect(cache.get('a')?.version).toBe(2); // a is now the most recently used
    cache.set('c', entry(4)); // 5 → 12 > 10: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.version).toBe(2);
    expect(cache.get('c')?.version).toBe(4);
    expect(cache.weight).toBe(8);
  });

  it('replacing or deleting an entry gives its weight back; an entry heavier than the whole cache is not kept', () => {
    const cache = new SnapshotCache(10);
    cache.set('a', entry(2));
    cache.set('a', entry(5));
    expect(cache.weight).toBe(6);
    cache.delete('a');
    expect(cache.weight).toBe(0);
    cache.set('huge', entry(10));
    expect(cache.get('huge')).toBeUndefined();
    expect(new SnapshotCache(0).size).toBe(0);
    const off = new SnapshotCache(0);
    off.set('a', entry(0));
    expect(off.get('a')).toBeUndefined();
  });
});
