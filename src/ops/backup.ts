/**
 * `npm run backup -- <file>`: a backup of the configured database into one file that records what
 * it holds (src/ops/backup-file.ts).
 *
 * - PostgreSQL (DATABASE_URL): `pg_dump --format=custom` of the snapshot a repeatable-read
 *   transaction exported, so the figures recorded in the manifest are those of the dump exactly.
 *   The server keeps running; the dump takes no lock that blocks commands.
 * - PGlite (DOCKET_DATA_DIR): the data folder, opened by this process (its lock taken), copied with
 *   PGlite's dumpDataDir. A data folder a running server holds is refused: only one process may
 *   open it, so stop the server for the copy (it takes seconds for a committee's log).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { DataDirInUse } from '../db/data-dir-lock.ts';
import { PROJECT_ROOT } from '../paths.ts';
import { readLogFacts } from '../store/log-facts.ts';
import { BackupError, writeBackupFile, type BackupManifest } from './backup-file.ts';
import { exportSnapshot, serverVersion } from './backup.query.ts';
import { postgresTool } from './postgres-tools.ts';

export interface DatabaseTarget {
  /** PostgreSQL; when absent, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export function docketVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export async function backup(target: DatabaseTarget, file: string): Promise<BackupManifest> {
  return target.databaseUrl ? backupPostgres(target.databaseUrl, file) : backupPglite(target.dataDir, file);
}

async function backupPostgres(url: string, file: string): Promise<BackupManifest> {
  const handle = await openDatabase({ url, poolSize: 1, statementTimeoutMs: 0 });
  const dump = `${file}.pg_dump-${randomBytes(4).toString('hex')}`;
  try {
    // The transaction stays open while pg_dump reads its exported snapshot.
    return await handle.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const snapshot = await exportSnapshot(trx);
        const log = await readLogFacts(trx);
        const version = await serverVersion(trx);
        await postgresTool('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dump}`], url);
        return writeBackupFile(
          file,
          { docketVersion: docketVersion(), createdAt: new Date().toISOString(), database: { kind: 'postgres', serverVersion: version }, log },
          { format: 'pg_dump-custom', path: dump },
        );
      });
  } finally {
    await rm(dump, { force: true });
    await handle.close();
  }
}

/** Opens an existing PGlite data folder for this process; a folder a server holds is refused. */
export async function openExistingDataDir(dataDir: string, refusal: string): Promise<DatabaseHandle> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) throw new BackupError('no_database', `${dataDir} holds no embedded database (no PG_VERSION file)`);
  try {
    return await openDatabase({ dataDir });
  } catch (error) {
    if (error instanceof DataDirInUse) throw new BackupError('data_dir_in_use', `${error.message}: ${refusal}`);
    throw error;
  }
}

async function backupPglite(dataDir: string, file: string): Promise<BackupManifest> {
  const handle = await openExistingDataDir(
    dataDir,
    'only one process may open an embedded database, so a running server’s folder cannot be copied from outside it; stop the server, run the backup, and start the server again',
  );
  try {
    const log = await readLogFacts(handle.db);
    const version = await serverVersion(handle.db);
    if (!handle.dumpDataDir) throw new Error('the embedded database cannot dump its data folder');
    const bytes = await handle.dumpDataDir();
    return await writeBackupFile(
      file,
      { docketVersion: docketVersion(), createdAt: new Date().toISOString(), database: { kind: 'pglite', serverVersion: version }, log },
      { format: 'pglite-data-dir-tgz', bytes },
    );
  } finally {
    await handle.close();
  }
}
