/**
 * The set-based group commit: a batch of commits written with one statement per table
 * (`docket_commit_set`, migrations/0012) instead of the statements of each payload in turn
 * (`docket_commit_many`). The server splits the batch into one array per table here, where the
 * payloads are built anyway, so PostgreSQL reads each table's rows as one recordset (the upserts
 * through docket_apply_ops).
 *
 * It takes only batches whose order cannot matter: every stream, timer, read-view row and retry key
 * at most once, and only the read-view operations the inline projections produce on every command
 * (upserts of view_instances and view_pending_replies by stream_id; replacements and deletions of
 * view_inbox and view_pending_replies by stream_id). `toCommitSet` answers null for any other
 * batch, and the group commit sends it to docket_commit_many.
 *
 * The statement commits all of the batch or none of it: a stream that moved, a revoked principal,
 * changed settings, a retry key used before or any value the database refuses fails it whole, and
 * the group commit then sends the same batch to docket_commit_many, which refuses that payload
 * alone (or answers it with the stored result of its retry key).
 */
import { sql } from 'kysely';
import type { CommitOutcome, CommitPayload } from './commit.ts';
import type { Executor } from './types.ts';

type Row = Record<string, unknown>;

/** The batch as docket_commit_set reads it: one array per table. */
export interface CommitSet {
  principals: string[];
  /** Retry keys, each new (`answer.result`: the stored answer; wrapped so a null is kept as JSON). */
  idempotency: { scope: string; key: string; request_hash: string; answer: { result: unknown } }[];
  /** The settings versions the payloads were decided under (null: none yet); each must be in force. */
  settings: (number | null)[];
  created: Row[];
  moved: Row[];
  events: Row[];
  timerCancels: Row[];
  timerSets: Row[];
  /** Per table: delete the rows of these streams, then insert these rows. */
  replaces: { table: 'view_inbox' | 'view_pending_replies'; streams: string[]; rows: Row[] }[];
  /**
   * Per table and update list, one upsert operation with many rows, as docket_apply_ops takes it:
   * insert, or update the listed columns on a stream_id conflict.
   */
  upserts: { kind: 'upsert'; table: 'view_instances' | 'view_pending_replies'; key: ['stream_id']; update: string[]; rows: Row[] }[];
}

const REPLACEABLE = new Set(['view_inbox', 'view_pending_replies']);
const UPSERTABLE = new Set(['view_instances', 'view_pending_replies']);

/** The group of upserts with this table and update list, compared column by column (a batch usually has one group per table). */
function upsertGroup(groups: CommitSet['upserts'], table: string, update: readonly string[]): CommitSet['upserts'][number] | undefined {
  return groups.find((g) => g.table === table && g.update.length === update.length && (g.update === update || g.update.every((column, i) => column === update[i])));
}

