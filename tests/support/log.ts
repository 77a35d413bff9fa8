/**
 * Writing to the log past the engine, through the production commit path (src/store/commit.ts):
 * the store's contract tests, and logs the code disagrees with (replay and rebuild tests). The
 * commit checks versions and the hash chain, not the machine, and records no state.
 */
import { commitOne, planAppend, type CommitOutcome } from '../../src/store/commit.ts';
import { readStreamHeader } from '../../src/store/event-store.ts';
import type { EventToAppend, Executor } from '../../src/store/types.ts';
import { VersionConflict } from '../../src/errors.ts';
import type { TestApp } from './app.ts';

export interface AppendRequest {
  streamId: string;
  workflow: string;
  workflowVersion: number;
  /** The version the stream must be at (0: it must not exist). */
  expectedVersion: number;
  events: EventToAppend[];
}

export interface Appended {
  streamId: string;
  version: number;
  /** Global positions of the appended events (none when `replayed`). */
  positions: number[];
  replayed: boolean;
}

/** Appends `request.events` after the stream's head; with `idempotency`, a retry gets the first answer. */
export async function appendEvents(
  db: Executor,
  request: AppendRequest,
  recordedAt: Date,
  idempotency?: { scope: string; key: string; requestHash: string },
): Promise<Appended> {
  const head = request.expectedVersion === 0 ? null : await readStreamHeader(db, request.streamId);
  if (request.expectedVersion > 0 && head?.version !== request.expectedVersion) {
    throw new VersionConflict(request.streamId, request.expectedVersion, head?.version ?? null);
  }
  const append = planAppend(head, request, request.events, recordedAt);
  const answer = { streamId: request.streamId, version: request.expectedVersion + request.events.length };
  const outcome: CommitOutcome = await commitOne(db, {
    appends: [append],
    timers: [],
    views: {},
    idempotency: idempotency ? { ...idempotency, result: answer } : undefined,
  });
  if (outcome.status === 'replay') {
    if (outcome.requestHash !== idempotency?.requestHash) throw Object.assign(new Error('idempotency key reused'), { code: 'idempotency_key_reused', status: 422 });
    return { ...(outcome.result as typeof answer), positions: [], replayed: true };
  }
  return { ...answer, positions: outcome.positions, replayed: false };
}

/**
 * Appends a SuggestionClosed by an "intruder" to suggestion `id`: the engine would refuse it in any
 * state but `replied`.
 */
export async function appendSuggestionClosed(t: TestApp, id: string, expectedVersion: number, occurredOn: string): Promise<void> {
  await appendEvents(
    t.handle.db,
    {
      streamId: `suggestion/${id}`,
      workflow: 'suggestion',
      workflowVersion: 1,
      expectedVersion,
      events: [{ type: 'SuggestionClosed', data: {}, occurredOn, metadata: { actor: { id: 'intruder', name: 'x', role: 'office' } } }],
    },
    t.clock.now(),
  );
}
