/**
 * The commit: the one way anything is written to the event log. A command's effects — appends with
 * their expected versions and hash chain (computed here, checked against the stream heads there),
 * the state each append leads to, the idempotency record, timer changes, read-view writes and the
 * events of process-manager reactions — go to PostgreSQL as one call of `docket_commit`
 * (migrations/functions/docket_commit.sql), alone or with other commands' (group-commit.ts).
 *
 * The store knows no read view: a payload's `views` are per-table lists (src/projections/view-tables.ts
 * builds them), concatenated here when payloads share a statement.
 */
import { sql } from 'kysely';
import { DomainError, IdempotencyKeyReused, SettingsChanged, VersionConflict } from '../errors.ts';
import { eventHash, GENESIS_HASH } from './canonical.ts';
import type { EventMetadata, EventToAppend, Executor, RecordedState, StoredEvent } from './types.ts';

export interface PlannedAppend {
  streamId: string;
  workflow: string;
  workflowVersion: number;
  expectedVersion: number;
  /** Hash of the stream's last event (GENESIS_HASH for a new stream). */
  prevHash: string;
  recordedAt: Date;
  /** The events as they will be stored (versions, hashes; globalPosition filled in after commit). */
  events: StoredEvent[];
  /** The state the last event leads to, recorded on the stream head; null: none (readers fold). */
  state: RecordedState | null;
  /**
   * The events' data and metadata as stored, when they differ from the events' (personal fields and
   * comments sealed, src/privacy/personal-data.ts): the hashes cover these; the events keep the
   * plaintext for the projections and the command's answer.
   */
  stored?: StoredContent[];
}

export type TimerChange =
  | { op: 'set'; streamId: string; workflow: string; timerId: string; eventType: string; dueAt: Date; dueOn: string }
  | { op: 'cancel'; streamId: string; timerId: string };

/** Per table, named lists of rows (see src/projections/view-tables.ts), opaque to the store. */
export type TableWrites = Readonly<Record<string, Readonly<Record<string, readonly unknown[] | undefined>> | undefined>>;

export interface CommitPayload {
  appends: PlannedAppend[];
  timers: TimerChange[];
  views: TableWrites;
  idempotency?: { scope: string; key: string; requestHash: string; result: unknown } | undefined;
  /** The principal the command was decided for: refused (401) if revoked meanwhile. */
  principalId?: string | undefined;
  /** The settings version the command was decided under (null: none yet); undefined: not checked. */
  settingsVersion?: number | null | undefined;
}

export type CommitOutcome = { status: 'committed'; positions: number[] } | { status: 'replay'; result: unknown; requestHash: string };

/** Versions and hashes for events appended after `head` (or to a new stream). */
export function planAppend(
  head: { version: number; lastHash: string } | null,
  stream: { streamId: string; workflow: string; workflowVersion: number },
  events: EventToAppend[],
  recordedAt: Date,
  state: RecordedState | null = null,
): PlannedAppend {
  const expectedVersion = head?.version ?? 0;
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const recordedIso = recordedAt.toISOString();
  let previous = prevHash;
  const stored = events.map((event, i): StoredEvent => {
    const version = expectedVersion + i + 1;
    // Members in canonical (sorted) order: canonicalJson then writes them with one JSON.stringify.
    const hash = eventHash(previous, {
      data: event.data,
      metadata: event.metadata,
      occurredOn: event.occurredOn,
      recordedAt: recordedIso,
      streamId: stream.streamId,
      type: event.type,
      version,
    });
    const storedEvent: StoredEvent = {
      globalPosition: 0,
      streamId: stream.streamId,
      version,
      workflow: stream.workflow,
      workflowVersion: stream.workflowVersion,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      occurredOn: event.occurredOn,
      recordedAt,
      transactionId: '',
      prevHash: previous,
      hash,
    };
    previous = hash;
    return storedEvent;
  });
  return { ...stream, expectedVersion, prevHash, recordedAt, events: stored, state };
}

/** An event's data and metadata as stored. */
export interface StoredContent {
  data: Record<string, unknown>;
  metadata: EventMetadata;
}

/** Stores `stored` (one per event) instead of the events' data and metadata, and recomputes the chain over it. */
export function rechain(append: PlannedAppend, stored: StoredContent[]): void {
  const recordedIso = append.recordedAt.toISOString();
  let previous = append.prevHash;
  append.events.forEach((event, i) => {
    event.prevHash = previous;
    event.hash = eventHash(previous, {
      data: stored[i]!.data,
      metadata: stored[i]!.metadata,
      occurredOn: event.occurredOn,
      recordedAt: recordedIso,
      streamId: append.streamId,
      type: event.type,
      version: event.version,
    });
    previous = event.hash;
  });
  append.stored = stored;
}

type Row = Record<string, unknown>;

/** The batch as docket_commit reads it: one list per table. */
interface Batch {
  size: number;
  principals: string[];
  settings: (number | null)[];
  keys: { scope: string; key: string; request_hash: string; answer: { result: unknown } }[];
  created: Row[];
  moved: Row[];
  events: Row[];
  timer_cancels: Row[];
  timer_sets: Row[];
  views: Record<string, Record<string, unknown[]>>;
}

