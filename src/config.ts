/** Configuration from the environment, checked once at start. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const ConfigSchema = Type.Object({
  databaseUrl: Type.Optional(Type.String({ minLength: 1 })),
  dataDir: Type.String({ minLength: 1 }),
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  host: Type.String({ minLength: 1 }),
  adminToken: Type.Optional(Type.String({ minLength: 16 })),
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  poolSize: Type.Integer({ minimum: 1, maximum: 200 }),
  timerIntervalMs: Type.Integer({ minimum: 50 }),
  /** Group commit: commit statements running at once (each on its own pooled connection). */
  commitConcurrency: Type.Integer({ minimum: 1, maximum: 64 }),
  /** The snapshot cache's capacity: events held (plus one per instance). */
  snapshotCacheEvents: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
});

export type Config = Static<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DOCKET_DATA_DIR || './data',
    port: Number(env.PORT ?? 3000),
    host: env.HOST || '127.0.0.1',
    adminToken: env.DOCKET_ADMIN_TOKEN || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    poolSize: Number(env.DOCKET_POOL_SIZE ?? 10),
    timerIntervalMs: Number(env.DOCKET_TIMER_INTERVAL_MS ?? 1000),
    commitConcurrency: Number(env.DOCKET_COMMIT_CONCURRENCY ?? 2),
    snapshotCacheEvents: Number(env.DOCKET_SNAPSHOT_CACHE_EVENTS ?? 60_000),
  };
  if (config.databaseUrl === undefined) delete config.databaseUrl;
  if (config.adminToken === undefined) delete config.adminToken;
  if (!Value.Check(ConfigSchema, config)) {
    const problems = [...Value.Errors(ConfigSchema, config)].map((e) => `${e.path} ${e.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}
