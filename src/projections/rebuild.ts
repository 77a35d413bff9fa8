/**
 * Rebuilds every inline read view from the log (`npm run projections:rebuild`).
 *
 * ONE transaction: TRUNCATE the views' tables, then read every event in stream order (stream by
 * stream, each stream's events in version order, checked to start at 1 and leave no gap) and call
 * the very projections the engine calls, once per stream, with the stream's whole life: its events,
 * and the state its last event led to as the engine recorded it on the stream head. A stream whose
 * head records no state for its last event (appended past the engine) is folded through its pinned
 * workflow version's machine instead, and one the machine rejects fails the rebuild with
 * ReplayDivergence. Stream order, not global order, because the views' rows are keyed by stream
 * (or are counters summed across streams): only each stream's own order matters. The writes of a
 * chunk of events are applied with one call of docket_apply_views (the same writer the commits
 * use), while node reads and projects the next chunk; events are read in batches of JSON texts that
 * PostgreSQL builds (read-events.ts), ahead of the replay and, on PostgreSQL, on a second connection.
 *
 * Nobody is served a half-built view: TRUNCATE holds an ACCESS EXCLUSIVE lock on the tables until
 * commit, so readers wait and then see the finished views (or, on failure, the old ones). A command
 * arriving meanwhile appends its events but waits at its view writes, uncommitted, so it is in none
 * of this rebuild's reads and applies its change on top once the rebuild commits. Every read of the
 * log must therefore see what committed before TRUNCATE was granted its lock: the rebuild's
 * transaction stays READ COMMITTED, and the second connection's REPEATABLE READ snapshot is taken at
 * its first read, after TRUNCATE returned.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { fold, restore, type Folded } from '../engine/decider.ts';
import { toDomainEvent } from '../engine/engine.ts';
import { parseStreamId, type Registry } from '../engine/registry.ts';
import type { ProjectedEvent, Projector } from './projector.ts';
import type { ViewOp, ViewWrites } from './view-tables.ts';
import { parseEvents, readEventTexts, STREAM_ORDER_START, type StreamHead, type StreamPosition } from './read-events.ts';
import type { Executor } from '../store/types.ts';
import { readStream, readStreamHeader } from '../store/event-store.ts';
import type { PersonalData } from '../privacy/personal-data.ts';
import { readStoredKeys } from '../privacy/data-keys.query.ts';

export interface RebuildProgress {
  events: number;
  streams: number;
}

export interface RebuildResult extends RebuildProgress {
  tables: string[];
}

export interface RebuildOptions {
  registry: Registry;
  projector: Projector;
  /** Events read per query (default 5,000). */
  batchSize?: number;
  /** Events replayed together: the view writes of their streams are applied together (default 5,000). */
  chunkSize?: number;
  /**
   * Read the log on a second connection (PostgreSQL), so PostgreSQL reads the next batches on one
   * backend while it applies views on the other (the pool must hold two connections). Off for
   * PGlite, which has a single session.
   */
  concurrentReads?: boolean;
  /** Called (and awaited) inside the transaction after each batch. */
  onProgress?: (progress: RebuildProgress) => void | Promise<void>;
  /** Opens the events' personal fields, so the views hold what the engine projected (src/privacy/personal-data.ts). */
  personalData: PersonalData;
}

