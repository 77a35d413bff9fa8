import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { Registry } from '../../src/engine/registry.ts';
import { ConsumerRunner } from '../../src/projections/consumer.ts';
import { inlineProjector } from '../../src/projections/inline.ts';
import { notificationsConsumer } from '../../src/projections/notifications.consumer.ts';
import { rebuildProjections } from '../../src/projections/rebuild.ts';
import { dumpViews } from '../support/view-dump.ts';
import { refused, send, view } from '../support/view-helpers.ts';

describe('read views, feed, consumers and rebuild on the embedded PGlite', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ backend: 'pglite', now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves every view and the feed, runs a consumer and rebuilds the views exactly', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const handler = await t.principal(['handler']);
    const { id } = await send(t, manager, 'suggestion', {
      type: 'RegisterSuggestion',
      receivedOn: '2024-02-20',
      channel: 'box',
      category: 'roads',
      content: 'Potholes',
      anonymous: true,
    });
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: handler.id }, id);
    await t.app.docket.engine.execute({ workflow: 'collection', principal: manager, command: { type: 'RecordCollection', box: 'Hall', collectedOn: '2024-02-20', count: 1 } });

    expect((await view<{ items: { id: string; dueOn: string }[] }>(t, handler, '/views/inbox')).items).toMatchObject([{ id, dueOn: '2024-03-06' }]);
    expect((await view<{ items: { id: string; daysLeft: number }[] }>(t, manager, '/views/suggestions/pending-replies')).items).toMatchObject([
      { id, daysLeft: 5 },
    ]);
    const cadence = await view<{ months: { month: string; collections: number }[] }>(t, manager, '/views/suggestions/collections?year=2024');
    expect(cadence.months[1]).toMatchObject({ month: '2024-02', collections: 1 });
    await refused(t, t.admin, '/views/secondments/none/audit', 404);
    const feed = await view<{ events: { type: string }[] }>(t, t.admin, '/events');
    expect(feed.events.map((e) => e.type)).toEqual(['SuggestionRegistered', 'HandlerAssigned', 'CollectionRecorded']);
    expect(await view(t, t.admin, '/audit/verify')).toMatchObject({ ok: true, streamsChecked: 2, eventsChecked: 3 });

    const runner = new ConsumerRunner(t.handle.db, notificationsConsumer, { clock: t.clock });
    expect(await runner.drain()).toBe(3);

    const before = await dumpViews(t.handle.db);
    await t.handle.db.deleteFrom('view_inbox').execute();
    await rebuildProjections(t.handle.db, { registry: new Registry(), personalData: t.app.docket.personalData, projector: inlineProjector() });
    expect(await dumpViews(t.handle.db)).toEqual(before);
  });
});
