/**
 * What a database holds, in a few figures a backup records and a restore checks again: the schema
 * (the numbered migrations applied), the log's size, a digest of every stream head, and the latest
 * Merkle checkpoint where the database has a `checkpoints` table.
 */
import { sql } from 'kysely';
import type { Executor } from './types.ts';

export interface LogFacts {
  /** The numbered migrations applied (`0001_baseline.sql`, …), in order. */
  migrations: string[];
  events: number;
  streams: number;
  /** The highest global position (0 for an empty log). */
  lastPosition: number;
  /** sha256 over every stream head (`stream_id`, version, last hash), in stream order. */
  chainHeadsDigest: string;
  /** The latest row of `checkpoints`, as stored, or null when there is no such table or row. */
  checkpoint: Record<string, unknown> | null;
  /** The highest `transaction_id` in the log (a decimal string; "0" for an empty log). */
  lastTransactionId: string;
}

export async function readLogFacts(db: Executor): Promise<LogFacts> {
  const migrations = await sql<{ name: string }>`SELECT name FROM schema_migrations WHERE name ~ '^[0-9]{4}_' ORDER BY name`.execute(db);
  const counts = await sql<{ events: string | number; last_position: string | number; last_transaction: string }>`SELECT count(*) AS events,
      coalesce(max(global_position), 0) AS last_position, coalesce(max(transaction_id)::text, '0') AS last_transaction FROM events`.execute(db);
  const heads = await sql<{ streams: string | number; digest: string }>`SELECT count(*) AS streams,
      encode(sha256(convert_to(coalesce(string_agg(stream_id || ' ' || version || ' ' || last_hash, E'\n' ORDER BY stream_id COLLATE "C"), ''), 'UTF8')), 'hex') AS digest
    FROM streams`.execute(db);
  // Whatever its columns, the first one orders it (an id, or the position it covers).
  const first = await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'checkpoints' ORDER BY ordinal_position LIMIT 1`.execute(db);
  let checkpoint: Record<string, unknown> | null = null;
  const orderBy = first.rows[0]?.column_name;
  if (orderBy !== undefined) {
    const latest = await sql<{ row: Record<string, unknown> }>`SELECT to_jsonb(c) AS row FROM checkpoints c ORDER BY ${sql.ref(`c.${orderBy}`)} DESC LIMIT 1`.execute(db);
    checkpoint = latest.rows[0]?.row ?? null;
  }
  const count = counts.rows[0]!;
  const head = heads.rows[0]!;
  return {
    migrations: migrations.rows.map((r) => r.name),
    events: Number(count.events),
    streams: Number(head.streams),
    lastPosition: Number(count.last_position),
    chainHeadsDigest: head.digest,
    checkpoint,
    lastTransactionId: count.last_transaction,
  };
}
