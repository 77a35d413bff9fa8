/**
 * `npm run backup -- <file>`: a backup of the configured database (DATABASE_URL, else the embedded
 * one in DOCKET_DATA_DIR) into <file>, which records what it holds (src/ops/backup.ts). Prints one
 * summary line. Exit codes: 0 written; 1 refused or failed (nothing written at <file>).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { BackupError } from '../src/ops/backup-file.ts';
import { backup } from '../src/ops/backup.ts';

const USAGE = 'usage: npm run backup -- <file>';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ options: { help: { type: 'boolean' } }, allowPositionals: true, strict: true });
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
  const manifest = await backup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file);
  const { log } = manifest;
  process.stdout.write(
    `backup written to ${file}: ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.dataDir})`}, ` +
      `${log.events} events in ${log.streams} streams, schema ${log.migrations.at(-1) ?? 'empty'}, ` +
      `chain heads ${log.chainHeadsDigest.slice(0, 16)}…, ${manifest.payload.bytes} bytes, sha256 ${manifest.payload.sha256.slice(0, 16)}…\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`backup ${error instanceof BackupError ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
