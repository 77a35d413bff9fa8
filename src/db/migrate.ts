/**
 * The schema, applied in order under an advisory lock, so two processes migrating at once (or one
 * migrating twice) apply each part exactly once:
 *
 * 1. `migrations/NNNN_name.sql`: forward-only, each in its own transaction, recorded with its
 *    checksum. A file changed after it was applied stops the server (MigrationChanged): history
 *    is not rewritten; a change is a new migration.
 * 2. `migrations/functions/*.sql` (the current body of each SQL function, one per file) and the
 *    generated read-view writer (src/projections/view-tables.ts): each applied again whenever its
 *    text changes, and recorded with its checksum.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import type { DatabaseHandle, ScriptTransaction } from './connection.ts';
import { VIEW_TABLES, viewWriterSql, type ViewTableName } from '../projections/view-tables.ts';

export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');
const LOCK_KEY = 7_301_966; // arbitrary, fixed: "docket migrations"
const VIEW_WRITER = 'generated/docket_apply_views';

export interface SchemaPart {
  name: string;
  sql: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

/** A migration file was edited after it was applied to this database. */
export class MigrationChanged extends Error {
  constructor(readonly file: string) {
    super(
      `migrations/${file} was changed after it was applied to this database: migrations are never edited once applied; ` +
        'restore the file and put the change in a new migration',
    );
    this.name = 'MigrationChanged';
  }
}

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

export function listMigrations(dir = MIGRATIONS_DIR): SchemaPart[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

export function listFunctions(dir = MIGRATIONS_DIR): SchemaPart[] {
  const functions = join(dir, 'functions');
  return readdirSync(functions)
    .filter((f) => /^[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name: `functions/${name}`, sql: readFileSync(join(functions, name), 'utf8') }));
}

async function viewWriter(tx: ScriptTransaction): Promise<SchemaPart> {
  const rows = await tx.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY ($1) ORDER BY table_name, ordinal_position`,
    [VIEW_TABLES.map((t) => t.table)],
  );
  const columns = new Map<string, string[]>();
  for (const r of rows) columns.set(r.table_name, [...(columns.get(r.table_name) ?? []), r.column_name]);
  return { name: VIEW_WRITER, sql: viewWriterSql((table: ViewTableName) => columns.get(table) ?? []) };
}

const SCHEMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

async function recorded(tx: ScriptTransaction, name: string): Promise<string | null> {
  const rows = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE name = $1', [name]);
  return rows[0]?.checksum ?? null;
}

/** A schema_migrations table of the development versions before the baseline: no checksums. */
async function refuseUnversionedSchema(tx: ScriptTransaction): Promise<void> {
  const rows = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = 'schema_migrations' AND column_name = 'checksum'`,
  );
  const table = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`,
  );
  if (table[0]!.n > 0 && rows[0]!.n === 0) {
    throw new Error(
      'this database was created by a development version of Docket from before its first release (its schema_migrations has no checksums): ' +
        'create a new database (for the embedded one, stop the server and delete its data folder)',
    );
  }
}

export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of listMigrations(dir)) {
    const applied = await handle.scriptTransaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await refuseUnversionedSchema(tx);
      await tx.exec(SCHEMA_MIGRATIONS);
      const sum = await recorded(tx, migration.name);
      if (sum !== null) {
        if (sum !== checksum(migration.sql)) throw new MigrationChanged(migration.name);
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [migration.name, checksum(migration.sql)]);
      return true;
    });
    (applied ? result.applied : result.alreadyApplied).push(migration.name);
  }
  await handle.scriptTransaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    for (const part of [...listFunctions(dir), await viewWriter(tx)]) {
      const sum = checksum(part.sql);
      if ((await recorded(tx, part.name)) === sum) {
        result.alreadyApplied.push(part.name);
        continue;
      }
      await tx.exec(part.sql);
      await tx.query(
        `INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [part.name, sum],
      );
      result.applied.push(part.name);
    }
  });
  return result;
}

/**
 * For a role that may not change the schema: what is missing or different from what this build
 * expects (empty when the database is up to date). A changed migration file is MigrationChanged.
 */
export async function pendingSchema(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<string[]> {
  return handle.scriptTransaction(async (tx) => {
    await refuseUnversionedSchema(tx);
    const rows = await tx.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    const pending: string[] = [];
    for (const migration of listMigrations(dir)) {
      const sum = done.get(migration.name);
      if (sum === undefined) pending.push(migration.name);
      else if (sum !== checksum(migration.sql)) throw new MigrationChanged(migration.name);
    }
    for (const part of [...listFunctions(dir), await viewWriter(tx)]) if (done.get(part.name) !== checksum(part.sql)) pending.push(part.name);
    return pending;
  });
}
