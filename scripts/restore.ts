/**
 * `npm run restore -- <file> [--force]`: puts the database a backup holds into the configured one
 * (DATABASE_URL, else the embedded one in DOCKET_DATA_DIR), then verifies every hash chain and the
 * log's figures against the backup's (src/ops/restore.ts). Prints one summary line.
 * Exit codes: 0 restored and verified; 1 refused (the target untouched) or failed.
 */
import { restore } from '../src/ops/restore.ts';
import { runBackupCli } from './backup-cli.ts';

const USAGE = 'usage: npm run restore -- <file> [--force]   (--force: replace a database the target already holds)';

runBackupCli('restore', USAGE, ['force'], async (file, flags, config) => {
  const result = await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { force: flags.has('force') });
  const { manifest, verified } = result;
  return (
    `restored ${file} (Docket ${manifest.docketVersion}, ${manifest.createdAt}) into ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`}: ` +
    `verified ${verified.eventsChecked} events in ${verified.streamsChecked} streams, hash chains intact, chain heads as recorded` +
    `${result.previousDataDir ? `; the previous data folder is kept at ${result.previousDataDir}` : ''}` +
    `${result.transactionIdsAdvanced ? `; the cluster's transaction counter was moved ${result.transactionIdsAdvanced} ids forward` : ''}`
  );
});
