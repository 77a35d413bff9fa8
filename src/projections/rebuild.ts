/**
 * Rebuilds every inline read view from the log (`npm run projections:rebuild`).
 *
 * ONE transaction: TRUNCATE the views' tables, then replay every event in global-position order,
 * folding each stream through its pinned workflow version (every event through the machine; one it
 * rejects fails the rebuild with ReplayDivergence) and calling the very projections the engine calls.
 * Within a chunk of events, each stream's events are projected at once, between the stream's state
 * before and after them, as the engine projects the several events one command appends (the views'
 * rows are keyed by stream, or are commutative counters, so only a stream's own order matters). The
 * row operations are merged (coalesce.ts) and applied set-based, a few statements per chunk
 * (apply-sets.ts), while node replays the next chunk; events are read in batches of JSON texts that
 * PostgreSQL builds (read-events.ts). Nobody is served a half-built view: TRUNCATE holds an ACCESS
 * EXCLUSIVE lock on the tables until commit, so readers wait and then see the finished views (or,
 * on failure, the old ones). A command arriving meanwhile appends its events but waits at its own
 * projection step, so it is not in this replay and applies its change on top once the rebuild
 * commits; it must stay READ COMMITTED (a REPEATABLE READ snapshot taken before the lock was granted
 * would miss commands that committed while TRUNCATE waited).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { fold, type Folded } from '../engine/decider.ts';
import { toDomainEvent } from '../engine/engine.ts';
import { parseStreamId, type Registry } from '../engine/registry.ts';
import type { StoredEvent } from '../store/types.ts';
import type { Projector } from './projector.ts';
import type { RowOp } from './row-ops.ts';
import { applySets } from './apply-sets.ts';
import { readEventBatch } from './read-events.ts';
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
  /** Events replayed together: each stream's events in a chunk are projected at once, and the chunk's row operations applied together (default 5,000). */
  chunkSize?: number;
  /** Called (and awaited) inside the transaction after each batch. */
  onProgress?: (progress: RebuildProgress) => void | Promise<void>;
}

/** A stream being replayed; `folded` is dropped (null) once it reaches a final state, to keep memory flat. */
interface StreamState {
  def: WorkflowDefinition;
  id: string;
  version: number;
  folded: Folded | null;
}

export async function rebuildProjections(db: Kysely<Database>, options: RebuildOptions): Promise<RebuildResult> {
  const tables = options.projector.tables();
  const batchSize = options.batchSize ?? 5_000;
  const chunkSize = options.chunkSize ?? 5_000;
  return db.transaction().execute(async (trx) => {
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
    const streams = new Map<string, StreamState>();
    let events = 0;
    // Node folds the next chunk while PostgreSQL applies the previous one (one connection, queued).
    // Both promises get a handler at once (they are awaited later; a failure meanwhile must not go
    // unhandled), and a failure waits for them: no statement may outlive the transaction's rollback.
    let applying: Promise<void> = Promise.resolve();
    let reading = readEventBatch(trx, 0, batchSize);
    reading.catch(() => undefined);
    try {
      for (;;) {
        const batch = await reading;
        const last = batch[batch.length - 1];
        const more = batch.length === batchSize && last !== undefined;
        if (more) {
          reading = readEventBatch(trx, last.globalPosition, batchSize);
          reading.catch(() => undefined);
        }
        for (let i = 0; i < batch.length; i += chunkSize) {
          const ops = await replayChunk(options, streams, batch.slice(i, i + chunkSize));
          // Many events touch the same rows: merge their operations into a few set-based statements.
          const merged = coalesce(ops);
          await applying;
          applying = applySets(trx, merged);
          applying.catch(() => undefined);
        }
        events += batch.length;
        await options.onProgress?.({ events, streams: streams.size });
        if (!more) break;
      }
      await applying;
    } catch (error) {
      await Promise.allSettled([applying, reading]);
      throw error;
    }
    return { events, streams: streams.size, tables };
  });
}

/**
 * Node yields to its event loop every few milliseconds of replay: PostgreSQL's work overlaps
 * node's only if node sends it the next statement of an apply (several per chunk) and drains the
 * batch it is sending (a full socket stops it) while replaying, not after.
 */
const YIELD_MS = 2;

/** The events of one stream within a chunk (consecutive versions), and the stream before them. */
interface Run {
  stream: StreamState;
  before: Folded;
  events: StoredEvent[];
}

/**
 * Replays a chunk: checks each event follows its stream's last version, then per stream folds the
 * chunk's events of that stream (every event through the machine; a rejected one throws) and
 * projects them at once, as the engine projects the several events one command appends. Rows are
 * keyed by stream (or, for added counters, commutative), so only each stream's own order matters.
 */
async function replayChunk(options: RebuildOptions, streams: Map<string, StreamState>, events: readonly StoredEvent[]): Promise<RowOp[]> {
  const runs = new Map<string, Run>();
  for (const event of events) {
    const run = runs.get(event.streamId);
    const known = run?.stream ?? streams.get(event.streamId);
    const expected = (known?.version ?? 0) + 1;
    if (event.version !== expected || (known && !known.folded)) {
      throw new Error(`rebuild: ${event.streamId} version ${event.version} follows version ${known?.version ?? 0}${known && !known.folded ? ' (a final state)' : ''}`);
    }
    if (run) {
      run.stream.version = event.version;
      run.events.push(event);
      continue;
    }
    const def = known?.def ?? options.registry.get(event.workflow, event.workflowVersion);
    const stream: StreamState = known ?? { def, id: parseStreamId(event.streamId).id, version: 0, folded: fold(def, []) };
    stream.version = event.version;
    streams.set(event.streamId, stream);
    runs.set(event.streamId, { stream, before: stream.folded!, events: [event] });
  }
  const ops: RowOp[] = [];
  let slice = performance.now();
  for (const { stream, before, events: run } of runs.values()) {
    // Let the event loop send PostgreSQL its next statement and drain the batch it is sending.
    if (performance.now() - slice > YIELD_MS) {
      await new Promise(setImmediate);
      slice = performance.now();
    }
    const folded = fold(stream.def, run.map(toDomainEvent), before);
    stream.folded = folded.snapshot.status === 'done' ? null : folded;
    for (const op of options.projector.ops({ def: stream.def, streamId: run[0]!.streamId, id: stream.id, events: run, before, folded })) ops.push(op);
  }
  return ops;
}
