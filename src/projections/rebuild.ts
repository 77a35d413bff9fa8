/**
 * Rebuilds every inline read view from the log (`npm run projections:rebuild`).
 *
 * ONE transaction: TRUNCATE the views' tables, then replay every event in global-position order,
 * folding each stream through its pinned workflow version and calling the very projections the
 * engine calls, one event at a time; their row operations are merged (coalesce.ts: the same effect
 * in fewer, set-based statements) and shipped in one statement per chunk of events. Nobody is served a half-built view: TRUNCATE holds an ACCESS
 * EXCLUSIVE lock on the tables until commit, so readers wait and then see the finished views (or,
 * on failure, the old ones). A command arriving meanwhile appends its events but waits at its own
 * projection step, so it is not in this replay and applies its change on top once the rebuild
 * commits; it must stay READ COMMITTED (a REPEATABLE READ snapshot taken before the lock was granted
 * would miss commands that committed while TRUNCATE waited).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';
import { fold, type Folded } from '../engine/decider.ts';
import { toDomainEvent } from '../engine/engine.ts';
import { parseStreamId, type Registry } from '../engine/registry.ts';
import { toStoredEvent } from '../store/event-store.ts';
import type { StoredEvent } from '../store/types.ts';
import type { Projector } from './projector.ts';
import { applyOps, type RowOp } from './row-ops.ts';
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
  /** Events whose row operations go to the database in one statement (default 5,000). */
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

type EventRow = Parameters<typeof toStoredEvent>[0];

export async function rebuildProjections(db: Kysely<Database>, options: RebuildOptions): Promise<RebuildResult> {
  const tables = options.projector.tables();
  const batchSize = options.batchSize ?? 5_000;
  const chunkSize = options.chunkSize ?? 5_000;
  return db.transaction().execute(async (trx) => {
    await sql`TRUNCATE ${sql.join(tables.map((t) => sql.table(t)))}`.execute(trx);
    const streams = new Map<string, StreamState>();
    let events = 0;
    // Node folds the next chunk while PostgreSQL applies the previous one (one connection, queued).
    let applying: Promise<void> = Promise.resolve();
    let reading = readBatch(trx, 0, batchSize);
    for (;;) {
      const batch = await reading;
      const last = batch[batch.length - 1];
      const more = batch.length === batchSize && last !== undefined;
      if (more) {
        reading = readBatch(trx, last.globalPosition, batchSize);
        reading.catch(() => undefined); // awaited next round; a failure meanwhile must not go unhandled
      }
      for (let i = 0; i < batch.length; i += chunkSize) {
        const ops = batch.slice(i, i + chunkSize).flatMap((event) => replay(options, streams, event));
        // Many events touch the same rows: merge their operations into a few set-based statements.
        const merged = coalesce(ops);
        await applying;
        applying = applyOps(trx, merged);
      }
      events += batch.length;
      await options.onProgress?.({ events, streams: streams.size });
      if (!more) break;
    }
    await applying;
    return { events, streams: streams.size, tables };
  });
}

async function readBatch(trx: Transaction<Database>, after: number, limit: number): Promise<StoredEvent[]> {
  const { rows } = await sql<EventRow>`SELECT global_position, stream_id, stream_version, workflow, workflow_version, type,
      data, metadata, occurred_on::text AS occurred_on, recorded_at, transaction_id::text AS transaction_id, prev_hash, hash
    FROM events WHERE global_position > ${after} ORDER BY global_position LIMIT ${limit}`.execute(trx);
  return rows.map(toStoredEvent);
}

/** Folds one event into its stream and returns the projections' row operations for it. */
function replay(options: RebuildOptions, streams: Map<string, StreamState>, event: StoredEvent): RowOp[] {
  const known = streams.get(event.streamId);
  const expected = (known?.version ?? 0) + 1;
  if (event.version !== expected || (known && !known.folded)) {
    throw new Error(`rebuild: ${event.streamId} version ${event.version} follows version ${known?.version ?? 0}${known && !known.folded ? ' (a final state)' : ''}`);
  }
  const def = known?.def ?? options.registry.get(event.workflow, event.workflowVersion);
  const id = known?.id ?? parseStreamId(event.streamId).id;
  const before = known?.folded ?? fold(def, []);
  const folded = fold(def, [toDomainEvent(event)], before);
  streams.set(event.streamId, { def, id, version: event.version, folded: folded.snapshot.status === 'done' ? null : folded });
  return options.projector.ops({ def, streamId: event.streamId, id, events: [event], before, folded });
}
