/**
 * `npm run projections:rebuild`: drop and rebuild every inline read view from the event log, in one
 * transaction (readers wait and then see the finished views). Progress on a terminal; one summary line.
 * Runs on the configured database (DATABASE_URL or DOCKET_DATA_DIR), which must be migrated already;
 * on the embedded database, only while no server holds the data folder.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { DataDirInUse } from '../src/db/data-dir-lock.ts';
import { Registry } from '../src/engine/registry.ts';
import { inlineProjector } from '../src/projections/inline.ts';
import { rebuildProjections } from '../src/projections/rebuild.ts';
import { PersonalData } from '../src/privacy/personal-data.ts';
import { masterKeyOf } from '../src/privacy/master-key.ts';
import { systemClock } from '../src/clock.ts';

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((error: unknown) => {
  if (!(error instanceof DataDirInUse)) throw error;
  process.stderr.write(`projections:rebuild refused: ${error.message}; stop it first (the rebuild needs the embedded database to itself)\n`);
  process.exit(1);
});
const tty = process.stdout.isTTY === true;
const started = performance.now();
try {
  const result = await rebuildProjections(database.db, {
    registry: new Registry(),
    personalData: new PersonalData(masterKeyOf(config).key, systemClock),
    projector: inlineProjector(),
    concurrentReads: database.kind === 'postgres',
    onProgress: ({ events, streams }) => {
      if (tty) process.stdout.write(`\rreplaying: ${events} events, ${streams} streams`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(result.events / seconds) : result.events;
  if (tty) process.stdout.write('\r\x1b[K');
  process.stdout.write(
    `projections rebuilt on ${database.kind}: ${result.events} events, ${result.streams} streams, ${seconds.toFixed(2)} s, ${rate} events/s ` +
      `(${result.tables.join(', ')})\n`,
  );
} catch (error) {
  process.stderr.write(`projections:rebuild failed, the views are unchanged: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
