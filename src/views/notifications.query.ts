/**
 * The admin's view of notification deliveries (newest first, keyset-paged), and sending a
 * dead-lettered one again. Shows the principal's id and name, never the address.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DomainError, notFound } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.ts';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryView {
  id: string;
  noticeId: string;
  audience: string;
  channel: string;
  recipient: { id: string; name: string | null } | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  workflow: string;
  instanceId: string;
  event: string;
  occurredOn: string;
  message: string;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export async function listDeliveries(
  db: Kysely<Database>,
  query: { status?: DeliveryStatus | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: DeliveryView[]; cursor: string | null }> {
  let q = db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notifications as n', (join) => join.onRef('n.global_position', '=', 'd.global_position').onRef('n.audience', '=', 'd.audience'))
    .leftJoin('principals as p', (join) => join.onRef('p.id', '=', 'd.recipient').on('d.channel', '=', 'email'))
    .select(['d.id', 'd.global_position', 'd.audience', 'd.channel', 'd.recipient', 'd.status', 'd.attempts', 'd.next_attempt_at', 'd.last_error', 'd.created_at', 'd.sent_at'])
    .select(['n.workflow', 'n.instance_id', 'n.event_type', 'n.message', 'p.name as recipient_name', sql<string>`n.occurred_on::text`.as('occurred_on')]);
  if (query.status) q = q.where('d.status', '=', query.status);
  if (query.cursor) {
    const after = decodePageCursor(query.cursor);
    q = q.where(sql<boolean>`(d.created_at, d.id) < (${after.at}::timestamptz, ${after.key})`);
  }
  const rows = await q.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(query.limit + 1).execute();
  const items = rows.slice(0, query.limit).map(
    (r): DeliveryView => ({
      id: r.id,
      noticeId: `${Number(r.global_position)}:${r.audience}`,
      audience: r.audience,
      channel: r.channel,
      recipient: r.channel === 'email' ? { id: r.recipient, name: r.recipient_name } : null,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
      lastError: r.last_error,
      createdAt: iso(r.created_at) ?? '',
      sentAt: iso(r.sent_at),
      workflow: r.workflow,
      instanceId: r.instance_id,
      event: r.event_type,
      occurredOn: r.occurred_on,
      message: r.message,
    }),
  );
  const last = items[items.length - 1];
  return { items, cursor: rows.length > query.limit && last ? encodePageCursor({ at: last.createdAt, key: last.id }) : null };
}

/** A dead-lettered delivery goes back to the queue, due now, with a fresh count of attempts. */
export async function retryDelivery(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  const row = await db.selectFrom('notification_deliveries').select('status').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`delivery ${JSON.stringify(id)}`);
  if (row.status !== 'failed') throw new DomainError('not_failed', `delivery ${id} is ${row.status}; only a failed delivery is sent again`, 409);
  await db
    .updateTable('notification_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .execute();
}

/** Deliveries per status (the /metrics gauges). */
export async function countDeliveries(db: Kysely<Database>): Promise<Record<DeliveryStatus, number>> {
  const rows = await db.selectFrom('notification_deliveries').select(['status', (eb) => eb.fn.countAll<string>().as('n')]).groupBy('status').execute();
  const counts: Record<DeliveryStatus, number> = { pending: 0, sent: 0, failed: 0, skipped: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}
