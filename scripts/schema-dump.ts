/**
 * `npm run db:schema`: writes migrations/schema.sql, the whole schema as a freshly migrated
 * PostgreSQL database has it (pg_dump --schema-only, without comments and session settings), so a
 * reader sees today's tables and functions without replaying the migrations in their head. A test
 * compares it with a fresh database, so it cannot go stale.
 *
 * Needs pg_dump and a PostgreSQL server (TEST_DATABASE_URL, default the local one).
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { createTestDatabase } from '../tests/support/database.ts';

export const SCHEMA_FILE = join(PROJECT_ROOT, 'migrations', 'schema.sql');

/** pg_dump's schema of the database at `url`, without what varies between runs or servers. */
export async function dumpSchema(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', '--no-comments', url], { maxBuffer: 16 * 1024 * 1024 });
  const kept = stdout
    .split('\n')
    .filter((line) => !line.startsWith('--') && !/^SET |^SELECT pg_catalog\.set_config|^\\(un)?restrict /.test(line));
  return `-- The schema of a freshly migrated Docket database (npm run db:schema writes it; a test compares it).\n\n${kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** A fresh database, migrated, dumped, dropped. */
export async function freshSchema(): Promise<string> {
  const database = await createTestDatabase('docket_schema');
  const handle = await openDatabase({ url: database.url, poolSize: 1 });
  try {
    await migrate(handle);
    return await dumpSchema(database.url);
  } finally {
    await handle.close();
    await database.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  freshSchema().then(
    (schema) => {
      writeFileSync(SCHEMA_FILE, schema);
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`db:schema failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
