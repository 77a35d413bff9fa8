/**
 * Pending reply obligations (suggestions in registered or in_progress), by due date then id.
 * Overdue and days left are computed here against the caller's today, so they change as the clock
 * passes the due date without any write. Uses view_pending_replies_due / _handler (0003).
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { CaseNumber } from '../../workflows/contract.ts';
import { daysBetween, isCalendarDate } from '../../workflows/dates.ts';
import { DomainError } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.ts';

export interface PendingReplyFilter {
  today: string;
  /** true: only overdue (dueOn before today); false: only those not yet overdue. */
  overdue?: boolean | undefined;
  handlerId?: string | undefined;
  limit: number;
  after: { dueOn: string; streamId: string } | null;
}

export interface PendingReply {
  /** The suggestion's case number as year and sequence (shown in the organisation's words by the route). */
  caseNumber: CaseNumber | null;
  id: string;
  state: string;
  receivedOn: string;
  dueOn: string;
  daysLeft: number;
  overdue: boolean;
  handlerId: string | null;
  /** The assigned handler's name (null: none assigned). */
  handlerName: string | null;
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
    .leftJoin('view_instances as i', 'i.stream_id', 'view_pending_replies.stream_id')
    .leftJoin('principals as p', 'p.id', 'view_pending_replies.handler_id')
    .select([
      'view_pending_replies.stream_id',
      'view_pending_replies.id',
      'view_pending_replies.state',
      'view_pending_replies.handler_id',
      'view_pending_replies.channel',
      'view_pending_replies.category',
      'i.case_year',
      'i.case_seq',
      'p.name as handler_name',
    ])
    .select([sql<string>`view_pending_replies.received_on::text`.as('received_on'), sql<string>`view_pending_replies.due_on::text`.as('due_on')])
    .$if(overdue === true, (q) => q.where('view_pending_replies.due_on', '<', today))
    .$if(overdue === false, (q) => q.where('view_pending_replies.due_on', '>=', today))
    .$if(handlerId !== undefined, (q) => q.where('view_pending_replies.handler_id', '=', handlerId ?? ''))
    .$if(after !== null, (q) =>
      q.where(sql<boolean>`(view_pending_replies.due_on, view_pending_replies.stream_id) > (${after?.dueOn ?? ''}::date, ${after?.streamId ?? ''})`),
    )
    // Qualified: a bare `due_on` would sort by the ::text alias above and miss the index.
    .orderBy('view_pending_replies.due_on')
    .orderBy('view_pending_replies.stream_id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit).map((r) => ({
    caseNumber: r.case_year !== null && r.case_seq !== null ? { year: r.case_year, seq: r.case_seq } : null,
    id: r.id,
    state: r.state,
    receivedOn: r.received_on,
    dueOn: r.due_on,
    daysLeft: daysBetween(today, r.due_on),
    overdue: r.due_on < today,
    handlerId: r.handler_id,
    handlerName: r.handler_name,
    channel: r.channel,
    category: r.category,
    streamId: r.stream_id,
  }));
  const last = page[page.length - 1];
  return { items: page, next: rows.length > filter.limit && last ? { dueOn: last.dueOn, streamId: last.streamId } : null };
}

/** A pending reply as the API shows it. */
export type PendingReplyEntry = Omit<PendingReply, 'streamId'>;

/** A page as GET /views/suggestions/pending-replies answers it, with an opaque cursor. */
export async function listPendingReplies(
  db: Executor,
  filter: Omit<PendingReplyFilter, 'after'> & { cursor: string | null | undefined },
): Promise<{ items: PendingReplyEntry[]; cursor: string | null }> {
  const { cursor, ...rest } = filter;
  const after = cursor ? decodePageCursor(cursor) : null;
  if (after && !isCalendarDate(after.at)) throw new DomainError('invalid_cursor', 'the cursor is not one this server issued', 400);
  const page = await readPendingReplies(db, { ...rest, after: after && { dueOn: after.at, streamId: after.key } });
  return {
    items: page.items.map(({ streamId: _streamId, ...item }) => item),
    cursor: page.next ? encodePageCursor({ at: page.next.dueOn, key: page.next.streamId }) : null,
  };
}