export async function rebuildProjections(db: Kysely<Database>, options: RebuildOptions): Promise<RebuildResult> {
  if (!options.concurrentReads) return db.transaction().execute((trx) => replayLog(trx, trx, options));
  // The reader's REPEATABLE READ snapshot is taken at its first read, after TRUNCATE holds the
  // views: it sees every event committed before, and a command cannot commit events meanwhile
  // (its projection step waits for the lock), so it reads what the single-connection replay reads.
  return db.connection().execute(async (reader) => {
    await sql`BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(reader);
    try {
      return await db.transaction().execute((trx) => replayLog(trx, reader, options));
    } finally {
      await sql`ROLLBACK`.execute(reader);
    }
  });
}

async function replayLog(trx: Transaction<Database>, reader: Executor, options: RebuildOptions): Promise<RebuildResult> {
  const tables = options.projector.tables();
  const batchSize = options.batchSize ?? 5_000;
  const chunkSize = options.chunkSize ?? 5_000;
  await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
  const replay: Replay = { options, db: trx, open: null, heads: new Map(), streams: 0 };
  let events = 0;
  // Node projects the next chunk while PostgreSQL applies the previous one and reads the next batches.
  // Every promise gets a handler at once (they are awaited later; a failure meanwhile must not go
  // unhandled), and a failure waits for them: no statement may outlive the transaction's rollback.
  let applying: Promise<void> = Promise.resolve();
  const apply = async (ops: ViewOp[]) => {
    const writes = freshWrites(ops);
    await applying;
    applying = sql`SELECT docket_apply_views(${JSON.stringify(writes)}::jsonb)`.execute(trx).then(() => undefined);
    applying.catch(() => undefined);
  };
  const batches = new BatchReader(reader, batchSize, options.concurrentReads ? 2 : 1);
  try {
    let ops: ViewOp[] = [];
    let replayed = 0;
    for (;;) {
      const batch = await batches.next();
      if (batch === null) break;
      const { texts, lastText } = batch;
      for (const [streamId, head] of batch.heads) replay.heads.set(streamId, head);
      for (let t = 0; t < texts.length; t++) {
        const parsed = t === texts.length - 1 ? lastText : parseEvents(texts[t]!);
        texts[t] = '';
        for (let i = 0; i < parsed.length; ) {
          const chunk = parsed.slice(i, i + chunkSize - replayed);
          for (const op of await replayChunk(replay, chunk)) ops.push(op);
          i += chunk.length;
          replayed += chunk.length;
          if (replayed === chunkSize) {
            await apply(ops);
            ops = [];
            replayed = 0;
          }
        }
      }
      events += batch.count;
      await options.onProgress?.({ events, streams: replay.streams });
    }
    // The last stream's events are still open: project them.
    if (replay.open) for (const op of project(replay, replay.open)) ops.push(op);
    await apply(ops);
    await applying;
  } catch (error) {
    await Promise.allSettled([applying, batches.settled()]);
    throw error;
  }
  return { events, streams: replay.streams, tables };
}

/** A batch as read: its JSON texts, its event count, its last text already parsed, and the heads of its streams. */
interface Batch {
  texts: string[];
  count: number;
  lastText: ProjectedEvent[];
  heads: Map<string, StreamHead>;
}

/**
 * Reads batches ahead of the replay, up to `depth` waiting: each batch's next read is sent as soon
 * as the batch arrives (its last event is where the next starts), not when the replay gets to it.
 */
class BatchReader {
  private readonly waiting: Promise<Batch>[] = [];
  /** Where reading stopped because `depth` batches were waiting. */
  private paused: StreamPosition | null = null;
  private done = false;

  constructor(
    private readonly db: Executor,
    private readonly batchSize: number,
    private readonly depth: number,
  ) {
    this.read(STREAM_ORDER_START);
  }

  /** The next batch in stream order, or null after the last. */
  async next(): Promise<Batch | null> {
    const waiting = this.waiting.shift();
    if (waiting === undefined) return null;
    const batch = await waiting;
    if (this.paused !== null) {
      const from = this.paused;
      this.paused = null;
      this.read(from);
    }
    return batch;
  }

  /** Settles once no read is in flight. */
  async settled(): Promise<void> {
    this.done = true;
    await Promise.allSettled(this.waiting);
  }

  private read(after: StreamPosition): void {
    const reading = readEventTexts(this.db, after, this.batchSize).then(({ texts, count, heads }): Batch => {
      const lastText = texts.length > 0 ? parseEvents(texts[texts.length - 1]!) : [];
      const last = lastText[lastText.length - 1];
      const next = count === this.batchSize && last !== undefined ? { streamId: last.streamId, version: last.version } : null;
      if (next !== null && !this.done) {
        if (this.waiting.length < this.depth) this.read(next);
        else this.paused = next;
      }
      return { texts, count, lastText, heads };
    });
    reading.catch(() => undefined);
    this.waiting.push(reading);
  }
}

/**
 * Node yields to its event loop every few milliseconds of replay: PostgreSQL's work overlaps
 * node's only if node sends it the next statement of an apply (several per chunk) and drains the
 * batch it is sending (a full socket stops it) while replaying, not after.
 */
const YIELD_MS = 2;

/** The stream being read: its events not yet projected. */
interface OpenStream {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  version: number;
  events: ProjectedEvent[];
}

interface Replay {
  options: Pick<RebuildOptions, 'registry' | 'projector' | 'personalData'>;
  /** Where the data keys are read. */
  db: Executor;
  open: OpenStream | null;
  /** The heads of the streams of the batches read so far (a stream may begin in one batch and end in the next). */
  heads: Map<string, StreamHead>;
  streams: number;
}

/**
 * Reads a chunk of events in stream order: checks each stream starts at version 1 and goes on
 * without a gap, and gathers each stream's events; a stream is projected when the next stream
 * begins. Returns the view writes.
 */
async function replayChunk(replay: Replay, events: readonly ProjectedEvent[]): Promise<ViewOp[]> {
  const ops: ViewOp[] = [];
  // The heads read with the events carry the wrapped keys: no statement of its own.
  await replay.options.personalData.open(replay.db, events, (subject) => replay.heads.get(subject)?.key);
  let slice = performance.now();
  for (const event of events) {
    let open = replay.open;
    if (open !== null && open.streamId !== event.streamId) {
      for (const op of project(replay, open)) ops.push(op);
      open = replay.open = null;
      // Let the event loop send PostgreSQL its next statement and drain the batch it is sending.
      if (performance.now() - slice > YIELD_MS) {
        await new Promise(setImmediate);
        slice = performance.now();
      }
    }
    if (open === null) {
      const def = replay.options.registry.get(event.workflow, event.workflowVersion);
      open = replay.open = { def, streamId: event.streamId, id: parseStreamId(event.streamId).id, version: 0, events: [] };
      replay.streams++;
    }
    if (event.version !== open.version + 1) {
      throw new Error(`rebuild: ${event.streamId} version ${event.version} follows version ${open.version}: the log has a gap`);
    }
    open.version = event.version;
    open.events.push(event);
  }
  return ops;
}

/** Projects a whole stream: from the state its head records for its last event, or folded when there is none. */
function project(replay: Replay, open: OpenStream): ViewOp[] {
  const { def, streamId, events } = open;
  const head = replay.heads.get(streamId);
  replay.heads.delete(streamId);
  const history = events.map(toDomainEvent);
  const before: Folded = fold(def, []);
  const folded = head?.state && head.version === open.version ? restore(def, head.state, history) : fold(def, history);
  const ops = replay.options.projector.ops({ def, streamId, id: open.id, events, before, folded });
  for (const op of ops) {
    const rows = 'row' in op ? [op.row] : 'rows' in op ? op.rows : [];
    for (const row of rows) {
      if ('stream_id' in row && row.stream_id !== streamId) {
        throw new Error(`rebuild: projecting ${streamId} wrote a ${op.table} row of ${String(row.stream_id)}: a stream's rows must be its own`);
      }
    }
  }
  return ops;
}

