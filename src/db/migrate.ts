/**
 * Forward-only SQL migrations: `migrations/NNNN_name.sql`, applied in order, each in its own
 * transaction that first takes an advisory lock, so two processes migrating at once (or one
 * migrating twice) apply each file exactly once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import type { DatabaseHandle } from './connection.ts';

export const MIGRATIONS_DIR = join(PROJECT_ROOT, 'migrations');
const LOCK_KEY = 7_301_966; // arbitrary, fixed: "docket migrations"

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of listMigrations(dir)) {
    const applied = await handle.scriptTransaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      await tx.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = await tx.query<{ name: string }>('SELECT name FROM schema_migrations WHERE name = $1', [migration.name]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      return true;
    });
    (applied ? result.applied : result.alreadyApplied).push(migration.name);
  }
  return result;
}
