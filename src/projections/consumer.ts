/**
 * Async consumers: derived work that need not happen inside the append transaction (notifications,
 * feeds, reports). A runner reads the log through the consumer's gap-safe reader (readAll's cursor) and keeps its position in
 * `consumer_checkpoints` (transaction_id, position).
 *
 * Exactly once, with any number of processes: one transaction claims the consumer's checkpoint row
 * with SELECT ... FOR UPDATE SKIP LOCKED, reads the next batch after it, applies the batch and
 * advances the checkpoint, then commits. While one runner holds the row the others skip (they get
 * nothing to do); when it commits they see the advanced checkpoint. A failure rolls back the batch
 * and the checkpoint together, so the batch is retried, never half applied.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logging.ts';
import { encodeCursor, START_CURSOR, type Cursor } from '../store/cursor.ts';
import type { Executor, StoredEvent } from '../store/types.ts';

/** What a consumer reads of each event: at least its place in the log, which the checkpoint keeps. */
type Placed = { transactionId: string; globalPosition: number };

export interface Consumer<E extends Placed = StoredEvent> {
  /** The checkpoint's key; renaming it replays the whole log into the consumer. */
  readonly name: string;
  /** Reads the next batch after the checkpoint, gap-safe: readAll's whole events, or less of each (readAllLinks). */
  read(db: Executor, after: Cursor, limit: number): Promise<readonly E[]>;
  /** Applies one batch inside the transaction that advances the checkpoint. */
  handle(trx: Transaction<Database>, events: readonly E[], now: Date): Promise<void>;
}

export interface RunResult {
  /** false when another runner holds the checkpoint right now. */
  claimed: boolean;
  processed: number;
  /** The checkpoint after this run (opaque, as readAll's cursor). */
  cursor: string | null;
}

export interface RunnerOptions {
  clock: Clock;
  batchSize?: number;
  logger?: Logger;
}

export class ConsumerRunner<E extends Placed = StoredEvent> {
  private ensured = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    readonly consumer: Consumer<E>,
    private readonly options: RunnerOptions,
  ) {}

  /** Processes at most one batch. */
  async runOnce(): Promise<RunResult> {
    const name = this.consumer.name;
    if (!this.ensured) {
      // Outside the claiming transaction: a concurrent first insert never waits for a whole batch.
      await this.db
        .insertInto('consumer_checkpoints')
        .values({ consumer: name, transaction_id: START_CURSOR.transactionId, position: START_CURSOR.position, updated_at: this.options.clock.now() })
        .onConflict((oc) => oc.column('consumer').doNothing())
        .execute();
      this.ensured = true;
    }
    return this.db.transaction().execute(async (trx) => {
      const checkpoint = await trx
        .selectFrom('consumer_checkpoints')
        .select([sql<string>`transaction_id::text`.as('transaction_id'), 'position'])
        .where('consumer', '=', name)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!checkpoint) return { claimed: false, processed: 0, cursor: null };
      const after = { transactionId: checkpoint.transaction_id, position: Number(checkpoint.position) };
      const limit = this.batchSize;
      const events = await this.consumer.read(trx, after, limit);
      const last = events[events.length - 1];
      if (!last) return { claimed: true, processed: 0, cursor: encodeCursor(after) };
      const now = this.options.clock.now();
      await this.consumer.handle(trx, events, now);
      await trx
        .updateTable('consumer_checkpoints')
        .set({ transaction_id: last.transactionId, position: last.globalPosition, updated_at: now })
        .where('consumer', '=', name)
        .execute();
      return { claimed: true, processed: events.length, cursor: encodeCursor({ transactionId: last.transactionId, position: last.globalPosition }) };
    });
  }

  /**
   * Runs batches while they come back full, so it stops once it has taken what was visible when a
   * batch was read, or when another runner holds the checkpoint; returns the events processed. Not
   * chasing the events that become visible meanwhile matters under load: commands commit all the
   * time, so each further batch would hold only the few committed since the last, and the cost of a
   * batch (its transaction, the tree's right edge, a row) would be paid every few events.
   */
  async drain(maxBatches = 10_000): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const result = await this.runOnce();
      total += result.processed;
      if (!result.claimed || result.processed < this.batchSize) break;
    }
    return total;
  }

  private get batchSize(): number {
    return this.options.batchSize ?? 500;
  }

  /** Polls every `intervalMs` until stop(). */
  start(intervalMs: number): void {
    const loop = async () => {
      try {
        const processed = await this.drain();
        if (processed > 0) this.options.logger?.info({ consumer: this.consumer.name, processed }, 'consumer advanced');
      } catch (error) {
        this.options.logger?.warn({ err: error, consumer: this.consumer.name }, 'consumer batch failed; will retry');
      }
      if (this.timer !== null) this.timer = setTimeout(() => (this.running = loop()), intervalMs);
    };
    this.timer = setTimeout(() => (this.running = loop()), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