/**
 * Projects one stream again from the log, as the rebuild projects it (its erasure: the views then
 * hold what its events open to without their key), inside the caller's transaction: its rows are
 * deleted from the tables of the projections that apply to its workflow (each keyed by stream),
 * then written afresh.
 */
export async function reprojectStream(trx: Transaction<Database>, options: Pick<RebuildOptions, 'registry' | 'projector' | 'personalData'>, streamId: string): Promise<void> {
  const header = await readStreamHeader(trx, streamId);
  if (!header) return;
  const events: ProjectedEvent[] = await readStream(trx, streamId);
  const replay: Replay = { options, db: trx, open: null, heads: new Map(), streams: 0 };
  const key = (await readStoredKeys(trx, [streamId])).get(streamId) ?? { wrapped: null, erased: false };
  replay.heads.set(streamId, { version: header.version, state: header.state, key });
  await replayChunk(replay, events);
  if (!replay.open) return;
  const ops = project(replay, replay.open);
  const tables = new Set(options.projector.projections.filter((p) => !p.workflows || p.workflows.includes(header.workflow)).flatMap((p) => p.tables));
  for (const table of tables) await sql`DELETE FROM ${sql.table(table)} WHERE stream_id = ${streamId}`.execute(trx);
  await sql`SELECT docket_apply_views(${JSON.stringify(freshWrites(ops))}::jsonb)`.execute(trx);
}

/**
 * The writes of projections into emptied views: each stream is projected once and writes only its
 * own rows (project() checks it), so nothing they would delete or replace can exist yet: only their
 * rows are written.
 */
function freshWrites(ops: readonly ViewOp[]): ViewWrites {
  const writes: ViewWrites = {};
  for (const op of ops) {
    if ('remove' in op) continue;
    const rows = 'stream' in op ? op.rows : [op.row];
    if (rows.length > 0) ((writes[op.table] ??= {}).rows ??= []).push(...rows);
  }
  return writes;
}