function toBatch(payloads: readonly CommitPayload[]): Batch {
  const principals = new Set<string>();
  const settings = new Set<number | null>();
  const batch: Batch = { size: payloads.length, principals: [], settings: [], keys: [], created: [], moved: [], events: [], timer_cancels: [], timer_sets: [], views: {} };
  for (const payload of payloads) {
    if (payload.idempotency) {
      const { scope, key, requestHash, result } = payload.idempotency;
      // Wrapped, so that a JSON null result is stored as null rather than lost.
      batch.keys.push({ scope, key, request_hash: requestHash, answer: { result } });
    }
    if (payload.principalId != null) principals.add(payload.principalId);
    if (payload.settingsVersion !== undefined) settings.add(payload.settingsVersion);
    for (const append of payload.appends) {
      const last = append.events[append.events.length - 1];
      if (!last) continue;
      const recordedAt = append.recordedAt.toISOString();
      const head = { stream_id: append.streamId, version: last.version, last_hash: last.hash, state: append.state, recorded_at: recordedAt };
      if (append.expectedVersion === 0) batch.created.push({ ...head, workflow: append.workflow, workflow_version: append.workflowVersion });
      else batch.moved.push({ ...head, expected: append.expectedVersion, prev_hash: append.prevHash });
      for (const [i, event] of append.events.entries()) {
        batch.events.push({
          stream_id: append.streamId,
          stream_version: event.version,
          workflow: append.workflow,
          workflow_version: append.workflowVersion,
          type: event.type,
          data: append.stored?.[i]?.data ?? event.data,
          metadata: append.stored?.[i]?.metadata ?? event.metadata,
          occurred_on: event.occurredOn,
          recorded_at: recordedAt,
          prev_hash: event.prevHash,
          hash: event.hash,
        });
      }
    }
    // Within one command, the last change of a timer wins (a state left and re-entered cancels and
    // sets it again); the batch deletes before it inserts, so each timer may appear once.
    const timers = new Map<string, TimerChange>();
    for (const timer of payload.timers) {
      const key = `${timer.streamId}\u0000${timer.timerId}`;
      timers.delete(key);
      timers.set(key, timer);
    }
    for (const timer of timers.values()) {
      if (timer.op === 'cancel') batch.timer_cancels.push({ stream_id: timer.streamId, timer_id: timer.timerId });
      else
        batch.timer_sets.push({
          stream_id: timer.streamId,
          timer_id: timer.timerId,
          workflow: timer.workflow,
          event_type: timer.eventType,
          due_at: timer.dueAt.toISOString(),
          due_on: timer.dueOn,
        });
    }
    for (const [table, lists] of Object.entries(payload.views)) {
      if (!lists) continue;
      const into = (batch.views[table] ??= {});
      for (const [name, rows] of Object.entries(lists)) if (rows && rows.length > 0) (into[name] ??= []).push(...rows);
    }
  }
  batch.principals = [...principals];
  batch.settings = [...settings];
  return batch;
}

type RawOutcome = { positions?: [string, number, number | string][]; replay?: unknown; requestHash?: string };

/**
 * Commits the payloads in one statement, all or none. A refusal throws: for a single payload as
 * its domain error (VersionConflict, SettingsChanged, a revoked principal), for several as
 * PostgreSQL said it (the group commit then sends them one at a time).
 */
export async function commitBatch(db: Executor, payloads: readonly CommitPayload[]): Promise<CommitOutcome[]> {
  let outcome: RawOutcome;
  try {
    const { rows } = await sql<{ outcome: RawOutcome }>`SELECT docket_commit(${JSON.stringify(toBatch(payloads))}::jsonb) AS outcome`.execute(db);
    outcome = rows[0]!.outcome;
  } catch (error) {
    throw payloads.length === 1 ? commitError(error, payloads[0]!) : error;
  }
  if (outcome.requestHash !== undefined) {
    const replay: CommitOutcome = { status: 'replay', result: outcome.replay, requestHash: outcome.requestHash };
    return [replay];
  }
  const positionOf = new Map<string, number>();
  for (const [streamId, version, position] of outcome.positions ?? []) positionOf.set(`${version}\u0000${streamId}`, Number(position));
  return payloads.map((payload) => {
    const positions: number[] = [];
    for (const append of payload.appends) {
      for (const event of append.events) {
        event.globalPosition = positionOf.get(`${event.version}\u0000${append.streamId}`) ?? 0;
        positions.push(event.globalPosition);
      }
    }
    return { status: 'committed', positions };
  });
}

/** Commits one payload (inside the caller's transaction, or alone). */
export async function commitOne(db: Executor, payload: CommitPayload): Promise<CommitOutcome> {
  const [outcome] = await commitBatch(db, [payload]);
  return outcome!;
}

/** docket_commit's refusals as domain errors; anything else is passed on as the database said it. */
function commitError(error: unknown, payload: CommitPayload): unknown {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e.code === 'DK401') return new DomainError('unauthorized', 'the token is revoked', 401);
  if (e.code === 'DKSET') return new SettingsChanged();
  if (e.code === 'DK409') {
    const streamId = /version conflict on (.*)$/.exec(e.message ?? '')?.[1] ?? '';
    const append = payload.appends.find((a) => a.streamId === streamId);
    return new VersionConflict(streamId, append?.expectedVersion ?? 0, Number(e.detail ?? 0));
  }
  return error;
}

/** The stored answer for this retry key, or null; the same key with another request is idempotency_key_reused. */
export async function findIdempotencyRecord<T>(db: Executor, ref: { scope: string; key: string; requestHash: string }): Promise<{ result: T | null } | null> {
  const existing = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'result'])
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .executeTakeFirst();
  if (!existing) return null;
  if (existing.request_hash !== ref.requestHash) throw new IdempotencyKeyReused(ref.key);
  return { result: (existing.result as T | null) ?? null };
}
