/**
 * The caller's inbox: view_inbox rows of the caller's roles, within their scope (rows for everyone
 * holding the role, rows of the caller's branch, rows assigned to the caller), merged per instance,
 * oldest first, keyset-paged on (since, stream_id).
 *
 * Plan: for every (role, scope key) pair one range scan of view_inbox_scope (migration 0004) that
 * yields at most `limit + 1` distinct instances already in page order; the union of those short
 * lists holds the page, whatever the size of the table. Then the page's rows are fetched by primary
 * key and merged here.
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { CaseNumber } from '../../workflows/contract.ts';
import { DomainError } from '../errors.ts';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.ts';

export interface InboxCaller {
  id: string;
  roles: readonly string[];
  branchId: string | null;
}

export interface InboxAfter {
  since: Date;
  streamId: string;
}

export interface InboxItem {
  workflow: string;
  id: string;
  state: string;
  /** The caller's roles this instance waits on. */
  roles: string[];
  /** Commands the caller may send now (all roles merged). */
  commands: string[];
  /** 'action' (a command is waiting) and/or alerts: 'overdue', 'interim_review_due', 'annual_review_due'. */
  reasons: string[];
  dueOn: string | null;
  overdue: boolean;
  since: Date;
  summary: string;
  streamId: string;
  /** The case number (numbered workflows), as year and sequence. */
  caseNumber: CaseNumber | null;
  /** Why the item is there: per row, its reason, the caller's role and how it reached the caller. */
  why: { reason: string; role: string; scope: 'assigned' | 'branch' | 'role' }[];
}

export interface InboxPage {
  items: InboxItem[];
  /** Where the next page starts, or null on the last page. */
  next: InboxAfter | null;
}

/** The scope keys a caller matches; must agree with the expression indexed in 0004_inbox_scope_notifications.sql. */
function scopeKeys(caller: InboxCaller): string[] {
  return ['', `p:${caller.id}`, ...(caller.branchId ? [`b:${caller.branchId}`] : [])];
}

const SCOPE = sql`coalesce('p:' || v.principal_id, 'b:' || v.branch_id, '')`;

interface InboxRow {
  stream_id: string;
  workflow: string;
  id: string;
  role: string;
  state: string;
  commands: string[];
  reason: string;
  due_on: string | null;
  since: Date | string;
  summary: string;
  branch_id: string | null;
  principal_id: string | null;
  case_year: number | null;
  case_seq: number | null;
}

export async function readInbox(
  db: Executor,
  caller: InboxCaller,
  options: { limit: number; after: InboxAfter | null; today: string },
): Promise<InboxPage> {
  const roles = [...new Set(caller.roles)];
  if (roles.length === 0) return { items: [], next: null };
  const scopes = scopeKeys(caller);
  const n = options.limit + 1;
  const at = options.after ? options.after.since.toISOString() : '-infinity';
  const key = options.after?.streamId ?? '';
  const inScope = sql`(v.branch_id IS NULL OR v.branch_id = ${caller.branchId}::text)
    AND (v.principal_id IS NULL OR v.principal_id = ${caller.id}::text)`;
  const { rows } = await sql<InboxRow>`
    WITH page AS (
      SELECT DISTINCT c.since, c.stream_id
      FROM unnest(${roles}::text[]) AS r(role)
      CROSS JOIN unnest(${scopes}::text[]) AS s(scope)
      CROSS JOIN LATERAL (
        SELECT DISTINCT v.since, v.stream_id
        FROM view_inbox v
        WHERE v.role = r.role AND ${SCOPE} = s.scope AND ${inScope}
          AND (v.since, v.stream_id) > (${at}::timestamptz, ${key}::text)
        ORDER BY v.since, v.stream_id
        LIMIT ${n}
      ) c
      ORDER BY c.since, c.stream_id
      LIMIT ${n}
    )
    SELECT v.stream_id, v.workflow, v.id, v.role, v.state, v.commands, v.reason, v.due_on::text AS due_on, v.since, v.summary,
           v.branch_id, v.principal_id, i.case_year, i.case_seq
    FROM page
    JOIN view_inbox v ON v.stream_id = page.stream_id
    LEFT JOIN view_instances i ON i.stream_id = page.stream_id
    WHERE v.role = ANY(${roles}::text[]) AND ${SCOPE} = ANY(${scopes}::text[]) AND ${inScope}
    ORDER BY page.since, page.stream_id, v.reason, v.role`.execute(db);

  const items = mergeRows(rows, options.today);
  const more = items.length > options.limit;
  const page = items.slice(0, options.limit);
  const last = page[page.length - 1];
  return { items: page, next: more && last ? { since: last.since, streamId: last.streamId } : null };
}

/** One item per instance: commands, roles and reasons merged; the earliest due date wins. */
function mergeRows(rows: readonly InboxRow[], today: string): InboxItem[] {
  const items: InboxItem[] = [];
  let current: InboxItem | null = null;
  for (const row of rows) {
    if (!current || current.streamId !== row.stream_id) {
      current = {
        workflow: row.workflow,
        id: row.id,
        state: row.state,
        roles: [],
        commands: [],
        reasons: [],
        dueOn: null,
        overdue: false,
        since: new Date(row.since),
        summary: row.summary,
        streamId: row.stream_id,
        caseNumber: row.case_year !== null && row.case_seq !== null ? { year: row.case_year, seq: row.case_seq } : null,
        why: [],
      };
      items.push(current);
    }
    addOnce(current.roles, row.role);
    addOnce(current.reasons, row.reason);
    current.why.push({ reason: row.reason, role: row.role, scope: row.principal_id ? 'assigned' : row.branch_id ? 'branch' : 'role' });
    for (const command of row.commands) addOnce(current.commands, command);
    if (row.due_on !== null && (current.dueOn === null || row.due_on < current.dueOn)) current.dueOn = row.due_on;
    current.overdue = current.dueOn !== null && current.dueOn < today;
  }
  return items;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** An inbox item as the API shows it. */
export type InboxEntry = Omit<InboxItem, 'streamId' | 'since'> & { since: string };

const SINCE = /^\d{4}-\d{2}-\d{2}T/;

/** A page of the caller's inbox as GET /views/inbox answers it, with an opaque cursor. */
export async function listInbox(
  db: Executor,
  caller: InboxCaller,
  options: { limit: number; cursor: string | null | undefined; today: string },
): Promise<{ items: InboxEntry[]; cursor: string | null }> {
  const after = options.cursor ? decodePageCursor(options.cursor) : null;
  if (after && !SINCE.test(after.at)) throw new DomainError('invalid_cursor', 'the cursor is not one this server issued', 400);
  const page = await readInbox(db, caller, { limit: options.limit, after: after && { since: new Date(after.at), streamId: after.key }, today: options.today });
  return {
    items: page.items.map(({ streamId: _streamId, since, ...item }) => ({ ...item, since: since.toISOString() })),
    cursor: page.next ? encodePageCursor({ at: page.next.since.toISOString(), key: page.next.streamId }) : null,
  };
}
