/**
 * The engine records, with every append, the state its last event leads to; the rebuild and a cold
 * load restore instances from it instead of folding their events. It must be exactly what XState's
 * fold of the stream's events gives, for every stream of a realistic mix of every workflow.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMasterKey, type TestApp } from '../support/app.ts';
import { buildApp } from '../../src/app.ts';
import { fold, recordedState, restore, stateName } from '../../src/engine/decider.ts';
import { toDomainEvent } from '../../src/engine/engine.ts';
import { ALL_WORKFLOWS, Registry } from '../../src/engine/registry.ts';
import { readStream, readStreamHeader } from '../../src/store/event-store.ts';
import { mixedTestApp } from '../support/realistic-mix.ts';

describe('the state recorded with each append', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await mixedTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("is XState's fold of the stream's events, for every stream of every workflow", async () => {
    const registry = new Registry();
    const { rows } = await sql<{ stream_id: string }>`SELECT stream_id FROM streams ORDER BY stream_id`.execute(t.handle.db);
    const workflows = new Set<string>();
    for (const { stream_id: streamId } of rows) {
      const head = (await readStreamHeader(t.handle.db, streamId))!;
      const def = registry.get(head.workflow, head.workflowVersion);
      // As the engine reads the log: personal fields opened.
      const events = (await t.app.docket.personalData.open(t.handle.db, await readStream(t.handle.db, streamId))).map(toDomainEvent);
      const folded = fold(def, events);
      expect(head.state, streamId).toEqual(JSON.parse(JSON.stringify(recordedState(folded.snapshot))));
      const restored = restore(def, head.state!, events);
      expect(stateName(restored.snapshot)).toBe(stateName(folded.snapshot));
      expect(restored.snapshot.status).toBe(folded.snapshot.status);
      expect(restored.snapshot.context).toEqual(JSON.parse(JSON.stringify(folded.snapshot.context)));
      workflows.add(def.name);
    }
    // The mix covers every workflow the registry knows.
    expect([...workflows].sort()).toEqual(ALL_WORKFLOWS.map((d) => d.name).sort());
  });

  it('a cold load (a new server) takes the recorded state rather than folding, and commands go on from it', async () => {
    const { rows } = await sql<{ stream_id: string }>`SELECT stream_id FROM streams WHERE workflow = 'suggestion' AND state->>'value' = 'registered' LIMIT 1`.execute(t.handle.db);
    const streamId = rows[0]!.stream_id;
    const id = streamId.slice('suggestion/'.length);
    // Mark the recorded context: only a load that takes it (not a fold of the events) can show the mark.
    await sql`UPDATE streams SET state = jsonb_set(state, '{context,category}', '"from the recorded state"') WHERE stream_id = ${streamId}`.execute(t.handle.db);
    // A second server on the same database: an empty snapshot cache, as after a restart.
    const second = await buildApp({ database: t.handle, clock: t.clock, logLevel: 'silent', masterKey: testMasterKey() });
    try {
      const loaded = await second.docket.engine.load(t.handle.db, 'suggestion', id);
      const head = (await readStreamHeader(t.handle.db, streamId))!;
      expect(loaded.version).toBe(head.version);
      expect(stateName(loaded.folded.snapshot)).toBe('registered');
      expect((loaded.folded.snapshot.context as { category: string }).category).toBe('from the recorded state');
      expect(loaded.folded.history).toHaveLength(head.version);
      const handler = await second.docket.principals.create({ name: 'Cold handler', roles: ['handler'] }, 'test');
      const manager = await second.docket.principals.create({ name: 'Cold manager', roles: ['suggestion_manager'] }, 'test');
      const result = await second.docket.engine.execute({
        workflow: 'suggestion',
        instanceId: id,
        command: { type: 'AssignHandler', principalId: handler.id },
        principal: { id: manager.id, name: manager.name, roles: manager.roles, memberId: null, branchId: null, hostUnit: null },
      });
      expect(result).toMatchObject({ state: 'in_progress', version: head.version + 1 });
      expect((await readStreamHeader(t.handle.db, streamId))!.state).toMatchObject({ value: 'in_progress', context: { category: 'from the recorded state' } });
    } finally {
      await second.close();
    }
  });
});
