/**
 * `npm run demo`: loads the Haining 2018 demo organisation (docs/workflows.md, "Member") through the HTTP API.
 *
 *   npm run demo                    into the local server (http://127.0.0.1:$PORT) when it answers
 *                                   /health; with none running, into the configured database, opened
 *                                   by this script (DATABASE_URL, else PGlite in DOCKET_DATA_DIR: only
 *                                   while no other process holds that data folder)
 *   npm run demo -- --url <URL>     into the server at URL
 *
 * The admin token comes from DOCKET_ADMIN_TOKEN or --token <token> (the token a server printed at
 * its first start); it is needed to load into a server. A load that stopped half-way is finished
 * by running the demo again.
 *
 * Progress is shown on a terminal; the last line is a one-line summary.
 * Exit codes: 0 loaded, or the demo was already loaded (nothing changed);
 *             1 refused (another organisation is there, the data folder is in use, no token), or failed.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { masterKeyOf } from '../src/privacy/master-key.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { DataDirInUse } from '../src/db/data-dir-lock.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/app.ts';
import { DemoStepError, loadHainingDemo, loadHainingDemoInto, type DemoLoadResult } from './demo-load.ts';
import { answersHealth, httpTransport } from './demo-transport.ts';

const out = process.stdout;

const USAGE = 'usage: npm run demo [-- --url <server URL>] [--token <admin token>]  (or DOCKET_ADMIN_TOKEN=<admin token>)';

function progress(phase: string, done: number, total: number): void {
  if (!out.isTTY) return;
  out.write(`\r\x1b[K  loading ${phase} ${done}/${total}`);
}

/** Prints the outcome; the exit code. */
function finish(result: DemoLoadResult): number {
  if (out.isTTY) out.write('\r\x1b[K');
  if (result.status === 'loaded') {
    out.write(`${result.summary}\n`);
    return 0;
  }
  out.write(`${result.message}\n`);
  return result.status === 'already_loaded' ? 0 : 1;
}

function refuse(message: string): number {
  process.stderr.write(`demo refused: ${message}\n`);
  return 1;
}

async function intoServer(url: string, adminToken: string | undefined): Promise<number> {
  if (!adminToken) {
    return refuse(
      `a Docket server is running at ${url}; the demo loads through its API as an admin: ` +
        'give its admin token with DOCKET_ADMIN_TOKEN=<token> npm run demo, or npm run demo -- --token <token> ' +
        '(the token the server printed at its first start)',
    );
  }
  if (out.isTTY) out.write(`Loading the Haining 2018 demo into the server at ${url}…\n`);
  try {
    return finish(await loadHainingDemo(httpTransport(url), adminToken, { progress }));
  } catch (error) {
    if (error instanceof DemoStepError && error.status === 401) {
      if (out.isTTY) out.write('\n');
      return refuse(`the server at ${url} does not accept this admin token (401): give the admin token of that server`);
    }
    throw error;
  }
}

async function intoOwnDatabase(adminToken: string | undefined, fromEnvironment: boolean): Promise<number> {
  const config = loadConfig();
  let database: DatabaseHandle;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  } catch (error) {
    if (!(error instanceof DataDirInUse)) throw error;
    return refuse(`${error.message}; stop it, or run this against the server with --url <its address, e.g. http://127.0.0.1:3000>`);
  }
  try {
    await migrate(database);
    // Each command is an HTTP request: keep the request log quiet unless LOG_LEVEL asks for it.
    // The server's master key (or the embedded one in the data folder): what the demo seals, the server opens.
    const app = await buildApp({ database, logLevel: process.env.LOG_LEVEL ? config.logLevel : 'warn', masterKey: masterKeyOf(config).key });
    try {
      await app.ready();
      // The admin DOCKET_ADMIN_TOKEN names is made sure of as `npm start` does at its start.
      if (adminToken && fromEnvironment) await app.docket.principals.bootstrapAdmin(adminToken);
      if (out.isTTY) out.write(`Loading the Haining 2018 demo into ${database.kind === 'pglite' ? `PGlite (${config.dataDir})` : 'PostgreSQL'}…\n`);
      return finish(await loadHainingDemoInto(app, { ...(adminToken ? { adminToken } : {}), progress }));
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const adminToken = values.token ?? config.adminToken;
  if (values.url) {
    if (!(await answersHealth(values.url))) return refuse(`no Docket server answers at ${values.url}/health`);
    return intoServer(values.url, adminToken);
  }
  const local = `http://127.0.0.1:${config.port}`;
  if (await answersHealth(local)) return intoServer(local, adminToken);
  return intoOwnDatabase(adminToken, values.token === undefined);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (out.isTTY) out.write('\n');
    process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof DemoStepError || error instanceof TypeError) process.stderr.write('Run the demo again to finish the load: what it already recorded is kept.\n');
    process.exitCode = 1;
  },
);
