/**
 * Reading the event log (commit.ts is the only writer of `streams`, `events` and `idempotency_keys`).
 *
 * - readAll: gap-safe. Rows are visible to a reader only once every transaction that could
 *   still commit a lower position has finished: `transaction_id < pg_snapshot_xmin(...)`,
 *   ordered and checkpointed by (transaction_id, global_position).
 * - every event carries sha256(prev_hash ‖ canonical JSON) chained per stream.
 */
import { sql } from 'kysely';
import { decodeCursor, encodeCursor, START_CURSOR, type Cursor } from './cursor.ts';
import type { EventMetadata, Executor, RecordedState, StoredEvent, StreamHeader } from './types.ts';

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


type HeaderRow = {
  stream_id: string;
  workflow: string;
  workflow_version: number;
  version: number;
  last_hash: string;
  state: RecordedState | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const toHeader = (row: HeaderRow): StreamHeader => ({
  streamId: row.stream_id,
  workflow: row.workflow,
  workflowVersion: row.workflow_version,
  version: row.version,
  lastHash: row.last_hash,
  state: row.state,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

export async function readStreamHeader(db: Executor, streamId: string): Promise<StreamHeader | null> {
  const row = await db.selectFrom('streams').selectAll().where('stream_id', '=', streamId).executeTakeFirst();
  return row ? toHeader(row) : null;
}

export interface LoadedStream {
  header: StreamHeader | null;
  /** Events with version > afterVersion. */
  events: StoredEvent[];
  settings: Record<string, unknown> | null;
  /** view_settings.version; null before the first settings change. */
  settingsVersion: number | null;
}

/** What a command needs, in one round trip: the stream head, its events after `afterVersion`, and the organisation settings. */
export async function loadForCommand(db: Executor, streamId: string, afterVersion: number, settingsRow: string): Promise<LoadedStream> {
  const { rows } = await sql<{
    head: HeaderRow | null;
    events: EventRow[] | null;
    settings: Record<string, unknown> | null;
    settings_version: number | null;
  }>`
    SELECT (SELECT row_to_json(s) FROM streams s WHERE s.stream_id = ${streamId}) AS head,
      (SELECT json_agg(e ORDER BY e.stream_version) FROM (
         SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ${streamId} AND stream_version > ${afterVersion}) e) AS events,
      (SELECT settings FROM view_settings WHERE id = ${settingsRow}) AS settings,
      (SELECT version FROM view_settings WHERE id = ${settingsRow}) AS settings_version`.execute(db);
  const row = rows[0]!;
  return {
    header: row.head ? toHeader(row.head) : null,
    events: (row.events ?? []).map(toStoredEvent),
    settings: row.settings,
    settingsVersion: row.settings_version,
  };
}

/**
 * Several streams' heads and their events after the versions given, in one round trip (a page of a
 * view asking what its caller may do on each item). Streams that do not exist are absent.
 */
export async function loadStreams(db: Executor, wanted: readonly { streamId: string; afterVersion: number }[]): Promise<Map<string, { header: StreamHeader; events: StoredEvent[] }>> {
  const loaded = new Map<string, { header: StreamHeader; events: StoredEvent[] }>();
  if (wanted.length === 0) return loaded;
  const { rows } = await sql<{ heads: HeaderRow[] | null; events: EventRow[] | null }>`
    WITH want AS (SELECT * FROM unnest(${wanted.map((w) => w.streamId)}::text[], ${wanted.map((w) => w.afterVersion)}::int[]) AS w(stream_id, after_version))
    SELECT (SELECT json_agg(s) FROM streams s JOIN want USING (stream_id)) AS heads,
      (SELECT json_agg(e ORDER BY e.stream_id, e.stream_version) FROM (
         SELECT ${EVENT_COLUMNS} FROM events JOIN want USING (stream_id) WHERE stream_version > want.after_version) e) AS events`.execute(db);
  const row = rows[0]!;
  for (const head of row.heads ?? []) loaded.set(head.stream_id, { header: toHeader(head), events: [] });
  for (const event of row.events ?? []) loaded.get(event.stream_id)?.events.push(toStoredEvent(event));
  return loaded;
}

/** An event's place in the log and its hash, without its data (what the Merkle tree reads). */
export interface EventLink {
  globalPosition: number;
  transactionId: string;
  streamId: string;
  version: number;
  hash: string;
}

/** The same events, in the same order, as readAll, each as its link only. */
export async function readAllLinks(db: Executor, options: ReadAllOptions = {}): Promise<EventLink[]> {
  const result = await sql<{ global_position: string | number; transaction_id: string; stream_id: string; stream_version: number; hash: string }>`
    SELECT global_position, transaction_id::text AS transaction_id, stream_id, stream_version, hash
    ${visiblePage(cursorOf(options.after), limitOf(options.limit))}`.execute(db);
  return result.rows.map((r) => ({ globalPosition: Number(r.global_position), transactionId: r.transaction_id, streamId: r.stream_id, version: r.stream_version, hash: r.hash }));
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

/**
 * The gap-safe page after `cursor`: committed events past it, of transactions older than every one
 * still running (one of those could yet commit a lower position), in (transaction_id,
 * global_position) order.
 */
const visiblePage = (cursor: Cursor, limit: number) => sql`FROM events
    WHERE (transaction_id, global_position) > (${cursor.transactionId}::xid8, ${cursor.position}::bigint)
      AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY events.transaction_id, events.global_position
    LIMIT ${limit}`;

const cursorOf = (after: Cursor | string | undefined): Cursor => (typeof after === 'string' ? decodeCursor(after) : after ?? START_CURSOR);
const limitOf = (limit: number | undefined) => Math.max(1, Math.min(limit ?? 100, 10_000));

/** Every committed event exactly once, in (transaction_id, global_position) order, never skipping a late commit. */
export async function readAll(db: Executor, options: ReadAllOptions = {}): Promise<ReadAllResult> {
  const cursor = cursorOf(options.after);
  const result = await sql<EventRow>`SELECT ${EVENT_COLUMNS} ${visiblePage(cursor, limitOf(options.limit))}`.execute(db);
  const events = result.rows.map(toStoredEvent);
  const last = events[events.length - 1];
  return {
    events,
    cursor: encodeCursor(last ? { transactionId: last.transactionId, position: last.globalPosition } : cursor),
  };
}
