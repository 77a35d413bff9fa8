/** Configuration from the environment: defaults, and a clear error for values out of range. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('has defaults for everything but the database URL and the admin token', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ dataDir: './data', port: 3000, poolSize: 10, commitConcurrency: 2, snapshotCacheEvents: 60_000 });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('reads the speed settings', () => {
    expect(loadConfig({ DOCKET_COMMIT_CONCURRENCY: '4', DOCKET_SNAPSHOT_CACHE_EVENTS: '0' })).toMatchObject({ commitConcurrency: 4, snapshotCacheEvents: 0 });
  });

  it('refuses values that are not whole numbers in range, naming the setting', () => {
    expect(() => loadConfig({ DOCKET_COMMIT_CONCURRENCY: '0' })).toThrow(/commitConcurrency/);
    expect(() => loadConfig({ DOCKET_SNAPSHOT_CACHE_EVENTS: 'lots' })).toThrow(/snapshotCacheEvents/);
    expect(() => loadConfig({ DOCKET_POOL_SIZE: '2.5' })).toThrow(/poolSize/);
  });
});
