/**
 * Two servers on one database: what one server cached (a token, the settings, an instance's
 * folded state) never lets it act on stale facts after the other server changed them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migratedPostgres } from '../support/database.ts';

describe('caches across two servers on one database', () => {
  let env: Awaited<ReturnType<typeof migratedPostgres>>;
  let secondHandle: DatabaseHandle;
  let a: FastifyInstance;
  let b: FastifyInstance;
  const clock = new ManualClock('2024-03-01T09:00:00Z');
  let admin: { id: string; token: string };
  let manager: { id: string; token: string };
  let handler: { id: string; token: string };

  const send = (app: FastifyInstance, who: { token: string }, url: string, payload: object, method: 'POST' | 'PUT' = 'POST') =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${who.token}` } });

  beforeAll(async () => {
    env = await migratedPostgres();
    secondHandle = await openDatabase({ url: env.database.url, poolSize: 4 });
    a = await buildApp({ database: env.handle, clock, logLevel: 'silent' });
    b = await buildApp({ database: secondHandle, clock, logLevel: 'silent' });
    await Promise.all([a.ready(), b.ready()]);
    admin = await a.docket.principals.create({ name: 'Admin', roles: ['admin'] }, 'test');
    manager = await a.docket.principals.create({ name: 'Manager', roles: ['suggestion_manager'] }, 'test');
    handler = await a.docket.principals.create({ name: 'Handler', roles: ['handler'] }, 'test');
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await secondHandle.close();
    await env.close();
  });

  const register = (app: FastifyInstance) =>
    send(app, manager, '/workflows/suggestion/instances', { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'roads', content: 'x', anonymous: true });

  it('refuses a command from a token revoked on the other server, though this server had just accepted it', async () => {
    const victim = await a.docket.principals.create({ name: 'Soon revoked', roles: ['suggestion_manager'] }, 'test');
    const first = await send(a, victim, '/workflows/suggestion/instances', { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'roads', content: 'x', anonymous: true });
    expect(first.statusCode).toBe(201);
    const revoked = await b.inject({ method: 'DELETE', url: `/admin/principals/${victim.id}`, headers: { authorization: `Bearer ${admin.token}` } });
    expect(revoked.statusCode).toBe(200);
    const before = await env.handle.db.selectFrom('events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const second = await send(a, victim, '/workflows/suggestion/instances', { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'roads', content: 'x', anonymous: true });
    expect(second.statusCode).toBe(401);
    expect(second.json()).toMatchObject({ code: 'unauthorized' });
    const after = await env.handle.db.selectFrom('events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('decides under the settings in force, even when the other server changed them after this one cached them', async () => {
    expect((await register(a)).json().events[0].data.dueOn).toBe('2024-03-16');
    const changed = await send(b, admin, '/admin/settings', { policy: { replyDays: 20 } }, 'PUT');
    expect(changed.statusCode).toBe(200);
    expect((await register(a)).json().events[0].data.dueOn).toBe('2024-03-21');
  });

  it('acts on the latest state of an instance the other server moved on', async () => {
    const { id } = (await register(a)).json();
    const url = `/workflows/suggestion/instances/${id}/commands`;
    // Server a caches the instance in `registered`; server b assigns the handler (in_progress).
    expect((await send(b, manager, url, { type: 'AssignHandler', principalId: handler.id })).statusCode).toBe(200);
    // In `registered` a handler may not reply (nobody assigned); in the real state it may.
    const reply = await send(a, handler, url, { type: 'Reply', method: 'posted_notice', content: 'done' });
    expect(reply.statusCode).toBe(200);
    expect(reply.json()).toMatchObject({ state: 'replied', version: 3 });
    // And a command the latest state refuses is refused with the latest state's allowed list.
    const again = await send(b, handler, url, { type: 'Reply', method: 'posted_notice', content: 'twice' });
    expect(again.statusCode).toBe(422);
    const close = await send(a, manager, url, { type: 'Close' });
    expect(close.statusCode).toBe(200);
    const late = await send(b, manager, url, { type: 'RecordSatisfaction', satisfied: true });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'command_not_allowed', allowedCommands: [] });
  });

  it('reads the latest state through the cache: GET on one server shows what the other appended', async () => {
    const { id } = (await register(a)).json();
    const get = (app: FastifyInstance) => app.inject({ method: 'GET', url: `/workflows/suggestion/instances/${id}`, headers: { authorization: `Bearer ${manager.token}` } });
    // Server a reads (and caches) version 1; b moves the instance on twice.
    expect((await get(a)).json()).toMatchObject({ state: 'registered', version: 1 });
    const url = `/workflows/suggestion/instances/${id}/commands`;
    expect((await send(b, manager, url, { type: 'AssignHandler', principalId: handler.id })).statusCode).toBe(200);
    expect((await send(b, handler, url, { type: 'Reply', method: 'posted_notice', content: 'done' })).statusCode).toBe(200);
    const seen = await get(a);
    expect(seen.headers.etag).toBe('"3"');
    expect(seen.json()).toMatchObject({ state: 'replied', version: 3, data: expect.objectContaining({ handlerId: handler.id, replyCount: 1 }) });
    // Read again from a's cache, unchanged, and as of a date (folded from the start).
    expect((await get(a)).json()).toMatchObject({ state: 'replied', version: 3 });
    const asOf = await a.inject({ method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=2024-03-01`, headers: { authorization: `Bearer ${manager.token}` } });
    expect(asOf.json()).toMatchObject({ state: 'replied', version: 3 });
  });
  it("a page's instances loaded together are each at its latest version, though the other server moved some after this one cached them", async () => {
    const ids = await Promise.all([register(a), register(a), register(a)].map(async (r) => (await r).json().id as string));
    // Cached on this server at version 1.
    expect((await a.docket.engine.loadLatest(env.handle.db, ids.map((id) => ({ workflow: 'suggestion', id })))).map((l) => l?.version)).toEqual([1, 1, 1]);
    for (const id of [ids[0], ids[2]]) {
      expect((await send(b, manager, `/workflows/suggestion/instances/${id}/commands`, { type: 'AssignHandler', principalId: handler.id })).statusCode).toBe(200);
    }
    const loaded = await a.docket.engine.loadLatest(env.handle.db, [...ids.map((id) => ({ workflow: 'suggestion', id })), { workflow: 'suggestion', id: 'no-such-instance' }, { workflow: 'recruitment', id: ids[1]! }]);
    expect(loaded.map((l) => l?.version ?? null)).toEqual([2, 1, 2, null, null]);
    expect(loaded.map((l) => (l ? a.docket.engine.allowedFor(l, { id: handler.id, name: 'Handler', roles: ['handler'], branchId: null, memberId: null, hostUnit: null }) : null))).toEqual([
      expect.arrayContaining(['Reply']),
      [],
      expect.arrayContaining(['Reply']),
      null,
      null,
    ]);
  });
});
