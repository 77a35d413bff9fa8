import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { refused, send, view } from '../support/view-helpers.ts';

interface FeedEvent {
  globalPosition: number;
  streamId: string;
  workflow: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
  actor: { id: string; name: string; role: string };
  occurredOn: string;
  recordedAt: string;
}
interface Feed {
  events: FeedEvent[];
  cursor: string;
}
interface Verify {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  firstBroken: unknown;
}

const suggestionCommand = (category: string) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-03-01',
  channel: 'online',
  category,
  content: 'Please fix',
  submitter: { name: 'Zhang', contact: '138' },
});

describe('GET /events and GET /audit/verify', () => {
  let t: TestApp;
  let admin: TestPrincipal;
  let manager: TestPrincipal;
  const feed = (query = '') => view<Feed>(t, admin, `/events${query}`);
  const allPositions = async () =>
    (await sql<{ p: string }>`SELECT global_position AS p FROM events ORDER BY 1`.execute(t.handle.db)).rows.map((r) => Number(r.p));

  const eventCount = async () => (await allPositions()).length;

  /**
   * Pages from `after` until `count` events came. The feed serves an event only once no older
   * transaction is running anywhere on the PostgreSQL cluster (xids are cluster-wide), so on a
   * shared server a page may come back empty for a while: keep asking.
   */
  async function readUntil(after: string | null, count: number, limit = 7): Promise<{ events: FeedEvent[]; cursor: string }> {
    const events: FeedEvent[] = [];
    let cursor = after;
    for (let i = 0; i < 20_000; i++) {
      const page = await feed(`?limit=${limit}${cursor ? `&after=${cursor}` : ''}`);
      events.push(...page.events);
      cursor = page.cursor;
      if (events.length >= count) return { events, cursor };
    }
    throw new Error(`the feed served ${events.length} of ${count} events`);
  }

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    admin = t.admin;
    manager = await t.principal(['suggestion_manager'], { name: 'Manager Ma' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves every event once, in order, with actor and dates; the cursor continues where it stopped', async () => {
    const { id } = await send(t, manager, 'suggestion', suggestionCommand('roads'));
    await send(t, manager, 'suggestion', { type: 'Reply', method: 'written', content: 'Done' }, id);
    await readUntil(null, 2);
    const first = await feed('?limit=1');
    expect(first.events).toEqual([
      {
        globalPosition: expect.any(Number),
        streamId: `suggestion/${id}`,
        workflow: 'suggestion',
        version: 1,
        type: 'SuggestionRegistered',
        data: expect.objectContaining({ category: 'roads', dueOn: '2024-03-16' }),
        actor: { id: manager.id, name: 'Manager Ma', role: 'suggestion_manager' },
        occurredOn: '2024-03-01',
        recordedAt: '2024-03-01T09:00:00.000Z',
        // All the metadata the event's hash covers (with its data as stored: personal fields sealed).
        metadata: expect.objectContaining({ actor: { id: manager.id, name: 'Manager Ma', role: 'suggestion_manager' } }),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        redacted: [],
        erased: [],
        // What the hash covers: the data as stored, the submitter sealed.
        storedData: expect.objectContaining({
          category: 'roads',
          submitter: { name: { $sealed: expect.any(String) }, contact: { $sealed: expect.any(String) } },
        }),
      },
    ]);
    const rest = await readUntil(first.cursor, 1);
    expect(rest.events.map((e) => [e.type, e.version])).toEqual([['ReplySent', 2]]);
    // Nothing new: the same cursor comes back, and it picks up what is appended later.
    const idle = await feed(`?after=${rest.cursor}`);
    expect(idle).toEqual({ events: [], cursor: rest.cursor });
    await send(t, manager, 'suggestion', { type: 'Close' }, id);
    expect((await readUntil(rest.cursor, 1)).events.map((e) => e.type)).toEqual(['SuggestionClosed']);
    const all = await readUntil(null, await eventCount(), 2);
    expect(all.events.map((e) => e.globalPosition)).toEqual(await allPositions());
    expect(await feed(`?after=${all.cursor}`)).toEqual({ events: [], cursor: all.cursor });
  });

  it('never skips an event that commits late with a lower position', async () => {
    const { cursor: start } = await readUntil(null, await eventCount());
    const { engine } = t.app.docket;
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let appended: () => void = () => {};
    const inside = new Promise<void>((resolve) => (appended = resolve));
    // A slow command: its event takes a position, then its transaction stays open.
    const slow = t.handle.db.transaction().execute(async (trx) => {
      // A box collection: suggestions' starts take their case numbers one after another, a collection's does not wait.
      const command = { type: 'RecordCollection', box: 'slow', collectedOn: '2024-03-01', count: 1 };
      await engine.decideAndAppend(trx, { workflow: 'collection', instanceId: 'slow-one', principal: manager, command }, true, t.clock.now());
      appended();
      await held;
    });
    await inside;
    const fast = await send(t, manager, 'suggestion', suggestionCommand('fast'));
    // The later, committed event is not served while the earlier one may still commit…
    const during = await feed(`?after=${start}`);
    expect(during).toEqual({ events: [], cursor: start });
    release();
    await slow;
    // …and once it has, both come, each once.
    const after = await readUntil(start, 2);
    expect(after.events.map((e) => e.streamId).sort()).toEqual([`suggestion/${fast.id}`, 'collection/slow-one'].sort());
  });

  it('gives every event exactly once to a reader paging while many writers append', async () => {
    const { cursor: start } = await readUntil(null, await eventCount());
    const before = new Set(await allPositions());
    const { engine } = t.app.docket;
    let writing = true;
    const writers = Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const started = await engine.execute({ workflow: 'suggestion', principal: manager, command: suggestionCommand(`c${i}`) });
        await engine.execute({ workflow: 'suggestion', instanceId: started.id, principal: manager, command: { type: 'Reply', method: 'phone', content: 'Noted' } });
      }),
    ).finally(() => {
      writing = false;
    });
    const seen: number[] = [];
    let cursor = start;
    let pages = 0;
    while (writing && pages < 5000) {
      const page = await feed(`?after=${cursor}&limit=5`);
      seen.push(...page.events.map((e) => e.globalPosition));
      cursor = page.cursor;
      pages += 1;
    }
    await writers;
    const tail = await readUntil(cursor, 80 - seen.length, 5);
    seen.push(...tail.events.map((e) => e.globalPosition));
    expect((await feed(`?after=${tail.cursor}`)).events).toEqual([]);
    const appended = (await allPositions()).filter((p) => !before.has(p));
    expect(appended).toHaveLength(80);
    expect(seen).toHaveLength(new Set(seen).size); // no duplicates
    expect([...seen].sort((a, b) => a - b)).toEqual(appended); // none missing
  });

  it('refuses an invalid cursor or limit with 400, other roles with 403, no token with 401', async () => {
    for (const query of ['?after=not-a-cursor', '?after=bm9wZQ', '?limit=0', '?limit=1001', '?from=1']) await refused(t, admin, `/events${query}`, 400);
    await refused(t, admin, '/events?after=bm9wZQ', 400, 'invalid_cursor');
    await refused(t, manager, '/events', 403, 'forbidden_role');
    await refused(t, null, '/events', 401);
    for (const roles of [['chair'], ['office']] as const) await view<Feed>(t, await t.principal([...roles]), '/events?limit=1');
  });

  it('verifies the whole log or one stream', async () => {
    const [counts] = (
      await sql<{ events: string; streams: string }>`SELECT count(*) AS events, count(DISTINCT stream_id) AS streams FROM events`.execute(t.handle.db)
    ).rows;
    expect(await view<Verify>(t, admin, '/audit/verify')).toEqual({
      ok: true,
      streamsChecked: Number(counts?.streams),
      eventsChecked: Number(counts?.events),
      firstBroken: null,
    });
    const { id } = await send(t, manager, 'suggestion', suggestionCommand('one'));
    expect(await view<Verify>(t, await t.principal(['office']), `/audit/verify?streamId=suggestion/${id}`)).toEqual({
      ok: true,
      streamsChecked: 1,
      eventsChecked: 1,
      firstBroken: null,
    });
    await refused(t, admin, '/audit/verify?streamId=suggestion/none', 404, 'not_found');
    await refused(t, admin, '/audit/verify?stream=x', 400);
    await refused(t, manager, '/audit/verify', 403, 'forbidden_role');
  });
});
