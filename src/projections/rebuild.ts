/**
 * Rebuilds every inline read view from the log (`npm run projections:rebuild`).
 *
 * ONE transaction: TRUNCATE the views' tables, then replay every event in stream order (stream by
 * stream, each stream's events in version order), folding each stream through its pinned workflow
 * version (every event through the machine, by replay.ts's fold where it gives XState's result; one
 * the machine rejects fails the rebuild with ReplayDivergence) and calling the very projections the
 * engine calls. Stream order, not global order, because the views' rows are keyed by stream (or are
 * commutative counters) and a stream's fold reads only its own events: only each stream's own order
 * matters, so a stream's whole life can be folded and projected once, between its initial state and
 * its last, as the engine projects the several events one command appends; in global order a
 * long-lived stream would be projected (and its rows written) once per event. A stream longer than
 * a chunk is projected a chunk at a time. The row operations are merged (coalesce.ts) and applied
 * set-based, a few statements per chunk (apply-sets.ts), while node replays the next chunk (a
 * stream's first projection deletes nothing: its rows cannot exist yet; firstProjection); events
 * are read in batches of JSON texts that PostgreSQL builds (read-events.ts), ahead of the replay
 * and, on PostgreSQL, on a second connection.
 *
 * Nobody is served a half-built view: TRUNCATE holds an ACCESS EXCLUSIVE lock on the tables until
 * commit, so readers wait and then see the finished views (or, on failure, the old ones). A command
 * arriving meanwhile appends its events but waits at its own projection step, uncommitted, so it is
 * in none of this replay's reads and applies its change on top once the rebuild commits. Every read
 * of the log must therefore see what committed before TRUNCATE was granted its lock (commands that
 * held the views committed while it waited): the rebuild's transaction stays READ COMMITTED, and the
 * second connection's REPEATABLE READ snapshot is taken at its first read, after TRUNCATE returned.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { fold, type Folded } from '../engine/decider.ts';
import { toDomainEvent } from '../engine/engine.ts';
import { parseStreamId, type Registry } from '../engine/registry.ts';
import type { ProjectedEvent, Projector } from './projector.ts';
import type { RowOp } from './row-ops.ts';
import { applySets } from './apply-sets.ts';
import { parseEvents, readEventTexts, STREAM_ORDER_START, type StreamPosition } from './read-events.ts';
import type { Executor } from '../store/types.ts';
import { coalesce } from './coalesce.ts';

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
  /** Events replayed together: their row operations are applied together, and a stream's events are projected at most this many at a time (default 5,000). */
  chunkSize?: number;
  /**
   * Read the log on a second connection (PostgreSQL), so PostgreSQL reads the next batches on one
   * backend while it applies views on the other (the pool must hold two connections). Off for
   * PGlite, which has a single session.
   */
  concurrentReads?: boolean;
  /** Called (and awaited) inside the transaction after each batch. */
  onProgress?: (progress: RebuildProgress) => void | Promise<void>;
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
  const replay: Replay = { options, chunkSize, open: null, streams: 0 };
  let events = 0;
  // Node folds the next chunk while PostgreSQL applies the previous one and reads the next batches.
  // Every promise gets a handler at once (they are awaited later; a failure meanwhile must not go
  // unhandled), and a failure waits for them: no statement may outlive the transaction's rollback.
  let applying: Promise<void> = Promise.resolve();
  const apply = async (ops: RowOp[]) => {
    // Many events touch the same rows: merge their operations into a few set-based statements.
    const merged = coalesce(ops);
    await applying;
    applying = applySets(trx, merged);
    applying.catch(() => undefined);
  };
  const batches = new BatchReader(reader, batchSize, options.concurrentReads ? 2 : 1);
  try {
    let ops: RowOp[] = [];
    let replayed = 0;
    for (;;) {
      const batch = await batches.next();
      if (batch === null) break;
      const { texts, lastText } = batch;
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
    if (replay.open) for (const op of project(replay.options, replay.open)) ops.push(op);
    await apply(ops);
    await applying;
  } catch (error) {
    await Promise.allSettled([applying, batches.settled()]);
    throw error;
  }
  return { events, streams: replay.streams, tables };
}

