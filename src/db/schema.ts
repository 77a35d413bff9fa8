/**
 * Kysely table types. int8 columns (global_position) come back from `pg` as strings and
 * from PGlite as numbers or bigints; the store converts them with `Number()` at its edge
 * (positions stay far below 2^53). xid8 is always selected as text.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Int8 = ColumnType<string | number | bigint, never, never>;

export interface StreamsTable {
  stream_id: string;
  workflow: string;
  workflow_version: number;
  version: number;
  last_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventsTable {
  global_position: Generated<Int8>;
  stream_id: string;
  stream_version: number;
  workflow: string;
  workflow_version: number;
  type: string;
  data: JSONColumnType<Record<string, unknown>, string, never>;
  metadata: JSONColumnType<Record<string, unknown>, string, never>;
  occurred_on: ColumnType<string | Date, string, never>;
  recorded_at: ColumnType<Date, Date | string, never>;
  transaction_id: ColumnType<string, never, never>;
  prev_hash: string;
  hash: string;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  request_hash: string;
  result: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

export interface Database {
  streams: StreamsTable;
  events: EventsTable;
  idempotency_keys: IdempotencyKeysTable;
}
