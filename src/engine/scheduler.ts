/**
 * The timer scheduler: claims due timers with FOR UPDATE SKIP LOCKED and fires each through the
 * engine as actor `system`, deleting the row in the same transaction as the append. With several
 * server processes each timer fires exactly once: a claimed row is skipped by the others and is
 * gone when its transaction commits.
 */
import { sql, type Kysely } from 'kysely';
import type { Logger } from '../logging.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Engine } from './engine.ts';
import { VersionConflict } from '../errors.ts';
import { isTransient } from '../db/failures.ts';


export interface TickResult {
  fired: number;
  skipped: number;
  /** Seconds between the oldest due time handled and now (timer lag). */
  lagSeconds: number;
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  lastLagSeconds = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly clock: Clock,
    private readonly logger: Logger,
    /** Told how late each timer fired (seconds after it fell due), once its transaction committed. */
    private readonly onFired?: (lateSeconds: number) => void,
  ) {}

  /**
   * Fires every timer due now, one transaction per timer; returns when none is left. `dueBy` (a
   * business day) holds back the timers due after it: the demo replays a past year in order, each
   * instance's deadlines falling before the steps dated after them.
   */
  async tick({ maxTimers = 500, dueBy }: { maxTimers?: number; dueBy?: string } = {}): Promise<TickResult> {
    const result: TickResult = { fired: 0, skipped: 0, lagSeconds: 0 };
    // Streams another transaction holds right now (a command, or another scheduler): left for the next tick.
    const busy = new Set<string>();
    for (let i = 0; i < maxTimers; i++) {
      const now = this.clock.now();
      let outcome: 'fired' | 'skipped' | 'none' | { busy: string };
      let late = 0;
      try {
        outcome = await this.db.transaction().execute(async (trx) => {
          let query = trx
            .selectFrom('timers')
            .select(['stream_id', 'timer_id', 'event_type', sql<string>`due_on::text`.as('due_on'), 'due_at'])
            .where('due_at', '<=', now);
          if (dueBy !== undefined) query = query.where('due_on', '<=', dueBy);
          if (busy.size > 0) query = query.where('stream_id', 'not in', [...busy]);
          const due = await query.orderBy('due_at').orderBy('stream_id').orderBy('timer_id').limit(1).forUpdate().skipLocked().executeTakeFirst();
          if (!due) return 'none' as const;
          // Lock the stream before touching anything else, without waiting: a command appending to it locks
          // the stream row first and the stream's timer rows after, so waiting here could deadlock.
          const stream = await trx
            .selectFrom('streams')
            .select('stream_id')
            .where('stream_id', '=', due.stream_id)
            .forUpdate()
            .skipLocked()
            .executeTakeFirst();
          if (!stream) {
            const exists = await trx.selectFrom('streams').select('stream_id').where('stream_id', '=', due.stream_id).executeTakeFirst();
            if (exists) return { busy: due.stream_id };
          }
          late = (now.getTime() - new Date(due.due_at).getTime()) / 1000;
          result.lagSeconds = Math.max(result.lagSeconds, late);
          await trx.deleteFrom('timers').where('stream_id', '=', due.stream_id).where('timer_id', '=', due.timer_id).execute();
          if (!stream) return 'skipped' as const; // a timer without its stream: nothing to fire
          const fired = await this.engine.fireTimer(
            trx,
            { streamId: due.stream_id, timerId: due.timer_id, eventType: due.event_type, dueOn: due.due_on },
            now,
          );
          return fired ? ('fired' as const) : ('skipped' as const);
        });
      } catch (error) {
        // A command raced us on the same stream: the timer row is back (rolled back); try again next tick.
        if (error instanceof VersionConflict || isTransient(error)) break;
        throw error;
      }
      if (outcome === 'none') break;
      if (outcome === 'fired') this.onFired?.(late);
      if (typeof outcome === 'object') {
        busy.add(outcome.busy);
        continue;
      }
      result[outcome] += 1;
    }
    this.lastLagSeconds = result.lagSeconds;
    return result;
  }

  start(intervalMs: number): void {
    const loop = async () => {
      try {
        const r = await this.tick();
        if (r.fired > 0) this.logger.info({ fired: r.fired, skipped: r.skipped, lagSeconds: r.lagSeconds }, 'timers fired');
      } catch (error) {
        this.logger.warn({ err: error }, 'timer tick failed; will retry');
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
