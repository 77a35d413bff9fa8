/** Builds the delivery worker from its configuration for a running server (src/main.ts). */
import type { FastifyInstance } from 'fastify';
import { smtpChannel, webhookChannel } from './channels.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { NotificationDelivery } from './delivery.ts';
import { registerDeliveryMetrics } from './delivery-metrics.ts';

export function startNotificationDelivery(app: FastifyInstance, config: DeliveryConfig, intervalMs: number): { stop(): Promise<void> } {
  const { database, clock, metrics } = app.docket;
  const email = config.smtpUrl ? smtpChannel(config.smtpUrl, config.smtpFrom, clock) : null;
  const webhook = config.webhookUrl ? webhookChannel(config.webhookUrl, config.webhookFormat) : null;
  const delivery = new NotificationDelivery(database.db, { email, webhook }, { clock, config, logger: app.log });
  registerDeliveryMetrics(metrics, delivery.stats);
  app.log.info({ email: email !== null, webhook: webhook ? config.webhookFormat : false, links: config.publicUrl !== undefined }, 'notification delivery');
  delivery.start(intervalMs);
  return {
    stop: async () => {
      await delivery.stop();
      email?.close();
    },
  };
}
