/**
 * The event store: the only writer of `streams`, `events` and `idempotency_keys`.
 *
 * - append: optimistic concurrency on `streams.version` (a conditional UPDATE, or an INSERT for a
 *   new stream); the loser of a race gets `version_conflict`, never a gap or a duplicate.
 * - readAll: gap-safe. Rows are visible to a reader only once every transaction that could
 *   still commit a lower position has finished: `transaction_id < pg_snapshot_xmin(...)`,
 *   ordered and checkpointed by (transaction_id, global_position).
 * - every event carries sha256(prev_hash ‖ canonical JSON) chained per stream.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { VersionConflict } from '../errors.ts';
import { eventHash, GENESIS_HASH } from './canonical.ts';
import { decodeCursor, encodeCursor, START_CURSOR, type Cursor } from './cursor.ts';
import type { AppendRequest, EventMetadata, Executor, StoredEvent, StreamHeader } from './types.ts';

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

/** Appends inside the caller's transaction (the engine adds timers and projections to it). */
export async function appendToStream(
  trx: Transaction<Database>,
  request: AppendRequest,
  recordedAt: Date,
): Promise<StoredEvent[]> {
  const { streamId, expectedVersion, events } = request;
  if (events.length === 0) return [];
  const newVersion = expectedVersion + events.length;
  let prevHash: string;
  if (expectedVersion === 0) {
    const created = await trx
      .insertInto('streams')
      .values({
        stream_id: streamId,
        workflow: request.workflow,
        workflow_version: request.workflowVersion,
        version: newVersion,
        last_hash: GENESIS_HASH,
        created_at: recordedAt,
        updated_at: recordedAt,
      })
      .onConflict((oc) => oc.column('stream_id').doNothing())
      .returning('last_hash')
      .executeTakeFirst();
    if (!created) throw new VersionConflict(streamId, expectedVersion, await currentVersion(trx, streamId));
    prevHash = created.last_hash;
  } else {
    const updated = await trx
      .updateTable('streams')
      .set({ version: newVersion, updated_at: recordedAt })
      .where('stream_id', '=', streamId)
      .where('version', '=', expectedVersion)
      .returning(['last_hash', 'workflow', 'workflow_version'])
      .executeTakeFirst();
    if (!updated) throw new VersionConflict(streamId, expectedVersion, await currentVersion(trx, streamId));
    prevHash = updated.last_hash;
  }

  const recordedIso = recordedAt.toISOString();
  const rows = events.map((event, i) => {
    const version = expectedVersion + i + 1;
    const hash = eventHash(prevHash, {
      streamId,
      version,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      occurredOn: event.occurredOn,
      recordedAt: recordedIso,
    });
    const row = {
      stream_id: streamId,
      stream_version: version,
      workflow: request.workflow,
      workflow_version: request.workflowVersion,
      type: event.type,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
      occurred_on: event.occurredOn,
      recorded_at: recordedAt,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });

  const inserted = await trx
    .insertInto('events')
    .values(rows)
    .returning([
      'global_position',
      'stream_version',
      sql<string>`transaction_id::text`.as('transaction_id'),
    ])
    .execute();
  await trx.updateTable('streams').set({ last_hash: prevHash }).where('stream_id', '=', streamId).execute();

  return inserted.map((r, i) => {
    const row = rows[i]!;
    return {
      globalPosition: Number(r.global_position),
      streamId,
      version: r.stream_version,
      workflow: request.workflow,
      workflowVersion: request.workflowVersion,
      type: row.type,
      data: events[i]!.data,
      metadata: events[i]!.metadata,
      occurredOn: row.occurred_on,
      recordedAt,
      transactionId: r.transaction_id,
      prevHash: row.prev_hash,
      hash: row.hash,
    };
  });
}

async function currentVersion(db: Executor, streamId: string): Promise<number | null> {
  const row = await db.selectFrom('streams').select('version').where('stream_id', '=', streamId).executeTakeFirst();
  return row?.version ?? null;
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
