/**
 * `npm run restore -- <file>`: the database a backup holds, put back into the configured database,
 * then proved: every hash chain recomputed, and the log's figures compared with those the backup
 * recorded, before the restore is reported done.
 *
 * Refused, with the target untouched: a file that is not a backup, truncated or altered (its
 * checksums, src/ops/backup-file.ts); a backup of the other kind of database; a backup whose
 * schema is newer than this version of Docket; a target that already holds a database, unless
 * `force` (PostgreSQL: the backup's objects replace those of the same name; PGlite: the previous
 * data folder is kept beside the restored one, renamed).
 *
 * - PostgreSQL: `pg_restore --single-transaction` (all or nothing), without owners or grants (the
 *   restoring role owns what it restores: run scripts/least-privilege.ts again for a server role).
 *   When the target's cluster hands out lower transaction ids than the log recorded (a new
 *   cluster), its counter is first moved past them: the log is read in transaction-id order.
 * - PGlite: the data folder is rebuilt in a new folder beside the target and checked there; only
 *   then does it take the target's place. A target folder a running server holds is refused.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { loadPgliteDataDir, openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { DataDirInUse, LOCK_FILE, lockDataDir, type DataDirLock } from '../db/data-dir-lock.ts';
import { listMigrations } from '../db/migrate.ts';
import { readLogFacts, type LogFacts } from '../store/log-facts.ts';
import { verifyChain, type VerifyResult } from '../store/verify.ts';
import { BackupError, payloadStream, readBackupFile, type BackupFile, type BackupManifest } from './backup-file.ts';
import { BURN_BATCH, burnTransactionIds, nextTransactionId, tablesOf } from './backup.query.ts';
import type { DatabaseTarget } from './backup.ts';
import { postgresTool } from './postgres-tools.ts';

/** Transaction ids a restore will use up to bring a new cluster's counter past the log's (≈ a few minutes). */
const MAX_TRANSACTION_IDS_TO_BURN = 20_000_000;

export interface RestoreResult {
  manifest: BackupManifest;
  verified: VerifyResult;
  facts: LogFacts;
  /** PGlite with `force`: where the data folder that was replaced now is. */
  previousDataDir?: string;
  /** PostgreSQL: transaction ids used up to move a new cluster's counter past the log's. */
  transactionIdsAdvanced?: number;
}

export async function restore(target: DatabaseTarget, file: string, options: { force: boolean }): Promise<RestoreResult> {
  const backup = await readBackupFile(file);
  const { manifest } = backup;
  const wanted = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database.kind !== wanted) {
    throw new BackupError(
      'unsupported',
      manifest.database.kind === 'postgres'
        ? `${file} is a backup of a PostgreSQL database: restore it with DATABASE_URL naming an empty PostgreSQL database`
        : `${file} is a backup of an embedded (PGlite) database: restore it without DATABASE_URL, into DOCKET_DATA_DIR`,
    );
  }
  const known = new Set(listMigrations().map((m) => m.name));
  const unknown = manifest.log.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      'unsupported',
      `${file} was made by a newer Docket (${manifest.docketVersion}; its schema has ${unknown.join(', ')}): restore it with that version or a later one`,
    );
  }
  return target.databaseUrl ? restorePostgres(target.databaseUrl, backup, options.force) : restorePglite(target.dataDir, backup, options.force);
}

/** Throws `verification_failed` unless every chain holds and the figures are those the backup recorded. */
async function prove(handle: DatabaseHandle, manifest: BackupManifest, where: string): Promise<{ verified: VerifyResult; facts: LogFacts }> {
  const verified = await verifyChain(handle.db);
  if (!verified.ok) {
    const broken = verified.firstBroken;
    throw new BackupError('verification_failed', `${where}: the restored log's hash chain is broken at ${broken?.streamId} version ${broken?.version} (${broken?.detail})`);
  }
  const facts = await readLogFacts(handle.db);
  const recorded = manifest.log;
  const differences = (['events', 'streams', 'lastPosition', 'chainHeadsDigest'] as const)
    .filter((key) => facts[key] !== recorded[key])
    .map((key) => `${key}: ${String(facts[key])}, the backup recorded ${String(recorded[key])}`);
  if (verified.eventsChecked !== recorded.events) differences.push(`events verified: ${verified.eventsChecked}, the backup recorded ${recorded.events}`);
  if (differences.length > 0) throw new BackupError('verification_failed', `${where}: the restored database differs from the backup (${differences.join('; ')})`);
  return { verified, facts };
}

