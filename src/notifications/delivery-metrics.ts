/** The notification delivery's figures on /metrics, registered in this one place. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Metrics } from '../http/metrics.ts';
import { countDeliveries } from '../views/notifications.query.ts';
import type { DeliveryStats } from './delivery.ts';

export function registerDeliveryMetrics(metrics: Metrics, db: Kysely<Database>, stats: DeliveryStats): void {
  metrics.counters.set('docket_notifications_sent_total', { help: 'Notification deliveries this process sent.', read: () => stats.sent });
  metrics.counters.set('docket_notifications_retried_total', { help: 'Delivery attempts that failed and will be retried.', read: () => stats.retried });
  metrics.counters.set('docket_notifications_failed_total', { help: 'Deliveries this process dead-lettered.', read: () => stats.failed });
  metrics.counters.set('docket_notifications_skipped_total', { help: 'Deliveries not sent: recipient revoked, without address or out of the audience.', read: () => stats.skipped });
  // Across all servers, from the database.
  metrics.gauges.set('docket_notifications_pending', async () => (await countDeliveries(db)).pending);
  metrics.gauges.set('docket_notifications_dead_letters', async () => (await countDeliveries(db)).failed);
}
