/**
 * The delivery worker: sends the notifications outbox (filled by the `notifications` consumer).
 *
 * 1. Dispatch: a notice not yet dispatched is fanned out, in one transaction, into deliveries: an
 *    e-mail to every active principal of its audience who has an address, and one webhook POST.
 *    Nobody outside the audience gets a delivery.
 * 2. Deliver: due deliveries are claimed with FOR UPDATE SKIP LOCKED and their attempt counted and
 *    leased (next_attempt_at moved ahead) in one committed statement, then sent outside any
 *    transaction, then marked sent, or retried later with exponential backoff, or dead-lettered
 *    (status failed) after the last attempt or a permanent refusal. Several servers never claim
 *    the same delivery at once; a server that dies mid-send leaves it to be tried again when the
 *    lease ends (at least once, with the delivery's stable id for the receiver to drop a repeat).
 *
 * Texts are rendered at sending time in the recipient's language (notice-texts.ts). A notice
 * whose business date is more than `maxAgeDays` before today is dispatched without deliveries.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logging.ts';
import { DeliveryFailure, type EmailChannel, type OutgoingNotice, type WebhookChannel } from './channels.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { today } from '../clock.ts';
import { addDays } from '../../workflows/dates.ts';
import { loadSettings } from '../engine/facts.ts';
import type { VocabularyName } from '../vocabulary.ts';
import { isNoticeTemplate, noticeLocale, renderNotice, type NoticeLocale } from './notice-texts.ts';

export interface DeliveryChannels {
  email: EmailChannel | null;
  webhook: WebhookChannel | null;
}

export interface DeliveryOptions {
  clock: Clock;
  config: Pick<DeliveryConfig, 'maxAttempts' | 'backoffMs' | 'publicUrl' | 'webhookLocale' | 'maxAgeDays'>;
  logger?: Logger;
  batchSize?: number;
  /** How long a claimed delivery is left to its sender before another may try it. */
  leaseMs?: number;
}

/** Counted by this process (the /metrics counters). */
export interface DeliveryStats {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

const MAX_BACKOFF_MS = 3_600_000;

/**
 * Stable ids: `<global position>.<channel>.<audience>[.<principal>]`, the audience being a role
 * name or `p` for a notice addressed to one principal. Used as Message-ID local parts and header
 * values, so kept to safe characters.
 */
export function deliveryId(globalPosition: number, channel: 'email' | 'webhook', audience: string, recipient: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '-');
  const to = audience.startsWith('role:') ? safe(audience.slice(5)) : audience.startsWith('principal:') ? 'p' : safe(audience);
  return `${globalPosition}.${channel}.${to}${recipient ? `.${safe(recipient)}` : ''}`;
}

interface Claimed {
  id: string;
  global_position: string | number;
  audience: string;
  channel: 'email' | 'webhook';
  recipient: string;
  attempts: number;
  workflow: string;
  instance_id: string;
  event_type: string;
  occurred_on: string;
  template: string | null;
  params: Record<string, string | number> | null;
  message: string;
  email: string | null;
  locale: string | null;
  roles: string[] | null;
  revoked: boolean | null;
}

