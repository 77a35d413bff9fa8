/**
 * What a database holds, in a few figures a backup records and a restore checks again: the schema
 * (the numbered migrations applied), the log's size, a digest of every stream head, and the latest
 * signed Merkle checkpoint (docs/tamper-evidence.md), where the schema has them.
 */
import { sql } from 'kysely';
import { latestCheckpoint } from '../audit/checkpoint.query.ts';
import type { Checkpoint } from '../audit/signing.ts';
import type { Executor } from '../store/types.ts';

export interface LogFacts {
  /** The numbered migrations applied (`0001_baseline.sql`, …), in order. */
  migrations: string[];
  events: number;
  streams: number;
  /** The highest global position (0 for an empty log). */
  lastPosition: number;
  /** sha256 over every stream head (`stream_id`, version, last hash), in stream order. */
  chainHeadsDigest: string;
  /** The latest signed checkpoint of the Merkle tree over the log; null before the first (or a schema without them). */
  checkpoint: Checkpoint | null;
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
  const hasCheckpoints = await sql<{ exists: boolean }>`SELECT to_regclass('merkle_checkpoints') IS NOT NULL AS exists`.execute(db);
  const checkpoint = hasCheckpoints.rows[0]?.exists ? await latestCheckpoint(db) : null;
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