async function restorePostgres(url: string, backup: BackupFile, force: boolean): Promise<RestoreResult> {
  const handle = await openDatabase({ url, poolSize: 1, statementTimeoutMs: 0 });
  try {
    const tables = await tablesOf(handle.db);
    if (tables.length > 0 && !force) {
      throw new BackupError(
        'target_not_empty',
        `the database to restore into is not empty (${tables.length} tables, ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}): ` +
          'restore into a new, empty database, or give --force to replace what it holds',
      );
    }
    // New writes must get higher transaction ids than the log's: move a new cluster's counter past them.
    const needed = BigInt(backup.manifest.log.lastTransactionId) + 1n - (await nextTransactionId(handle.db));
    if (needed > BigInt(MAX_TRANSACTION_IDS_TO_BURN)) {
      throw new BackupError(
        'unsupported',
        `the target cluster's transaction counter is ${needed} ids behind the log's: stop that cluster and run ` +
          `pg_resetwal -e/-x past ${backup.manifest.log.lastTransactionId} (see docs/operations.md), then restore again`,
      );
    }
    let advanced = 0;
    while (BigInt(advanced) < needed) {
      const step = Math.min(BURN_BATCH, Number(needed) - advanced);
      await burnTransactionIds(handle.db, step);
      advanced += step;
    }
    await postgresTool(
      'pg_restore',
      ['--single-transaction', '--no-owner', '--no-acl', ...(force && tables.length > 0 ? ['--clean', '--if-exists'] : [])],
      url,
      payloadStream(backup),
    );
    const proof = await prove(handle, backup.manifest, 'restored into PostgreSQL');
    return { manifest: backup.manifest, ...proof, ...(advanced > 0 ? { transactionIdsAdvanced: advanced } : {}) };
  } finally {
    await handle.close();
  }
}

/** A data folder holds a database when it has anything besides lock files. */
function holdsSomething(dataDir: string): boolean {
  if (!existsSync(dataDir)) return false;
  return readdirSync(dataDir).some((name) => name !== LOCK_FILE && !name.startsWith(`${LOCK_FILE}.`));
}

async function restorePglite(dataDir: string, backup: BackupFile, force: boolean): Promise<RestoreResult> {
  const target = resolve(dataDir);
  if (holdsSomething(target) && !force) {
    throw new BackupError('target_not_empty', `the data folder ${dataDir} already holds a database: restore into a new folder (DOCKET_DATA_DIR), or give --force to replace it (the current folder is kept, renamed)`);
  }
  let lock: DataDirLock;
  try {
    lock = lockDataDir(target);
  } catch (error) {
    if (error instanceof DataDirInUse) throw new BackupError('data_dir_in_use', `${error.message}: stop the server before restoring into its data folder`);
    throw error;
  }
  const suffix = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
  const fresh = join(dirname(target), `.${basename(target)}.restoring-${suffix}`);
  try {
    mkdirSync(fresh);
    await loadPgliteDataDir(fresh, await readFile(backup.path).then((file) => file.subarray(backup.payloadOffset)));
    const handle = await openDatabase({ dataDir: fresh });
    let proof: { verified: VerifyResult; facts: LogFacts };
    try {
      proof = await prove(handle, backup.manifest, 'restored into a new data folder');
    } finally {
      await handle.close();
    }
    // Proved: the restored folder takes the target's place; the target (held by this process) steps aside.
    const kept = holdsSomething(target);
    const aside = `${target}.replaced-${suffix}`;
    renameSync(target, aside);
    try {
      renameSync(fresh, target);
    } catch (error) {
      renameSync(aside, target);
      throw new BackupError('tool_failed', `the restored data folder could not take the place of ${dataDir} (${(error as Error).message}); the folder is unchanged`);
    }
    for (const name of [LOCK_FILE, `${LOCK_FILE}.${lock.holder.id}`]) rmSync(join(aside, name), { force: true });
    if (!kept) rmSync(aside, { recursive: true, force: true });
    return { manifest: backup.manifest, ...proof, ...(kept ? { previousDataDir: aside } : {}) };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    // After the swap the target holds the restored folder, which has no lock file: releasing changes nothing there.
    lock.release();
  }
}
