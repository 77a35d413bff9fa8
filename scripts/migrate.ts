/**
 * `npm run migrate`: apply pending migrations to the configured database. On the embedded database
 * it refuses while a server holds the data folder (that server applied them when it started).
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { DataDirInUse } from '../src/db/data-dir-lock.ts';
import { migrate } from '../src/db/migrate.ts';

const config = loadConfig();
try {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await migrate(database);
    process.stdout.write(
      `migrations on ${database.kind}: ${result.applied.length} applied (${result.applied.join(', ') || 'none'}), ${result.alreadyApplied.length} already applied\n`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  const reason =
    error instanceof DataDirInUse
      ? `${error.message}; stop it first (a server applies pending migrations when it starts)`
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`migrate refused: ${reason}\n`);
  process.exitCode = 1;
}
