/**
 * Several processes: N Docket servers (child processes) on one database, all running the timer
 * scheduler, under concurrent writers that spread their commands over the servers. Registrations
 * with an old `receivedOn` have their reply deadline due at once, so the schedulers race each other
 * and the commands (AssignHandler re-arms the deadline in `in_progress`). Afterwards:
 * - every passed deadline was recorded exactly once (ReplyOverdue), none that had not passed;
 * - the fires the servers logged add up to the ReplyOverdue events in the log;
 * - no answer was 5xx and PostgreSQL counted no deadlock.
 */
import { createTestDatabase } from '../database.ts';
import { createPrincipal, newAdminToken, startServer, type ChildServer } from '../child-server.ts';
import { SuggestionLoad, yesterday, type Answer } from '../load.ts';
import { byStatus, checkViews, sqlRows, verifyLog, type ViewMismatch } from '../checks.ts';

export interface MultiProcessOptions {
  servers: number;
  writers: number;
  /** Stop the writers once this many registrations were acknowledged. */
  registrations: number;
  timerIntervalMs: number;
}

export interface TimerFault {
  streamId: string;
  problem: string;
}

export interface MultiProcessFigures {
  servers: number;
  writers: number;
  acknowledged: number;
  byStatus: Record<string, number>;
  serverErrors: Answer[];
  /** ReplyOverdue events in the log. */
  timerEvents: number;
  /** Timers fired as the servers logged them, per server. */
  firedPerServer: number[];
  timerFaults: TimerFault[];
  dueTimersLeft: number;
  deadlocks: number;
  /**
   * With the async notifications consumer running in every server: HandlerAssigned events that got
   * no notification (each must get exactly one; the outbox key (global_position, audience) forbids a
   * second). null when this build has no notifications outbox.
   */
  notificationsMissing: number | null;
  viewMismatches: ViewMismatch[];
  chain: { via: string; ok: boolean };
}

/**
 * The reply deadline (one due date per suggestion here: nothing extends it) must be recorded exactly
 * once when it has passed, whatever raced it (AssignHandler re-arms it in `in_progress`, and the
 * engine records a timer's event once per due date), and never before.
 */
export function timerFaults(streamId: string, types: readonly string[], due: boolean): TimerFault[] {
  const fired = types.filter((t) => t === 'ReplyOverdue').length;
  const expected = due ? 1 : 0;
  return fired === expected ? [] : [{ streamId, problem: `ReplyOverdue recorded ${fired} times, expected ${expected}: ${types.join(', ')}` }];
}

export async function runMultiProcess(options: MultiProcessOptions): Promise<MultiProcessFigures> {
  const database = await createTestDatabase('docket_multi');
  const adminToken = newAdminToken();
  const fired = Array.from({ length: options.servers }, () => 0);
  const servers: ChildServer[] = [];
  try {
    // Started together: they also migrate the fresh database at the same time.
    const started = await Promise.allSettled(
      fired.map((_, i) =>
        startServer({
          databaseUrl: database.url,
          adminToken,
          env: { DOCKET_TIMER_INTERVAL_MS: String(options.timerIntervalMs) },
          onLine: (line) => {
            const match = /"fired":(\d+)/.exec(line);
            if (match && line.includes("timers fired")) fired[i] = (fired[i] ?? 0) + Number(match[1]);
          },
        }),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const urls = servers.map((s) => s.url);
    const first = urls[0] ?? '';
    const manager = await createPrincipal(first, adminToken, { name: 'Manager', roles: ['suggestion_manager'] });
    const handler = await createPrincipal(first, adminToken, { name: 'Handler', roles: ['handler'] });

    // Two thirds are overdue at once; of those, half also get a handler (re-arming the deadline).
    const load = new SuggestionLoad({
      targets: urls,
      managerToken: manager.token,
      handlerId: handler.id,
      writers: options.writers,
      receivedOn: (n) => (n % 3 === 2 ? yesterday() : `2020-01-${String((n % 28) + 1).padStart(2, '0')}`),
      assign: (n) => n % 3 !== 0,
    });
    load.start();
    await load.waitFor(() => load.registered.length >= options.registrations, `${options.registrations} registrations`, 120_000);
    await load.stop();

    // Let the schedulers drain every due timer (bounded).
    let dueTimersLeft = -1;
    for (let i = 0; i < 600; i++) {
      const [row] = await sqlRows<{ n: string }>(database.url, 'SELECT count(*) AS n FROM timers WHERE due_at <= now()');
      dueTimersLeft = Number(row?.n ?? -1);
      if (dueTimersLeft === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const timerEventCount = async () =>
      Number((await sqlRows<{ n: string }>(database.url, `SELECT count(*) AS n FROM events WHERE type = 'ReplyOverdue'`))[0]?.n ?? 0);
    // ...and let the servers log their last fires (bounded).
    const logged = () => fired.reduce((a, b) => a + b, 0);
    for (let i = 0; i < 100 && logged() < (await timerEventCount()); i++) await new Promise((resolve) => setTimeout(resolve, 100));

    const events = await sqlRows<{ stream_id: string; types: string[]; due: boolean }>(
      database.url,
      `SELECT stream_id, array_agg(type ORDER BY stream_version) AS types,
              bool_or(type = 'SuggestionRegistered' AND (data->>'dueOn')::date < current_date) AS due
         FROM events WHERE workflow = 'suggestion' GROUP BY stream_id`,
    );
    const faults = events.flatMap((e) => timerFaults(e.stream_id, e.types, e.due));
    const timerEvents = events.reduce((n, e) => n + e.types.filter((t) => t === 'ReplyOverdue').length, 0);
    const notificationsMissing = await waitForNotifications(database.url);
    const [stats] = await sqlRows<{ deadlocks: string }>(database.url, 'SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()');
    const views = await checkViews(database.url);
    const chain = await verifyLog(first, adminToken, database.url);
    return {
      servers: options.servers,
      writers: options.writers,
      acknowledged: load.acks.length,
      byStatus: byStatus(load.answers),
      serverErrors: load.answers.filter((a) => a.status >= 500 || a.status <= 0),
      timerEvents,
      firedPerServer: fired,
      timerFaults: faults,
      dueTimersLeft,
      deadlocks: Number(stats?.deadlocks ?? 0),
      notificationsMissing,
      viewMismatches: views.mismatches,
      chain: { via: chain.via, ok: chain.ok },
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}

/** HandlerAssigned events without their notification once the consumers caught up (bounded wait). */
async function waitForNotifications(databaseUrl: string): Promise<number | null> {
  const [table] = await sqlRows<{ exists: boolean }>(databaseUrl, `SELECT to_regclass('public.notifications') IS NOT NULL AS exists`);
  if (!table?.exists) return null;
  let missing = -1;
  for (let i = 0; i < 150; i++) {
    const [row] = await sqlRows<{ n: string }>(
      databaseUrl,
      `SELECT count(*) AS n FROM events e
        WHERE e.type = 'HandlerAssigned'
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.global_position = e.global_position)`,
    );
    missing = Number(row?.n ?? -1);
    if (missing === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return missing;
}