export class NotificationDelivery {
  readonly stats: DeliveryStats = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly channels: DeliveryChannels,
    private readonly options: DeliveryOptions,
  ) {}

  private get batchSize(): number {
    return this.options.batchSize ?? 10;
  }

  /** Fans undispatched notices out into deliveries; returns the notices dispatched. */
  async dispatch(): Promise<number> {
    const { email, webhook } = this.channels;
    return this.db.transaction().execute(async (trx) => {
      const notices = await trx
        .selectFrom('notifications')
        .select(['global_position', 'audience', sql<string>`occurred_on::text`.as('occurred_on')])
        .where('dispatched_at', 'is', null)
        .orderBy('global_position')
        .limit(this.batchSize * 10)
        .forUpdate()
        .skipLocked()
        .execute();
      if (notices.length === 0) return 0;
      const now = this.options.clock.now();
      // A notice about a day long past is history (a log loaded or caught up at once): not sent.
      const oldest = addDays(today(this.options.clock), -this.options.config.maxAgeDays);
      const stale = notices.filter((n) => n.occurred_on < oldest).length;
      if (stale > 0) this.options.logger?.info({ stale, before: oldest }, 'notices about days long past are not sent');
      const rows: { id: string; global_position: number; audience: string; channel: 'email' | 'webhook'; recipient: string; next_attempt_at: Date; created_at: Date }[] = [];
      const recipients = new Map<string, string[]>();
      for (const notice of notices.filter((n) => n.occurred_on >= oldest)) {
        const position = Number(notice.global_position);
        const row = (channel: 'email' | 'webhook', recipient: string) => ({
          id: deliveryId(position, channel, notice.audience, recipient),
          global_position: position,
          audience: notice.audience,
          channel,
          recipient,
          next_attempt_at: now,
          created_at: now,
        });
        if (email) {
          let ids = recipients.get(notice.audience);
          if (!ids) recipients.set(notice.audience, (ids = await audienceWithEmail(trx, notice.audience)));
          for (const id of ids) rows.push(row('email', id));
        }
        if (webhook) rows.push(row('webhook', ''));
      }
      if (rows.length > 0) await trx.insertInto('notification_deliveries').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
      await trx
        .updateTable('notifications')
        .set({ dispatched_at: now })
        .where(sql<boolean>`(global_position, audience) IN (${sql.join(notices.map((n) => sql`(${Number(n.global_position)}::bigint, ${n.audience})`))})`)
        .execute();
      return notices.length;
    });
  }

  /** Claims the due deliveries (one batch) and sends them; returns how many were claimed. */
  async deliver(): Promise<number> {
    const now = this.options.clock.now();
    const lease = new Date(now.getTime() + (this.options.leaseMs ?? 600_000));
    const claimed = await sql<Claimed>`
      WITH claimed AS (
        UPDATE notification_deliveries d SET attempts = d.attempts + 1, next_attempt_at = ${lease}
        WHERE d.id IN (
          SELECT id FROM notification_deliveries WHERE status = 'pending' AND next_attempt_at <= ${now}
          ORDER BY next_attempt_at, id LIMIT ${this.batchSize} FOR UPDATE SKIP LOCKED)
        RETURNING d.id, d.global_position, d.audience, d.channel, d.recipient, d.attempts)
      SELECT c.*, n.workflow, n.instance_id, n.event_type, n.occurred_on::text AS occurred_on, n.template, n.params, n.message,
             p.email, p.locale, p.roles, p.revoked_at IS NOT NULL AS revoked
      FROM claimed c
      JOIN notifications n ON n.global_position = c.global_position AND n.audience = c.audience
      LEFT JOIN principals p ON c.channel = 'email' AND p.id = c.recipient
      ORDER BY c.id`.execute(this.db);
    if (claimed.rows.length === 0) return 0;
    const { vocabulary } = await loadSettings(this.db);
    for (const delivery of claimed.rows) await this.send(delivery, vocabulary);
    return claimed.rows.length;
  }

  /** One dispatch and one delivery batch. */
  async runOnce(): Promise<{ dispatched: number; delivered: number }> {
    const dispatched = await this.dispatch();
    const delivered = await this.deliver();
    return { dispatched, delivered };
  }

  private async send(d: Claimed, vocabulary: VocabularyName): Promise<void> {
    if (d.channel === 'email') {
      const refusal = emailRefusal(d);
      if (refusal) return this.finish(d, 'skipped', refusal);
    }
    const locale: NoticeLocale = d.channel === 'email' ? noticeLocale(d.locale) : this.options.config.webhookLocale;
    const words = d.template && isNoticeTemplate(d.template) ? renderNotice(d.template, d.params ?? {}, locale, vocabulary) : { title: d.event_type, text: d.message };
    const { publicUrl } = this.options.config;
    const notice: OutgoingNotice = {
      deliveryId: d.id,
      noticeId: `${Number(d.global_position)}:${d.audience}`,
      audience: d.audience,
      workflow: d.workflow,
      instanceId: d.instance_id,
      event: d.event_type,
      occurredOn: d.occurred_on,
      locale,
      ...words,
      link: publicUrl ? `${publicUrl}/console/#/i/${encodeURIComponent(d.workflow)}/${encodeURIComponent(d.instance_id)}` : null,
    };
    try {
      if (d.channel === 'email') {
        if (!this.channels.email || !d.email) return this.finish(d, 'skipped', 'e-mail is not configured');
        await this.channels.email.send(d.email, notice);
      } else {
        if (!this.channels.webhook) return this.finish(d, 'skipped', 'the webhook is not configured');
        await this.channels.webhook.send(notice);
      }
    } catch (error) {
      const failure = error instanceof DeliveryFailure ? error : new DeliveryFailure(error instanceof Error ? error.message : String(error), false);
      return this.failed(d, failure);
    }
    await this.finish(d, 'sent', null);
  }

  private async failed(d: Claimed, failure: DeliveryFailure): Promise<void> {
    const { maxAttempts, backoffMs } = this.options.config;
    const log = { deliveryId: d.id, channel: d.channel, attempts: d.attempts, error: failure.message };
    if (failure.permanent || d.attempts >= maxAttempts) {
      this.options.logger?.warn(log, 'notification dead-lettered');
      return this.finish(d, 'failed', failure.message);
    }
    const delay = Math.min(backoffMs * 2 ** (d.attempts - 1), MAX_BACKOFF_MS);
    this.stats.retried += 1;
    this.options.logger?.info({ ...log, retryInMs: delay }, 'notification not delivered; will retry');
    await this.db
      .updateTable('notification_deliveries')
      .set({ next_attempt_at: new Date(this.options.clock.now().getTime() + delay), last_error: failure.message })
      .where('id', '=', d.id)
      .where('status', '=', 'pending')
      .execute();
  }

  private async finish(d: Claimed, status: 'sent' | 'failed' | 'skipped', error: string | null): Promise<void> {
    const now = this.options.clock.now();
    this.stats[status === 'sent' ? 'sent' : status] += 1;
    await this.db
      .updateTable('notification_deliveries')
      .set({ status, last_error: error, ...(status === 'sent' ? { sent_at: now } : {}) })
      .where('id', '=', d.id)
      .where('status', '=', 'pending')
      .execute();
    if (status !== 'sent') return;
    // The notice is delivered once every delivery of it was sent.
    await sql`UPDATE notifications n SET delivered_at = ${now}
      WHERE n.global_position = ${Number(d.global_position)} AND n.audience = ${d.audience} AND n.delivered_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM notification_deliveries x
          WHERE x.global_position = n.global_position AND x.audience = n.audience AND x.status <> 'sent')`.execute(this.db);
  }

  /** Runs until stop(): every `intervalMs`, dispatch and deliver until nothing is due. */
  start(intervalMs: number): void {
    const loop = async () => {
      try {
        for (let i = 0; i < 100; i++) {
          const { dispatched, delivered } = await this.runOnce();
          if (dispatched === 0 && delivered === 0) break;
        }
      } catch (error) {
        this.options.logger?.warn({ err: error }, 'notification delivery failed; will retry');
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

/** Active principals of the audience who gave an e-mail address. */
async function audienceWithEmail(db: Kysely<Database>, audience: string): Promise<string[]> {
  const colon = audience.indexOf(':');
  const [kind, name] = [audience.slice(0, colon), audience.slice(colon + 1)];
  let query = db.selectFrom('principals').select('id').where('revoked_at', 'is', null).where('email', 'is not', null);
  if (kind === 'role') query = query.where(sql<boolean>`${name} = ANY(roles)`);
  else if (kind === 'principal') query = query.where('id', '=', name);
  else return [];
  return (await query.orderBy('id').execute()).map((r) => r.id);
}

/** Why an e-mail must not go out now: the principal was revoked, lost its address, or is no longer in the audience. */
function emailRefusal(d: Claimed): string | null {
  if (d.revoked === null) return 'the principal no longer exists';
  if (d.revoked) return 'the principal was revoked';
  if (!d.email) return 'the principal has no e-mail address';
  const [kind, name] = [d.audience.slice(0, d.audience.indexOf(':')), d.audience.slice(d.audience.indexOf(':') + 1)];
  const inAudience = kind === 'role' ? (d.roles ?? []).includes(name) : d.recipient === name;
  return inAudience ? null : 'the principal is no longer in the audience';
}
