/** The delivery worker's configuration from the environment, checked once at start. */
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { NOTICE_LOCALES } from './notice-texts.ts';

export const WEBHOOK_FORMATS = ['json', 'wecom', 'dingtalk'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

const DeliveryConfigSchema = Type.Object({
  /** smtp://user:password@host:port or smtps://…; unset: no e-mail. */
  smtpUrl: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  /** The sender of the e-mails. */
  smtpFrom: Type.String({ minLength: 3 }),
  /** One POST per notice and audience; unset: no webhook. */
  webhookUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** json: Docket's own JSON; wecom, dingtalk: the group robots' text message. */
  webhookFormat: Type.Union(WEBHOOK_FORMATS.map((f) => Type.Literal(f))),
  /** The language of webhook texts (a group has no one locale). */
  webhookLocale: Type.Union(NOTICE_LOCALES.map((l) => Type.Literal(l))),
  /** The console's address for links in notices (e.g. https://docket.example.org); unset: no link. */
  publicUrl: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** Attempts before a delivery is dead-lettered (status failed). */
  maxAttempts: Type.Integer({ minimum: 1, maximum: 50 }),
  /** The first retry's delay; each next one doubles, up to an hour. */
  backoffMs: Type.Integer({ minimum: 1, maximum: 3_600_000 }),
  /** Notices about business dates older than this many days are history and not sent. */
  maxAgeDays: Type.Integer({ minimum: 0, maximum: 3650 }),
});

export type DeliveryConfig = Static<typeof DeliveryConfigSchema>;

export function loadDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const config = {
    smtpUrl: env.DOCKET_SMTP_URL || undefined,
    smtpFrom: env.DOCKET_SMTP_FROM || 'Docket <docket@localhost>',
    webhookUrl: env.DOCKET_WEBHOOK_URL || undefined,
    webhookFormat: env.DOCKET_WEBHOOK_FORMAT || 'json',
    webhookLocale: env.DOCKET_WEBHOOK_LOCALE || 'zh-CN',
    publicUrl: env.DOCKET_PUBLIC_URL ? env.DOCKET_PUBLIC_URL.replace(/\/+$/, '') : undefined,
    maxAttempts: Number(env.DOCKET_NOTIFY_MAX_ATTEMPTS ?? 8),
    backoffMs: Number(env.DOCKET_NOTIFY_BACKOFF_MS ?? 30_000),
    maxAgeDays: Number(env.DOCKET_NOTIFY_MAX_AGE_DAYS ?? 30),
  };
  for (const key of ['smtpUrl', 'webhookUrl', 'publicUrl'] as const) if (config[key] === undefined) delete config[key];
  if (!Value.Check(DeliveryConfigSchema, config)) {
    // The URLs may hold passwords: name the fields, never echo their values.
    const problems = [...Value.Errors(DeliveryConfigSchema, config)].map((e) => `${e.path} ${e.message}`);
    throw new Error(`invalid notification configuration: ${problems.join('; ')}`);
  }
  return config;
}