/** A batch as read: its JSON texts, its event count, and its last text already parsed. */
interface Batch {
  texts: string[];
  count: number;
  lastText: ProjectedEvent[];
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
    const reading = readEventTexts(this.db, after, this.batchSize).then(({ texts, count }): Batch => {
      const lastText = texts.length > 0 ? parseEvents(texts[texts.length - 1]!) : [];
      const last = lastText[lastText.length - 1];
      const next = count === this.batchSize && last !== undefined ? { streamId: last.streamId, version: last.version } : null;
      if (next !== null && !this.done) {
        if (this.waiting.length < this.depth) this.read(next);
        else this.paused = next;
      }
      return { texts, count, lastText };
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

/** The stream being replayed: its events not yet folded and projected, and its state before them. */
interface OpenStream {
  def: WorkflowDefinition;
  streamId: string;
  id: string;
  version: number;
  before: Folded;
  events: ProjectedEvent[];
}

interface Replay {
  options: RebuildOptions;
  chunkSize: number;
  open: OpenStream | null;
  streams: number;
}

/**
 * Replays a chunk of events in stream order: checks each stream starts at version 1 and goes on
 * without a gap, and gathers each stream's events; a stream is folded (every event through the
 * machine; a rejected one, also one after a final state, throws) and projected at once when the
 * next stream begins, or when a chunk's worth of its events is waiting. Returns the row operations.
 */
async function replayChunk(replay: Replay, events: readonly ProjectedEvent[]): Promise<RowOp[]> {
  const ops: RowOp[] = [];
  let slice = performance.now();
  for (const event of events) {
    let open = replay.open;
    if (open !== null && open.streamId !== event.streamId) {
      for (const op of project(replay.options, open)) ops.push(op);
      open = replay.open = null;
      // Let the event loop send PostgreSQL its next statement and drain the batch it is sending.
      if (performance.now() - slice > YIELD_MS) {
        await new Promise(setImmediate);
        slice = performance.now();
      }
    }
    if (open === null) {
      const def = replay.options.registry.get(event.workflow, event.workflowVersion);
      open = replay.open = { def, streamId: event.streamId, id: parseStreamId(event.streamId).id, version: 0, before: fold(def, []), events: [] };
      replay.streams++;
    }
    if (event.version !== open.version + 1) {
      throw new Error(`rebuild: ${event.streamId} version ${event.version} follows version ${open.version}: the log has a gap`);
    }
    open.version = event.version;
    open.events.push(event);
    if (open.events.length >= replay.chunkSize) {
      for (const op of project(replay.options, open)) ops.push(op);
    }
  }
  return ops;
}

/** Folds the open stream's waiting events onto its state and projects them; it stays open, empty. */
function project(options: RebuildOptions, open: OpenStream): RowOp[] {
  const events = open.events;
  if (events.length === 0) return [];
  const before = open.before;
  // fold takes our flat machines' steps without XState's general algorithm where it gives the same
  // (replay.ts); anything else, a rejected event among them, through XState's fold.
  const folded = fold(open.def, events.map(toDomainEvent), before);
  open.before = folded;
  open.events = [];
  const ops = options.projector.ops({ def: open.def, streamId: open.streamId, id: open.id, events, before, folded });
  for (const op of ops) {
    const rows = op.kind === 'delete' ? [] : op.kind === 'replace' ? op.rows : (op.rows ?? [op.row]);
    for (const row of rows) {
      if ('stream_id' in row && row.stream_id !== open.streamId) {
        throw new Error(`rebuild: projecting ${open.streamId} wrote a ${op.table} row of ${String(row.stream_id)}: a stream's rows must be its own`);
      }
    }
  }
  return events[0]!.version === 1 ? firstProjection(open.streamId, ops) : ops;
}

/**
 * A stream's first projection in this rebuild (its events begin at version 1): the views were
 * emptied and a stream's rows are written only by its own projections (project() checks it), so
 * nothing is stored under its stream id yet. Its deletions by stream id are dropped and its
 * replacements marked fresh (inserted, not deleted first): in a log of short streams the DELETEs of
 * rows that cannot exist were a third of PostgreSQL's apply work.
 */
function firstProjection(streamId: string, ops: RowOp[]): RowOp[] {
  const kept: RowOp[] = [];
  for (const op of ops) {
    const ownRows = (op.kind === 'delete' || op.kind === 'replace') && op.where.stream_id === streamId && Object.keys(op.where).length === 1;
    if (!ownRows) kept.push(op);
    else if (op.kind === 'replace' && op.rows.length > 0) kept.push({ ...op, fresh: true });
  }
  return kept;
}
