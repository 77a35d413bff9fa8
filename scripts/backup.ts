/**
 * `npm run backup -- <file>`: a backup of the configured database (DATABASE_URL, else the embedded
 * one in DOCKET_DATA_DIR) into <file>, which records what it holds (src/ops/backup.ts). Prints one
 * summary line. Exit codes: 0 written; 1 refused or failed (nothing written at <file>).
 */
import { backup } from '../src/ops/backup.ts';
import { runBackupCli } from './backup-cli.ts';

runBackupCli('backup', 'usage: npm run backup -- <file>', [], async (file, _flags, config) => {
  const manifest = await backup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file);
  const { log } = manifest;
  return (
    `backup written to ${file}: ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`}, ` +
    `${log.events} events in ${log.streams} streams, schema ${log.migrations.at(-1) ?? 'empty'}, ` +
    `chain heads ${log.chainHeadsDigest.slice(0, 16)}…, ${manifest.payload.bytes} bytes, sha256 ${manifest.payload.sha256.slice(0, 16)}…`
  );
});
