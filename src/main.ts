/** `npm start`: open the database, migrate, bootstrap an admin, start timers, listen; stop cleanly on SIGTERM. */
import { loadConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { DataDirInUse } from './db/data-dir-lock.ts';
import { migrateAtStart } from './db/migrate-at-start.ts';
import { buildApp } from './app.ts';
import { ConsumerRunner } from './projections/consumer.ts';
import { notificationsConsumer } from './projections/notifications.consumer.ts';
import { loadDeliveryConfig } from './notifications/delivery-config.ts';
import { startNotificationDelivery } from './notifications/start-delivery.ts';
import { SIGNING_KEY, type SigningKey } from './audit/signing.ts';
import { checkMasterKey, masterKeyOf } from './privacy/master-key.ts';
import { readKey, keyInDataDir } from './key-files.ts';

/**
 * The checkpoint signing key: DOCKET_SIGNING_KEY; else, for the embedded database, a key generated
 * in its data folder (with a warning: it sits beside the data it vouches for); else none.
 */
function signingKeyOf(config: ReturnType<typeof loadConfig>): { key: SigningKey | null; warning: string | null } {
  if (config.signingKeyPath) return { key: readKey(SIGNING_KEY, config.signingKeyPath), warning: null };
  if (config.databaseUrl) return { key: null, warning: 'DOCKET_SIGNING_KEY is not set: no checkpoints are issued (npm run keys:generate writes a key pair)' };
  const { key, path, created } = keyInDataDir(SIGNING_KEY, config.dataDir);
  return {
    key,
    warning: `checkpoints are signed with ${created ? 'a key generated in' : 'the key kept in'} the data folder (${path}); keep the key elsewhere and set DOCKET_SIGNING_KEY`,
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const deliveryConfig = loadDeliveryConfig();
  let onConnectionError: ((error: Error) => void) | undefined;
  const database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.databaseReadUrl,
    dataDir: config.dataDir,
    poolSize: config.poolSize,
    onConnectionError: (error) => onConnectionError?.(error),
  });
  const migrations = await migrateAtStart(database);
  const signing = signingKeyOf(config);
  const master = masterKeyOf(config);
  await checkMasterKey(database.db, master.key);
  const app = await buildApp({
    database,
    logLevel: config.logLevel,
    groupCommit: { maxInFlight: config.commitConcurrency },
    snapshotCacheEvents: config.snapshotCacheEvents,
    replica: { maxLagSeconds: config.replicaMaxLagSeconds },
    frontDoor: {
      bodyLimit: config.bodyLimit,
      requestTimeoutMs: config.requestTimeoutMs,
      connectionTimeoutMs: config.connectionTimeoutMs,
      keepAliveTimeoutMs: config.keepAliveTimeoutMs,
      trustProxy: config.trustProxy,
    },
    rateLimits: {
      authFailuresPerMinute: config.authFailuresPerMinute,
      signInFailuresPerUsername: config.signInFailuresPerUsername,
      commandsPerMinute: config.commandsPerMinute,
    },
    accounts: {
      sessionIdleMs: config.sessionIdleMinutes * 60_000,
      sessionAbsoluteMs: config.sessionMaxHours * 3_600_000,
      tokenCacheMs: config.tokenCacheSeconds * 1000,
    },
    checkpoints: { signingKey: signing.key, witness: { directory: config.checkpointDir, url: config.checkpointUrl } },
    masterKey: master.key,
  });
  if (signing.warning) app.log.warn({ setting: 'DOCKET_SIGNING_KEY' }, signing.warning);
  if (master.warning) app.log.warn({ setting: 'DOCKET_MASTER_KEY' }, master.warning);
  onConnectionError = (error) => app.log.warn({ err: error }, 'a database connection was lost; requests answer 503 until it is back');
  app.log.info(
    {
      database: database.kind,
      replica: database.replica !== null,
      dataDir: database.kind === 'pglite' ? config.dataDir : undefined,
      applied: migrations.applied,
      ...(migrations.checkedOnly ? { migrations: 'checked only: this role may not change the schema' } : {}),
    },
    'database ready',
  );

  // Several servers starting at once on one database may race to create the same admin: the
  // loser's insert hits the unique token hash, and a second look finds the winner's admin.
  const account = config.adminPassword ? { username: config.adminUsername, password: config.adminPassword } : undefined;
  const bootstrap = () => app.docket.principals.bootstrapAdmin(config.adminToken, account);
  const admin = await bootstrap().catch((error: unknown) => {
    if ((error as { code?: unknown }).code === '23505') return bootstrap();
    throw error;
  });
  // A revoked or rotated DOCKET_ADMIN_TOKEN is not brought back: the server starts without it.
  if (admin.refused) app.log.warn({ setting: 'DOCKET_ADMIN_TOKEN' }, admin.refused);
  if (admin.created && account) app.log.info({ username: account.username }, 'the first admin may also sign in with DOCKET_ADMIN_USERNAME and DOCKET_ADMIN_PASSWORD');
  if (admin.token) {
    // Printed once, on the terminal only (never through the logger): the first admin's token.
    process.stdout.write(
      `\nFirst start: an admin principal was created. Its token (shown only now):\n\n  ${admin.token}\n\n` +
        `Use it as "Authorization: Bearer <token>". Set DOCKET_ADMIN_TOKEN to choose the admin token yourself.\n\n`,
    );
  }

  app.docket.scheduler.start(config.timerIntervalMs);
  // Async consumers (checkpointed, gap-safe, safe with several servers): the notifications outbox.
  const notifications = new ConsumerRunner(database.db, notificationsConsumer, { clock: app.docket.clock, logger: app.log });
  notifications.start(config.timerIntervalMs);
  // Sends the outbox by e-mail and webhook (src/notifications/delivery.ts).
  const delivery = startNotificationDelivery(app, deliveryConfig, config.timerIntervalMs);
  // The Merkle tree follows the log; signed checkpoints are issued when it grew (docs/tamper-evidence.md).
  app.docket.tamperEvidence.start(config.treeIntervalMs, config.checkpointIntervalSeconds * 1000);
  await app.listen({ port: config.port, host: config.host });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.docket.scheduler.stop();
      await notifications.stop();
      await app.docket.tamperEvidence.stop();
      await delivery.stop();
      // Keep-alive connections that finish their last request after close() began would otherwise
      // hold the server open until their keep-alive timeout: close each as soon as it is idle.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
      await app.close();
      clearInterval(sweep);
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  const reason =
    error instanceof DataDirInUse
      ? `${error.message}; stop it first, or give this server its own data folder (DOCKET_DATA_DIR)`
      : error instanceof Error
        ? error.stack ?? error.message
        : String(error);
  process.stderr.write(`docket failed to start: ${reason}\n`);
  process.exit(1);
});
