/**
 * `npm run restore -- <file> [--force]`: puts the database a backup holds into the configured one
 * (DATABASE_URL, else the embedded one in DOCKET_DATA_DIR), then verifies every hash chain and the
 * log's figures against the backup's (src/ops/restore.ts). Prints one summary line.
 * Exit codes: 0 restored and verified; 1 refused (the target untouched) or failed.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { BackupError } from '../src/ops/backup-file.ts';
import { restore } from '../src/ops/restore.ts';

const USAGE = 'usage: npm run restore -- <file> [--force]   (--force: replace a database the target already holds)';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { force: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const config = loadConfig();
  const result = await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, { force: values.force === true });
  const { manifest, verified } = result;
  process.stdout.write(
    `restored ${file} (Docket ${manifest.docketVersion}, ${manifest.createdAt}) into ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`}: ` +
      `verified ${verified.eventsChecked} events in ${verified.streamsChecked} streams, hash chains intact, chain heads as recorded` +
      `${result.previousDataDir ? `; the previous data folder is kept at ${result.previousDataDir}` : ''}` +
      `${result.transactionIdsAdvanced ? `; the cluster's transaction counter was moved ${result.transactionIdsAdvanced} ids forward` : ''}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const refused = error instanceof BackupError && error.reason !== 'verification_failed' && error.reason !== 'tool_failed';
    process.stderr.write(`restore ${refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
