/** `npm run migrate`: apply pending migrations to the configured database. */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await migrate(database);
  process.stdout.write(
    `migrations on ${database.kind}: ${result.applied.length} applied (${result.applied.join(', ') || 'none'}), ${result.alreadyApplied.length} already applied\n`,
  );
} finally {
  await database.close();
}
