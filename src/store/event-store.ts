/**
 * The event store: the only writer of `streams`, `events` and `idempotency_keys`.
 *
 * - append (src/store/commit.ts): one statement, docket_commit, with optimistic concurrency on the
 *   stream head; the loser of a race gets `version_conflict`, never a gap or a duplicate.
 * - readAll: gap-safe. Rows are visible to a reader only once every transaction that could
 *   still commit a lower position has finished: `transaction_id < pg_snapshot_xmin(...)`,
 *   ordered and checkpointed by (transaction_id, global_position).
 * - every event carries sha256(prev_hash ‖ canonical JSON) chained per stream.
 */
import { sql } from 'kysely';
import { decodeCursor, encodeCursor, START_CURSOR, type Cursor } from './cursor.ts';
import type { EventMetadata, Executor, StoredEvent, StreamHeader } from './types.ts';

type EventRow = {
  global_position: string | number | bigint;
  stream_id: string;
  stream_version: number;
  workflow: string;
  workflow_version: number;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  occurred_on: string;
  recorded_at: Date | string;
  transaction_id: string;
  prev_hash: string;
  hash: string;
};

const EVENT_COLUMNS = sql`global_position, stream_id, stream_version, workflow, workflow_version, type, data, metadata,
  occurred_on::text AS occurred_on, recorded_at, transaction_id::text AS transaction_id, prev_hash, hash`;

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    globalPosition: Number(row.global_position),
    streamId: row.stream_id,
    version: row.stream_version,
    workflow: row.workflow,
    workflowVersion: row.workflow_version,
    type: row.type,
    data: row.data,
    metadata: row.metadata as unknown as EventMetadata,
    occurredOn: row.occurred_on,
    recordedAt: new Date(row.recorded_at),
    transactionId: row.transaction_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}


export async function readStreamHeader(db: Executor, streamId: string): Promise<StreamHeader | null> {
  const row = await db.selectFrom('streams').selectAll().where('stream_id', '=', streamId).executeTakeFirst();
  if (!row) return null;
  return {
    streamId: row.stream_id,
    workflow: row.workflow,
    workflowVersion: row.workflow_version,
    version: row.version,
    lastHash: row.last_hash,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export interface ReadStreamOptions {
  /** Only events with version > afterVersion. */
  afterVersion?: number;
  /** Only events with version <= upToVersion. */
  upToVersion?: number;
  /** Only events whose business date is on or before this date. */
  upToDate?: string;
}

export async function readStream(db: Executor, streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
  const result = await sql<EventRow>`SELECT ${EVENT_COLUMNS} FROM events
    WHERE stream_id = ${streamId}
      AND stream_version > ${options.afterVersion ?? 0}
      AND stream_version <= ${options.upToVersion ?? 2_147_483_647}
      ${options.upToDate ? sql`AND occurred_on <= ${options.upToDate}::date` : sql``}
    ORDER BY stream_version`.execute(db);
  return result.rows.map(toStoredEvent);
}

export interface ReadAllOptions {
  after?: Cursor | string | undefined;
  limit?: number;
}

export interface ReadAllResult {
  events: StoredEvent[];
  /** Pass back as `after` for the next page; unchanged when nothing new was visible. */
  cursor: string;
}

/** Every committed event exactly once, in (transaction_id, global_position) order, never skipping a late commit. */
export async function readAll(db: Executor, options: ReadAllOptions = {}): Promise<ReadAllResult> {
  const cursor = typeof options.after === 'string' ? decodeCursor(options.after) : options.after ?? START_CURSOR;
  const limit = Math.max(1, Math.min(options.limit ?? 100, 10_000));
  const result = await sql<EventRow>`SELECT ${EVENT_COLUMNS} FROM events
    WHERE (transaction_id, global_position) > (${cursor.transactionId}::xid8, ${cursor.position}::bigint)
      AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY events.transaction_id, events.global_position
    LIMIT ${limit}`.execute(db);
  const events = result.rows.map(toStoredEvent);
  const last = events[events.length - 1];
  return {
    events,
    cursor: encodeCursor(last ? { transactionId: last.transactionId, position: last.globalPosition } : cursor),
  };
}
