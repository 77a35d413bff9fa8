/**
 * Pending reply obligations (suggestions in registered or in_progress), by due date then id.
 * Overdue and days left are computed here against the caller's today, so they change as the clock
 * passes the due date without any write. Uses view_pending_replies_due / _handler (0003).
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import { daysBetween } from '../../workflows/dates.ts';

export interface PendingReplyFilter {
  today: string;
  /** true: only overdue (dueOn before today); false: only those not yet overdue. */
  overdue?: boolean | undefined;
  handlerId?: string | undefined;
  limit: number;
  after: { dueOn: string; streamId: string } | null;
}

export interface PendingReply {
  id: string;
  state: string;
  receivedOn: string;
  dueOn: string;
  daysLeft: number;
  overdue: boolean;
  handlerId: string | null;
  channel: string;
  category: string;
  streamId: string;
}

export async function readPendingReplies(
  db: Executor,
  filter: PendingReplyFilter,
): Promise<{ items: PendingReply[]; next: { dueOn: string; streamId: string } | null }> {
  const { today, overdue, handlerId, after } = filter;
  const rows = await db
    .selectFrom('view_pending_replies')
    .select(['stream_id', 'id', 'state', 'handler_id', 'channel', 'category'])
    .select([sql<string>`received_on::text`.as('received_on'), sql<string>`due_on::text`.as('due_on')])
    .$if(overdue === true, (q) => q.where('due_on', '<', today))
    .$if(overdue === false, (q) => q.where('due_on', '>=', today))
    .$if(handlerId !== undefined, (q) => q.where('handler_id', '=', handlerId ?? ''))
    .$if(after !== null, (q) => q.where(sql<boolean>`(due_on, stream_id) > (${after?.dueOn ?? ''}::date, ${after?.streamId ?? ''})`))
    // Qualified: a bare `due_on` would sort by the ::text alias above and miss the index.
    .orderBy('view_pending_replies.due_on')
    .orderBy('view_pending_replies.stream_id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit).map((r) => ({
    id: r.id,
    state: r.state,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    daysLeft: daysBetween(today, r.due_on),
    overdue: r.due_on < today,
    handlerId: r.handler_id,
    channel: r.channel,
    category: r.category,
    streamId: r.stream_id,
  }));
  const last = page[page.length - 1];
  return { items: page, next: rows.length > filter.limit && last ? { dueOn: last.dueOn, streamId: last.streamId } : null };
}
