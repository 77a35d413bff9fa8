/**
 * Instances as their read view holds them (listing by workflow and state, oldest first; uses
 * view_instances_listing / _workflow_created), and an instance's pending deadlines (timers).
 */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';
import type { CaseNumber } from '../../workflows/contract.ts';

export interface InstanceListItem {
  /** The case number (numbered workflows), as year and sequence; the routes show it in the organisation's words. */
  caseNumber: CaseNumber | null;
  id: string;
  workflow: string;
  state: string;
  status: string;
  version: number;
  data: Record<string, unknown>;
  startedOn: string;
  updatedOn: string;
  /** Its subject was erased: the personal fields in `data` are null. */
  subjectErased: boolean;
}

interface InstancePage {
  items: InstanceListItem[];
  /** Where the next page starts, or null after the last. */
  next: { at: string; key: string } | null;
}

export async function listInstances(
  db: Executor,
  filter: { workflow: string; state?: string | undefined; q?: string | undefined; after: { at: string; key: string } | null; limit: number },
): Promise<InstancePage> {
  let query = db
    .selectFrom('view_instances')
    .select(['id', 'stream_id', 'workflow', 'state', 'status', 'version', 'data', 'created_at', 'case_year', 'case_seq', 'erased'])
    .select([sql<string>`started_on::text`.as('started_on'), sql<string>`updated_on::text`.as('updated_on')])
    .where('workflow', '=', filter.workflow);
  if (filter.state !== undefined) query = query.where('state', '=', filter.state);
  const search = searchOf(filter.q);
  if (search?.kind === 'number') {
    query = query.where('case_seq', '=', search.seq);
    if (search.year !== null) query = query.where('case_year', '=', search.year);
  } else if (search?.kind === 'text') {
    query = query.where(sql<boolean>`data::text ILIKE ${search.pattern}`);
  }
  if (filter.after) query = query.where(sql<boolean>`(created_at, stream_id) > (${filter.after.at}::timestamptz, ${filter.after.key})`);
  const rows = await query.orderBy('created_at').orderBy('stream_id').limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      caseNumber: r.case_year !== null && r.case_seq !== null ? { year: r.case_year, seq: r.case_seq } : null,
      id: r.id,
      workflow: r.workflow,
      state: r.state,
      status: r.status,
      version: r.version,
      data: r.data,
      startedOn: r.started_on,
      updatedOn: r.updated_on,
      subjectErased: r.erased,
    })),
    next: rows.length > filter.limit && last ? { at: new Date(last.created_at).toISOString(), key: last.stream_id } : null,
  };
}

type Search = { kind: 'number'; year: number | null; seq: number } | { kind: 'text'; pattern: string } | null;

/**
 * What `q` looks for: a case number (2026-意见-012, 2026-12, or its sequence alone, 12) or else any
 * text of the instance's data (a name, a category, words of the content).
 */
export function searchOf(q: string | undefined): Search {
  const text = q?.trim() ?? '';
  if (text === '') return null;
  const full = /^(\d{4})\D+?(\d{1,6})$/.exec(text);
  if (full) return { kind: 'number', year: Number(full[1]), seq: Number(full[2]) };
  if (/^\d{1,6}$/.test(text) && text.length !== 4) return { kind: 'number', year: null, seq: Number(text) };
  return { kind: 'text', pattern: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
}

interface Deadline {
  timerId: string;
  event: string;
  dueOn: string;
}

/** The timers an instance has set, soonest first. */
export async function instanceDeadlines(db: Executor, streamId: string): Promise<Deadline[]> {
  const rows = await db
    .selectFrom('timers')
    .select(['timer_id', 'event_type', sql<string>`due_on::text`.as('due_on')])
    .where('stream_id', '=', streamId)
    .orderBy('due_at')
    .execute();
  return rows.map((d) => ({ timerId: d.timer_id, event: d.event_type, dueOn: d.due_on }));
}

/** Instances by stream id, as the read policy sees them (id, state, data): for views whose rows do not carry the data. */
export async function readSubjects(
  db: Executor,
  streamIds: readonly string[],
): Promise<Map<string, { id: string; state: string; data: Record<string, unknown>; erased: boolean }>> {
  if (streamIds.length === 0) return new Map();
  const rows = await db.selectFrom('view_instances').select(['stream_id', 'id', 'state', 'data', 'erased']).where('stream_id', 'in', [...new Set(streamIds)]).execute();
  return new Map(rows.map((r) => [r.stream_id, { id: r.id, state: r.state, data: r.data, erased: r.erased }]));
}
