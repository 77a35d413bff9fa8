/** What health checks and metrics read from the database: reachability and how far work trails behind. */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';

/** Answers once the database has answered a trivial query. */
export async function ping(db: Executor): Promise<void> {
  await sql`SELECT 1`.execute(db);
}

/** Seconds since the oldest timer fell due that has not fired yet (0 when none is overdue). */
export async function timerLagSeconds(db: Executor, now: Date): Promise<number> {
  const row = await sql<{ lag: number | null }>`SELECT EXTRACT(EPOCH FROM (${now}::timestamptz - min(due_at)))::float8 AS lag
    FROM timers WHERE due_at <= ${now}::timestamptz`.execute(db);
  return Math.max(0, row.rows[0]?.lag ?? 0);
}

/** Events the slowest async consumer has yet to process (inline views are written with the events: no lag). */
export async function projectionLagEvents(db: Executor): Promise<number> {
  const row = await sql<{ lag: string | number | null }>`SELECT (SELECT coalesce(max(global_position), 0) FROM events)
    - coalesce((SELECT min(position) FROM consumer_checkpoints), 0) AS lag`.execute(db);
  return Number(row.rows[0]?.lag ?? 0);
}

/** Events each async consumer has yet to process, by consumer. */
export async function consumerLagEvents(db: Executor): Promise<Map<string, number>> {
  const rows = await sql<{ consumer: string; lag: string | number }>`SELECT consumer,
    (SELECT coalesce(max(global_position), 0) FROM events) - position AS lag FROM consumer_checkpoints`.execute(db);
  return new Map(rows.rows.map((r) => [r.consumer, Number(r.lag)]));
}
