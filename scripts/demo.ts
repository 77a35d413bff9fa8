/**
 * `npm run demo`: loads the Haining 2018 demo organisation (docs/workflows.md, "Member") into the configured
 * database (DATABASE_URL, else PGlite in DOCKET_DATA_DIR, like `npm start`), through the same HTTP
 * commands a user sends. Progress is shown on a terminal; the last line is a one-line summary.
 *
 * Exit codes: 0 loaded, or the demo was already loaded (nothing changed);
 *             1 refused because another organisation is in the database (nothing changed), or failed.
 * The demo loads only into an empty organisation; if a load fails half-way, start from an empty database.
 */
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { loadHainingDemo } from './demo-load.ts';

const out = process.stdout;

function progress(phase: string, done: number, total: number): void {
  if (!out.isTTY) return;
  out.write(`\r\x1b[K  loading ${phase} ${done}/${total}`);
}

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  try {
    await migrate(database);
    // Each command is an HTTP request: keep the request log quiet unless LOG_LEVEL asks for it.
    const app = await buildApp({ database, logLevel: process.env.LOG_LEVEL ? config.logLevel : 'warn' });
    try {
      await app.ready();
      if (out.isTTY) out.write(`Loading the Haining 2018 demo into ${database.kind === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}…\n`);
      const result = await loadHainingDemo(app, { progress });
      if (out.isTTY) out.write('\r\x1b[K');
      if (result.status === 'loaded') {
        out.write(`${result.summary}\n`);
        return 0;
      }
      out.write(`${result.message}\n`);
      return result.status === 'already_loaded' ? 0 : 1;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (out.isTTY) out.write('\n');
    process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
