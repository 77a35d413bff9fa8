/**
 * Each test file gets its own fresh PostgreSQL database (dropped afterwards), so files run in parallel.
 * TEST_DATABASE_URL points at the server's maintenance database (default: local trust auth).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'docket_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: urlFor(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A fresh, migrated database and an open handle on it. */
export async function migratedPostgres(options: { poolSize?: number } = {}): Promise<{ handle: DatabaseHandle; database: TestDatabase; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const handle = await openDatabase({ url: database.url, poolSize: options.poolSize ?? 20 });
  await migrate(handle);
  return {
    handle,
    database,
    close: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

export async function migratedPglite(): Promise<{ handle: DatabaseHandle; close(): Promise<void> }> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle);
  return { handle, close: () => handle.close() };
}

/** Runs SQL as a superuser on a test database (for tamper tests). */
export async function superuserQuery(database: TestDatabase, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
