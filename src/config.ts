/** Configuration from the environment, checked once at start. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { isUsername, PASSWORD_MAX, PASSWORD_MIN } from './auth/passwords.ts';

const ConfigSchema = Type.Object({
  databaseUrl: Type.Optional(Type.String({ minLength: 1 })),
  /** A streaming replica of databaseUrl: listings, views, reports and history are read there. */
  databaseReadUrl: Type.Optional(Type.String({ minLength: 1 })),
  /** A replica further behind than this is not read from (seconds). */
  replicaMaxLagSeconds: Type.Number({ minimum: 0, maximum: 86_400 }),
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
  /** A first start's admin may also sign in with this user name and password. */
  adminUsername: Type.String({ minLength: 1, maxLength: 64 }),
  adminPassword: Type.Optional(Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX })),
  /** Fastify's trustProxy: true, or the proxies' addresses/CIDR ranges separated by commas. */
  trustProxy: Type.Union([Type.Boolean(), Type.String({ minLength: 1 })]),
  bodyLimit: Type.Integer({ minimum: 1024, maximum: 1_073_741_824 }),
  requestTimeoutMs: Type.Integer({ minimum: 100, maximum: 3_600_000 }),
  connectionTimeoutMs: Type.Integer({ minimum: 100, maximum: 3_600_000 }),
  keepAliveTimeoutMs: Type.Integer({ minimum: 100, maximum: 3_600_000 }),
  authFailuresPerMinute: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  signInFailuresPerUsername: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  /** 0: no command rate limit. */
  commandsPerMinute: Type.Integer({ minimum: 0, maximum: 10_000_000 }),
  sessionIdleMinutes: Type.Integer({ minimum: 1, maximum: 525_600 }),
  sessionMaxHours: Type.Integer({ minimum: 1, maximum: 8_760 }),
  /** 0: every command looks its token up. */
  tokenCacheSeconds: Type.Integer({ minimum: 0, maximum: 3_600 }),
  /** Path of the Ed25519 private key (PEM) checkpoints are signed with; the embedded default makes one in dataDir. */
  signingKeyPath: Type.Optional(Type.String({ minLength: 1 })),
  /** Issued checkpoints are also written to this directory (a witness outside the database). */
  checkpointDir: Type.Optional(Type.String({ minLength: 1 })),
  /** …and/or POSTed to this URL. */
  checkpointUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** Path of the master key file (32 bytes, base64) wrapping the data keys; the embedded default makes one in dataDir. */
  masterKeyPath: Type.Optional(Type.String({ minLength: 1 })),
  /** A checkpoint is issued this often when the log grew. */
  checkpointIntervalSeconds: Type.Integer({ minimum: 1, maximum: 31_536_000 }),
  /** The Merkle tree takes the log's new events this often. */
  treeIntervalMs: Type.Integer({ minimum: 50 }),
});

export type Config = Static<typeof ConfigSchema>;

function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === '' || value === 'false') return false;
  return value === 'true' ? true : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    replicaMaxLagSeconds: Number(env.DOCKET_REPLICA_MAX_LAG_SECONDS ?? 10),
    dataDir: env.DOCKET_DATA_DIR || './data',
    port: Number(env.PORT ?? 3000),
    host: env.HOST || '127.0.0.1',
    adminToken: env.DOCKET_ADMIN_TOKEN || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    poolSize: Number(env.DOCKET_POOL_SIZE ?? 10),
    timerIntervalMs: Number(env.DOCKET_TIMER_INTERVAL_MS ?? 1000),
    commitConcurrency: Number(env.DOCKET_COMMIT_CONCURRENCY ?? 2),
    snapshotCacheEvents: Number(env.DOCKET_SNAPSHOT_CACHE_EVENTS ?? 60_000),
    adminUsername: env.DOCKET_ADMIN_USERNAME || 'admin',
    adminPassword: env.DOCKET_ADMIN_PASSWORD || undefined,
    trustProxy: trustProxyOf(env.DOCKET_TRUST_PROXY),
    bodyLimit: Number(env.DOCKET_BODY_LIMIT_BYTES ?? 1_048_576),
    requestTimeoutMs: Number(env.DOCKET_REQUEST_TIMEOUT_MS ?? 30_000),
    connectionTimeoutMs: Number(env.DOCKET_CONNECTION_TIMEOUT_MS ?? 60_000),
    keepAliveTimeoutMs: Number(env.DOCKET_KEEP_ALIVE_TIMEOUT_MS ?? 10_000),
    authFailuresPerMinute: Number(env.DOCKET_AUTH_FAILURES_PER_MINUTE ?? 20),
    signInFailuresPerUsername: Number(env.DOCKET_SIGNIN_FAILURES_PER_USERNAME ?? 10),
    commandsPerMinute: Number(env.DOCKET_COMMANDS_PER_MINUTE ?? 0),
    sessionIdleMinutes: Number(env.DOCKET_SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.DOCKET_SESSION_MAX_HOURS ?? 12),
    tokenCacheSeconds: Number(env.DOCKET_TOKEN_CACHE_SECONDS ?? 60),
    signingKeyPath: env.DOCKET_SIGNING_KEY || undefined,
    checkpointDir: env.DOCKET_CHECKPOINT_DIR || undefined,
    checkpointUrl: env.DOCKET_CHECKPOINT_URL || undefined,
    checkpointIntervalSeconds: Number(env.DOCKET_CHECKPOINT_INTERVAL_SECONDS ?? 3_600),
    treeIntervalMs: Number(env.DOCKET_TREE_INTERVAL_MS ?? env.DOCKET_TIMER_INTERVAL_MS ?? 1000),
    masterKeyPath: env.DOCKET_MASTER_KEY || undefined,
  };
  if (config.databaseUrl === undefined) delete config.databaseUrl;
  if (config.databaseReadUrl === undefined) delete config.databaseReadUrl;
  if (config.adminToken === undefined) delete config.adminToken;
  if (config.adminPassword === undefined) delete config.adminPassword;
  for (const key of ['signingKeyPath', 'checkpointDir', 'checkpointUrl', 'masterKeyPath'] as const) if (config[key] === undefined) delete config[key];
  if (!Value.Check(ConfigSchema, config)) {
    const problems = [...Value.Errors(ConfigSchema, config)].map((e) => `${e.path} ${e.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  if (config.databaseReadUrl && !config.databaseUrl) throw new Error('invalid configuration: DATABASE_READ_URL needs DATABASE_URL (a replica of a PostgreSQL primary)');
  if (!isUsername(config.adminUsername)) throw new Error('invalid configuration: /adminUsername may hold letters, digits and . _ @ - only');
  return config;
}
