/**
 * The /metrics gauges that need the database: how far timers, consumers and notifications trail
 * behind. Read together at most once every few seconds (by the injected clock), however often
 * /metrics is scraped, so an anonymous scraper cannot make the server query per request.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/schema.ts';
import { consumerLagEvents, projectionLagEvents, timerLagSeconds } from '../db/health.query.ts';
import { countDeliveries } from '../views/notifications.query.ts';
import { cachedReading } from '../cached-reading.ts';
import type { Metrics } from './metrics.ts';
import type { ReadRouting } from '../db/read-routing.ts';

/** How long a reading of the database's figures is shown before it is taken again. */
export const DATABASE_FIGURES_TTL_MS = 10_000;

export function registerDatabaseGauges(metrics: Metrics, db: Kysely<Database>, clock: Clock, reads: ReadRouting): void {
  const figures = cachedReading(
    async () => {
      const [timerLag, projectionLag, consumerLag, deliveries] = await Promise.all([
        timerLagSeconds(db, clock.now()),
        projectionLagEvents(db),
        consumerLagEvents(db),
        countDeliveries(db),
      ]);
      return { timerLag, projectionLag, consumerLag, deliveries };
    },
    DATABASE_FIGURES_TTL_MS,
    () => clock.now().getTime(),
  );
  metrics.gauge('docket_timer_lag_seconds', 'Seconds since the oldest timer that has not fired fell due (0 when none is overdue).', async () => (await figures()).timerLag);
  metrics.gauge('docket_projection_lag_events', 'Events the slowest async consumer has yet to process.', async () => (await figures()).projectionLag);
  metrics.gauge('docket_consumer_lag_events', 'Events each async consumer has yet to process.', async () => (await figures()).consumerLag, 'consumer');
  // Across all servers, from the database.
  metrics.gauge('docket_notifications_pending', 'Notification deliveries waiting to be sent (all servers).', async () => (await figures()).deliveries.pending);
  metrics.gauge('docket_notifications_dead_letters', 'Notification deliveries that gave up (all servers); an admin may send them again.', async () => (await figures()).deliveries.failed);
  if (reads.configured) {
    // Looked at no more than once a second (src/db/read-routing.ts).
    const replica = async () => (await reads.status())!;
    metrics.gauge('docket_replica_up', 'The streaming replica answers and is replaying WAL (1) or not (0).', async () => ((await replica()).up && (await replica()).standby ? 1 : 0));
    metrics.gauge('docket_replica_lag_seconds', 'How long ago the primary had written WAL the replica has not replayed yet (0: caught up).', async () => (await replica()).lagSeconds ?? Number.NaN);
    metrics.gauge('docket_replica_lag_bytes', 'WAL the primary has written that the replica has not replayed (bytes).', async () => (await replica()).lagBytes ?? Number.NaN);
    metrics.gauge('docket_replica_reads', 'Reads go to the replica (1) or, because it is down or too far behind, to the primary (0).', async () => ((await replica()).usable ? 1 : 0));
  }
}
