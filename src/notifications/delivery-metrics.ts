/** The notification delivery's own counters on /metrics (this process), registered in this one place. */
import type { Metrics } from '../http/metrics.ts';
import type { DeliveryStats } from './delivery.ts';

export function registerDeliveryMetrics(metrics: Metrics, stats: DeliveryStats): void {
  metrics.counter('docket_notifications_sent_total', 'Notification deliveries this process sent.', () => stats.sent);
  metrics.counter('docket_notifications_retried_total', 'Delivery attempts that failed and will be retried.', () => stats.retried);
  metrics.counter('docket_notifications_failed_total', 'Deliveries this process dead-lettered.', () => stats.failed);
  metrics.counter('docket_notifications_skipped_total', 'Deliveries not sent: recipient revoked, without address or out of the audience.', () => stats.skipped);
}
