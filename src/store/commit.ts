/**
 * The one-statement commit: appends (with the hash chain computed here, checked against the
 * stream head there), timer changes, read-view operations and the idempotency record, through
 * `docket_commit` (migrations/0006). Part of the event store: the only writer of the event tables.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DomainError, SettingsChanged, VersionConflict } from '../errors.ts';
import type { RowOp } from '../projections/row-ops.ts';
import { eventHash, GENESIS_HASH } from './canonical.ts';
import { readStreamHeader, toStoredEvent } from './event-store.ts';
import type { AppendRequest, EventToAppend, Executor, StoredEvent, StreamHeader } from './types.ts';

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
}

export type TimerChange =
  | { op: 'set'; streamId: string; workflow: string; timerId: string; eventType: string; dueAt: Date; dueOn: string }
  | { op: 'cancel'; streamId: string; timerId: string };

export interface CommitPayload {
  appends: PlannedAppend[];
  timers: TimerChange[];
  ops: RowOp[];
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
  return { ...stream, expectedVersion, prevHash, recordedAt, events: stored };
}

/** The payload as docket_commit reads it; a batch is one JSON.stringify over all of them (no per-payload strings to join). */
function toWire(payload: CommitPayload): Record<string, unknown> {
  return {
    idempotency: payload.idempotency ?? null,
    principalId: payload.principalId ?? null,
    ...(payload.settingsVersion !== undefined ? { settingsVersion: payload.settingsVersion } : {}),
    appends: payload.appends.map((a) => ({
      streamId: a.streamId,
      workflow: a.workflow,
      workflowVersion: a.workflowVersion,
      expectedVersion: a.expectedVersion,
      prevHash: a.prevHash,
      recordedAt: a.recordedAt.toISOString(),
      events: a.events.map((e) => ({
        version: e.version,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
        occurredOn: e.occurredOn,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
    })),
    timers: payload.timers.map((t) =>
      t.op === 'set' ? { ...t, dueAt: t.dueAt.toISOString() } : { op: 'cancel', streamId: t.streamId, timerId: t.timerId },
    ),
    ops: payload.ops,
  };
}

/** Commits in one statement; a stale head is a VersionConflict, a reused idempotency key a replay. */
export async function commit(db: Executor, payload: CommitPayload): Promise<CommitOutcome> {
  try {
    const { rows } = await sql<{ outcome: RawOutcome }>`SELECT docket_commit(${JSON.stringify(toWire(payload))}::jsonb) AS outcome`.execute(db);
    return outcomeOf(rows[0]!.outcome, payload);
  } catch (error) {
    throw commitError(error, payload);
  }
}

/** What docket_commit returns. */
type RawOutcome = { positions?: (number | string)[]; replay?: unknown; requestHash?: string };
/** What docket_commit_many returns per payload: docket_commit's answer, or the error that rolled that payload back. */
type RawBatchItem = RawOutcome & { error?: { code: string; message: string; detail: string | null } };

function outcomeOf(outcome: RawOutcome, payload: CommitPayload): CommitOutcome {
  if (outcome.requestHash !== undefined) return { status: 'replay', result: outcome.replay, requestHash: outcome.requestHash };
  const positions = (outcome.positions ?? []).map(Number);
  let i = 0;
  for (const append of payload.appends) for (const event of append.events) event.globalPosition = positions[i++] ?? 0;
  return { status: 'committed', positions };
}

/** The commit's refusals as domain errors; anything else is passed on as the database said it. */
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

/** An error docket_commit_many caught for one payload, shaped like the driver's error for the same failure. */
export class BatchItemError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail: string | undefined,
  ) {
    super(message);
    this.name = 'BatchItemError';
  }
}

/**
 * Commits many payloads in one statement and one transaction (docket_commit_many): each in its own
 * subtransaction, so each gets its own outcome or error, and a refused one leaves the others in.
 * A failure of the statement itself (a lost connection, a cancelled statement — PL/pgSQL's
 * handler does not catch query_canceled) rejects as a whole.
 */
export async function commitMany(db: Executor, payloads: readonly CommitPayload[]): Promise<({ ok: true; outcome: CommitOutcome } | { ok: false; error: unknown })[]> {
  const json = JSON.stringify(payloads.map(toWire));
  const { rows } = await sql<{ outcomes: RawBatchItem[] }>`SELECT docket_commit_many(${json}::jsonb) AS outcomes`.execute(db);
  return rows[0]!.outcomes.map((raw, i) => {
    const payload = payloads[i]!;
    if (raw.error) return { ok: false, error: commitError(new BatchItemError(raw.error.code, raw.error.message, raw.error.detail ?? undefined), payload) };
    return { ok: true, outcome: outcomeOf(raw, payload) };
  });
}

export interface LoadedStream {
  header: StreamHeader | null;
  /** Events with version > afterVersion. */
  events: StoredEvent[];
  settings: Record<string, unknown> | null;
  /** view_settings.version; null before the first settings change. */
  settingsVersion: number | null;
}

/** One round trip: the stream head, its events after `afterVersion`, and the organisation settings. */
export async function loadForCommand(db: Executor, streamId: string, afterVersion: number, settingsRow: string): Promise<LoadedStream> {
  const { rows } = await sql<{
    stream_id: string | null;
    workflow: string | null;
    workflow_version: number | null;
    version: number | null;
    last_hash: string | null;
    created_at: Date | string | null;
    updated_at: Date | string | null;
    events: Parameters<typeof toStoredEvent>[0][] | null;
    settings: Record<string, unknown> | null;
    settings_version: number | null;
  }>`
    SELECT s.stream_id, s.workflow, s.workflow_version, s.version, s.last_hash, s.created_at, s.updated_at,
      (SELECT json_agg(e ORDER BY e.stream_version) FROM (
         SELECT global_position, stream_id, stream_version, workflow, workflow_version, type, data, metadata,
                occurred_on::text AS occurred_on, recorded_at, transaction_id::text AS transaction_id, prev_hash, hash
         FROM events WHERE stream_id = ${streamId} AND stream_version > ${afterVersion}) e) AS events,
      (SELECT settings FROM view_settings WHERE id = ${settingsRow}) AS settings,
      (SELECT version FROM view_settings WHERE id = ${settingsRow}) AS settings_version
    FROM (SELECT 1) AS one LEFT JOIN streams s ON s.stream_id = ${streamId}`.execute(db);
  const row = rows[0]!;
  const header: StreamHeader | null =
    row.stream_id === null
      ? null
      : {
          streamId: row.stream_id,
          workflow: row.workflow!,
          workflowVersion: row.workflow_version!,
          version: row.version!,
          lastHash: row.last_hash!,
          createdAt: new Date(row.created_at!),
          updatedAt: new Date(row.updated_at!),
        };
  return { header, events: (row.events ?? []).map(toStoredEvent), settings: row.settings, settingsVersion: row.settings_version };
}

/**
 * Appends inside the caller's transaction through the same one-statement commit the engine uses:
 * the stream head is read for its last hash, and docket_commit checks it has not moved.
 */
export async function appendToStream(trx: Transaction<Database>, request: AppendRequest, recordedAt: Date): Promise<StoredEvent[]> {
  if (request.events.length === 0) return [];
  const head = request.expectedVersion === 0 ? null : await readStreamHeader(trx, request.streamId);
  if (request.expectedVersion > 0 && head?.version !== request.expectedVersion) {
    throw new VersionConflict(request.streamId, request.expectedVersion, head?.version ?? null);
  }
  const append = planAppend(
    head && { version: head.version, lastHash: head.lastHash },
    { streamId: request.streamId, workflow: request.workflow, workflowVersion: request.workflowVersion },
    request.events,
    recordedAt,
  );
  await commit(trx, { appends: [append], timers: [], ops: [] });
  const { rows } = await sql<{ xid: string }>`SELECT pg_current_xact_id()::text AS xid`.execute(trx);
  for (const event of append.events) event.transactionId = rows[0]?.xid ?? '';
  return append.events;
}
