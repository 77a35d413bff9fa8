/**
 * The rebuild trusts the log, not stored state: every event is folded through its pinned workflow
 * version's machine, also when a stream's events are projected together. A recorded event the
 * machine rejects fails the rebuild loudly (ReplayDivergence), and the views stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { ReplayDivergence } from '../../src/engine/decider.ts';
import { Registry } from '../../src/engine/registry.ts';
import { inlineProjector } from '../../src/projections/inline.ts';
import { rebuildProjections } from '../../src/projections/rebuild.ts';
import { appendSuggestionClosed } from '../support/log.ts';
import { dumpViews } from '../support/view-dump.ts';

describe('projections:rebuild on a log the code disagrees with', () => {
  let t: TestApp;
  let views: Record<string, string[]>;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const manager = await t.principal(['suggestion_manager']);
    const handler = await t.principal(['handler']);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await t.as(manager, {
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'phone', category: 'housing', content: `Roof ${i}`, anonymous: true },
      });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    for (const id of ids) {
      const res = await t.as(manager, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'AssignHandler', principalId: handler.id } });
      expect(res.statusCode).toBe(200);
    }
    // A close before any reply: the machine does not accept it in `in_progress`.
    await appendSuggestionClosed(t, ids[3]!, 2, '2024-03-01');
    views = await dumpViews(t.handle.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([1, 3, 1_000])('fails with ReplayDivergence and leaves the views unchanged (%i events per chunk)', async (chunkSize) => {
    const rebuild = rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector(), batchSize: 1_000, chunkSize });
    await expect(rebuild).rejects.toBeInstanceOf(ReplayDivergence);
    await expect(rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector(), chunkSize })).rejects.toThrow(
      /event #3 \(SuggestionClosed\) in state in_progress/,
    );
    expect(await dumpViews(t.handle.db)).toEqual(views);
  });
});
