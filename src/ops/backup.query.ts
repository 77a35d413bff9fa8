/** The SQL that backups and restores need beside the log's own figures (src/store/log-facts.ts). */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';

export async function serverVersion(db: Executor): Promise<string> {
  const row = await sql<{ server_version: string }>`SHOW server_version`.execute(db);
  return row.rows[0]?.server_version ?? 'unknown';
}

/**
 * Exports the snapshot of the running (repeatable read) transaction, for `pg_dump --snapshot`:
 * the dump then holds exactly what this transaction sees.
 */
export async function exportSnapshot(db: Executor): Promise<string> {
  const row = await sql<{ id: string }>`SELECT pg_export_snapshot() AS id`.execute(db);
  return row.rows[0]!.id;
}

/** The tables of the current schema, by name (a database to restore into should have none). */
export async function tablesOf(db: Executor): Promise<string[]> {
  const rows = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() ORDER BY table_name`.execute(db);
  return rows.rows.map((r) => r.table_name);
}

/** The transaction id the next writing transaction will get (xid8, as a decimal string). */
export async function nextTransactionId(db: Executor): Promise<bigint> {
  const row = await sql<{ next: string }>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next`.execute(db);
  return BigInt(row.rows[0]!.next);
}

/**
 * Uses up `count` transaction ids (at most `BURN_BATCH` per call): each sub-transaction that writes
 * gets its own id from the cluster's counter. Used after restoring a log into a cluster whose
 * counter is behind the ids the log recorded, so that new events get higher ids than old ones.
 */
export const BURN_BATCH = 50_000;
export async function burnTransactionIds(db: Executor, count: number): Promise<void> {
  const n = Math.min(count, BURN_BATCH);
  await sql`DO $$ BEGIN
    CREATE TEMP TABLE IF NOT EXISTS docket_restore_xids (x int);
    FOR i IN 1..${sql.lit(n)} LOOP
      BEGIN INSERT INTO docket_restore_xids VALUES (1); EXCEPTION WHEN others THEN NULL; END;
    END LOOP;
    DROP TABLE docket_restore_xids;
  END $$`.execute(db);
}
