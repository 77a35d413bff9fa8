/**
 * Revocation takes effect at once, also on another server process that authenticated the token a
 * moment ago: reads and commands with the revoked token are 401 there, and nothing is appended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { secondServer, testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { readStream } from '../../src/store/event-store.ts';

describe('revocation across server processes', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof secondServer>>;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    second = await secondServer(t);
    other = second.app;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const onOther = (who: TestPrincipal, options: InjectOptions) =>
    other.inject({ ...options, headers: { authorization: `Bearer ${who.token}`, ...(options.headers ?? {}) } });
  const register = (content: string) => ({
    type: 'RegisterSuggestion',
    receivedOn: '2024-03-01',
    channel: 'online',
    category: 'c',
    content,
    anonymous: true,
  });

  it('a token revoked through one process is refused by the other at once, for reads and commands', async () => {
    const manager = await t.principal(['suggestion_manager'], { name: 'Soon revoked' });
    // The other process authenticates the token for a command and a read (and may remember it).
    const created = await onOther(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register('before') });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await onOther(manager, { method: 'GET', url: '/me' })).statusCode).toBe(200);

    const revoked = await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${manager.id}` });
    expect(revoked.statusCode).toBe(200);

    expect((await onOther(manager, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    expect((await onOther(manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` })).statusCode).toBe(401);
    const command = await onOther(manager, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'Reply', method: 'posted_notice', content: 'after' } });
    expect(command.statusCode).toBe(401);
    expect(command.headers['content-type']).toMatch(/^application\/problem\+json/);
    const start = await onOther(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register('after') });
    expect(start.statusCode).toBe(401);
    expect((await readStream(t.handle.db, `suggestion/${id}`)).map((e) => e.type)).toEqual(['SuggestionRegistered']);
    const all = await t.handle.db.selectFrom('events').select('stream_id').where('type', '=', 'SuggestionRegistered').execute();
    expect(all).toHaveLength(1);
  });
});
