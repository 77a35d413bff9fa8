/**
 * The rebuild replays the log stream by stream and checks each stream's shape as it goes: a stream
 * starts at version 1 and goes on without a gap, and nothing follows a final state (the machine
 * rejects it: ReplayDivergence). Either fails the rebuild and leaves the views as they were.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { ReplayDivergence } from '../../src/engine/decider.ts';
import { Registry } from '../../src/engine/registry.ts';
import { inlineProjector } from '../../src/projections/inline.ts';
import { rebuildProjections } from '../../src/projections/rebuild.ts';
import { appendSuggestionClosed } from '../support/log.ts';
import { dumpViews } from '../support/view-dump.ts';

/** A suggestion taken through its whole life (5 events, the last into the final state `closed`); its id. */
async function closedSuggestion(t: TestApp): Promise<string> {
  const manager = await t.principal(['suggestion_manager']);
  const handler = await t.principal(['handler']);
  const created = await t.as(manager, {
    method: 'POST',
    url: '/workflows/suggestion/instances',
    payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'phone', category: 'housing', content: 'Roof', submitter: { name: 'Li', contact: 'x' } },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const commands = [
    [manager, { type: 'AssignHandler', principalId: handler.id }],
    [handler, { type: 'Reply', method: 'written', content: 'fixed' }],
    [manager, { type: 'RecordSatisfaction', satisfied: true }],
    [manager, { type: 'Close' }],
  ] as const;
  for (const [who, payload] of commands) {
    const res = await t.as(who, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload });
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

const rebuild = (t: TestApp, chunkSize: number) =>
  rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector(), batchSize: 3, chunkSize });

describe('projections:rebuild on a log with a gap in a stream', () => {
  let t: TestApp;
  let views: Record<string, string[]>;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const id = await closedSuggestion(t);
    // A copy of that stream without its version 2 (written past the store, which would refuse it).
    const db = t.handle.db;
    await sql`INSERT INTO streams (stream_id, workflow, workflow_version, version, last_hash, created_at, updated_at)
      SELECT stream_id || '-gap', workflow, workflow_version, version, last_hash, created_at, updated_at FROM streams WHERE stream_id = ${`suggestion/${id}`}`.execute(db);
    await sql`INSERT INTO events (stream_id, stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash)
      SELECT stream_id || '-gap', stream_version, workflow, workflow_version, type, data, metadata, occurred_on, recorded_at, prev_hash, hash
      FROM events WHERE stream_id = ${`suggestion/${id}`} AND stream_version <> 2 ORDER BY stream_version`.execute(db);
    views = await dumpViews(db);
    expect(views.view_instances).toHaveLength(1);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([1, 2, 1_000])('fails naming the stream and the gap, and leaves the views unchanged (%i events per chunk)', async (chunkSize) => {
    await expect(rebuild(t, chunkSize)).rejects.toThrow(/-gap version 3 follows version 1: the log has a gap/);
    expect(await dumpViews(t.handle.db)).toEqual(views);
  });
});

describe('projections:rebuild on a log with an event after a final state', () => {
  let t: TestApp;
  let views: Record<string, string[]>;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const id = await closedSuggestion(t);
    await appendSuggestionClosed(t, id, 5, '2024-03-02');
    views = await dumpViews(t.handle.db);
  });
  afterAll(async () => {
    await t.close();
  });

  // With 2 events per chunk the stream is folded in pieces: the 6th event meets the folded final state.
  it.each([1, 2, 1_000])('fails with ReplayDivergence and leaves the views unchanged (%i events per chunk)', async (chunkSize) => {
    const failed = rebuild(t, chunkSize);
    await expect(failed).rejects.toBeInstanceOf(ReplayDivergence);
    await expect(rebuild(t, chunkSize)).rejects.toThrow(/event #6 \(SuggestionClosed\) in state closed/);
    expect(await dumpViews(t.handle.db)).toEqual(views);
  });
});
