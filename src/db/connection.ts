/**
 * Opens the database: PostgreSQL through `pg` when a URL is given, else the embedded
 * PGlite in a data directory. Both sit behind the same Kysely<Database>.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './schema.ts';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts';
import { markConnectFailure } from './failures.ts';

export type DatabaseKind = 'postgres' | 'pglite';

const DATE_OID = 1082;

/** A raw connection inside one transaction, for multi-statement scripts (migrations). */
export interface ScriptTransaction {
  exec(script: string): Promise<void>;
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Runs `fn` in one transaction on one raw connection. */
  scriptTransaction<T>(fn: (tx: ScriptTransaction) => Promise<T>): Promise<T>;
  /** PGlite only: the whole data folder as a gzipped tar (a consistent copy, taken between statements). */
  dumpDataDir?: () => Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite in `dataDir`. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` for an in-memory database. */
  dataDir?: string;
  poolSize?: number;
  /** Fail fast when PostgreSQL cannot be reached (ms). */
  connectionTimeoutMs?: number;
  /** Abort any statement that runs longer (ms). */
  statementTimeoutMs?: number;
  /** Told about connections lost outside a query (server restart, outage); they never crash the process. */
  onConnectionError?: (error: Error) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url ? openPostgres(options.url, options) : openPglite(options.dataDir ?? './data');
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    // DATE columns come back as 'YYYY-MM-DD' text, never as a JS Date shifted by the local time zone.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // A client losing its server (restart, outage) must not crash the process. The pool drops an idle
  // client that fails ('error' on the pool); a checked-out client that fails between two queries
  // emits 'error' on itself, with no listener an uncaught exception, so every client gets one. Its
  // next query fails (→ 503) and the pool discards it when it is released.
  const onError = (error: Error) => options.onConnectionError?.(error);
  pool.on('error', onError);
  pool.on('connect', (client) => {
    client.on('error', onError);
  });
  // Every connection is taken through here: a failure to get one (refused, timed out, refused during
  // authentication, the pool's wait for a free connection) is marked, so it answers 503 whatever its code.
  const connect = () => pool.connect().catch((error: unknown) => Promise.reject(markConnectFailure(error)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect, end: () => pool.end() } }) });
  return {
    kind: 'postgres',
    db,
    async scriptTransaction(fn) {
      const client = await connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          exec: async (script) => {
            await client.query(script);
          },
          query: async <R>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as R[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => db.destroy(),
  };
}

/**
 * Makes `dataDir` (a new, empty folder nobody else knows of yet) a PGlite data folder from a tarball
 * `dumpDataDir` wrote. The lock files the tarball carries (it was taken from a held folder) are removed.
 */
export async function loadPgliteDataDir(dataDir: string, tarball: Uint8Array<ArrayBuffer>): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([tarball]) });
  await pglite.close();
  for (const name of readdirSync(dataDir)) if (name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`)) rmSync(join(dataDir, name), { force: true });
}

/** A data folder is taken for this process first (DataDirInUse when another holds it); `memory://` is this process's own. */
async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const lock = dataDir.startsWith('memory://') ? null : lockDataDir(dataDir);
  let db: Kysely<Database>;
  let pglite: PGlite;
  try {
    // Loaded only when used: the WebAssembly build holds memory a server on PostgreSQL does not need.
    const [{ PGlite }, { PGliteDialect }] = await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
    pglite = await PGlite.create(dataDir, { parsers: { [DATE_OID]: (v: string) => v } });
    db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  } catch (error) {
    lock?.release();
    throw error;
  }
  return {
    kind: 'pglite',
    db,
    // Only used before the server serves (migrations), when nothing else holds the single connection.
    scriptTransaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          exec: async (script) => {
            await tx.exec(script);
          },
          query: async <R>(text: string, params: unknown[] = []) => (await tx.query<R>(text, params)).rows,
        }),
      ),
    dumpDataDir: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
    close: async () => {
      try {
        await db.destroy();
      } finally {
        lock?.release();
      }
    },
  };
}