/** Adds `key` to `seen`; false when it was there already (the batch then holds one thing twice). */
function firstTime(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

/** The batch split per table, or null when it needs the per-payload path. */
export function toCommitSet(payloads: readonly CommitPayload[]): CommitSet | null {
  const set: CommitSet = { principals: [], idempotency: [], settings: [], created: [], moved: [], events: [], timerCancels: [], timerSets: [], replaces: [], upserts: [] };
  const principals = new Set<string>();
  const settings = new Set<number | null>();
  const streams = new Set<string>();
  const timers = new Set<string>();
  const keys = new Set<string>();
  const viewRows = new Set<string>();
  const replaces = new Map<string, CommitSet['replaces'][number]>();
  const claimRow = (table: string, streamId: unknown): boolean => typeof streamId === 'string' && firstTime(viewRows, `${table}\u0000${streamId}`);

  for (const payload of payloads) {
    if (payload.idempotency) {
      const { scope, key, requestHash, result } = payload.idempotency;
      if (!firstTime(keys, `${scope}\u0000${key}`)) return null;
      set.idempotency.push({ scope, key, request_hash: requestHash, answer: { result } });
    }
    if (payload.principalId != null) principals.add(payload.principalId);
    if (payload.settingsVersion !== undefined) settings.add(payload.settingsVersion);

    for (const append of payload.appends) {
      const last = append.events[append.events.length - 1];
      if (!last) continue;
      if (!firstTime(streams, append.streamId)) return null;
      const recordedAt = append.recordedAt.toISOString();
      const version = append.expectedVersion + append.events.length;
      if (append.expectedVersion === 0) {
        set.created.push({ stream_id: append.streamId, version, last_hash: last.hash, recorded_at: recordedAt, workflow: append.workflow, workflow_version: append.workflowVersion });
      } else {
        set.moved.push({ stream_id: append.streamId, version, last_hash: last.hash, recorded_at: recordedAt, expected: append.expectedVersion, prev_hash: append.prevHash });
      }
      for (const event of append.events) {
        set.events.push({
          stream_id: append.streamId,
          stream_version: event.version,
          workflow: append.workflow,
          workflow_version: append.workflowVersion,
          type: event.type,
          data: event.data,
          metadata: event.metadata,
          occurred_on: event.occurredOn,
          recorded_at: recordedAt,
          prev_hash: event.prevHash,
          hash: event.hash,
        });
      }
    }

    for (const timer of payload.timers) {
      if (!firstTime(timers, `${timer.streamId}\u0000${timer.timerId}`)) return null;
      if (timer.op === 'cancel') set.timerCancels.push({ stream_id: timer.streamId, timer_id: timer.timerId });
      else
        set.timerSets.push({
          stream_id: timer.streamId,
          timer_id: timer.timerId,
          workflow: timer.workflow,
          event_type: timer.eventType,
          due_at: timer.dueAt.toISOString(),
          due_on: timer.dueOn,
        });
    }

    for (const op of payload.ops) {
      if ((op.kind === 'replace' || op.kind === 'delete') && REPLACEABLE.has(op.table)) {
        const keys = Object.keys(op.where);
        const streamId = op.where.stream_id;
        if (keys.length !== 1 || !claimRow(op.table, streamId)) return null;
        const rows = op.kind === 'replace' ? op.rows : [];
        if (rows.some((row) => row.stream_id !== streamId)) return null;
        const table = op.table as CommitSet['replaces'][number]['table'];
        let group = replaces.get(table);
        if (!group) replaces.set(table, (group = { table, streams: [], rows: [] }));
        group.streams.push(streamId!);
        group.rows.push(...rows);
      } else if (op.kind === 'upsert' && UPSERTABLE.has(op.table) && op.key.length === 1 && op.key[0] === 'stream_id') {
        const rows = op.rows ?? [op.row];
        for (const row of rows) if (!claimRow(op.table, row.stream_id)) return null;
        const table = op.table as CommitSet['upserts'][number]['table'];
        let group = upsertGroup(set.upserts, table, op.update);
        if (!group) set.upserts.push((group = { kind: 'upsert', table, key: ['stream_id'], update: op.update, rows: [] }));
        group.rows.push(...rows);
      } else {
        return null;
      }
    }
  }
  set.principals = [...principals];
  set.settings = [...settings];
  set.replaces = [...replaces.values()];
  return set;
}

/** What docket_commit_set answers: [stream id, version, global position] for each event appended. */
export type AppendedPositions = [string, number, number | string][];

/** Commits the whole batch in one statement, or throws with nothing committed. */
export async function commitSet(db: Executor, set: CommitSet): Promise<AppendedPositions> {
  const { rows } = await sql<{ appended: AppendedPositions }>`SELECT docket_commit_set(${JSON.stringify(set)}::jsonb) AS appended`.execute(db);
  return rows[0]!.appended;
}

/** Each payload's outcome, its events' global positions filled in as docket_commit's answer fills them. */
export function outcomesOfSet(payloads: readonly CommitPayload[], appended: AppendedPositions): CommitOutcome[] {
  const positionOf = new Map<string, number>();
  for (const [streamId, version, position] of appended) positionOf.set(`${version}\u0000${streamId}`, Number(position));
  return payloads.map((payload) => {
    const positions: number[] = [];
    for (const append of payload.appends) {
      for (const event of append.events) {
        const position = positionOf.get(`${event.version}\u0000${append.streamId}`) ?? 0;
        event.globalPosition = position;
        positions.push(position);
      }
    }
    return { status: 'committed', positions };
  });
}
