/**
 * Token lifetime through HTTP: a principal may expire (401 token_expired, for reads and for
 * commands authenticated from the token cache); an admin rotates a token (the old one is refused at
 * once with token_rotated, here and on another server process that has not cached it for commands,
 * the new one works) and edits the expiry. A malformed or unknown token costs no lookup the second
 * time; a token of the wrong shape costs none at all.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { secondServer, testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

const register = (content: string) => ({ type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'online', category: 'c', content, anonymous: true });

describe('token expiry and rotation', () => {
  let t: TestApp;
  let second: Awaited<ReturnType<typeof secondServer>>;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    second = await secondServer(t, 2);
    other = second.app;
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const start = (token: string, content: string, app: FastifyInstance = t.app) =>
    app.inject({ method: 'POST', url: '/workflows/suggestion/instances', headers: bearer(token), payload: register(content) });
  const me = (token: string, app: FastifyInstance = t.app) => app.inject({ method: 'GET', url: '/me', headers: bearer(token) });
  const registered = async (content: string) =>
    (await t.handle.db.selectFrom('events').select('data').where('type', '=', 'SuggestionRegistered').execute()).filter((e) => e.data.content === content).length;

  async function expiring(expiresAt: string): Promise<{ id: string; token: string }> {
    const response = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Temp', roles: ['suggestion_manager'], expiresAt } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().expiresAt).toBe(expiresAt);
    return response.json();
  }

  it('an expired token is 401 token_expired, for reads and for commands it was cached for', async () => {
    t.clock.set('2024-03-01T09:00:00Z');
    const temp = await expiring('2024-03-01T10:00:00.000Z');
    expect((await me(temp.token)).statusCode).toBe(200);
    expect((await start(temp.token, 'before expiry')).statusCode).toBe(201);
    t.clock.set('2024-03-01T10:00:00Z');
    for (const response of [await me(temp.token), await start(temp.token, 'after expiry')]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'token_expired', detail: 'the token expired at 2024-03-01T10:00:00.000Z' });
      expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    }
    expect(await registered('after expiry')).toBe(0);
    // An admin moves the expiry: the token works again at once.
    const patched = await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${temp.id}`, payload: { expiresAt: '2024-03-02T10:00:00.000Z' } });
    expect(patched.statusCode).toBe(200);
    expect((await me(temp.token)).statusCode).toBe(200);
    // null clears it.
    await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${temp.id}`, payload: { expiresAt: null } });
    t.clock.set('2030-01-01T00:00:00Z');
    expect((await me(temp.token)).statusCode).toBe(200);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('refuses an expiry that has already passed', async () => {
    const response = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Late', roles: ['office'], expiresAt: '2024-02-01T00:00:00Z' } });
    expect(response.json()).toMatchObject({ status: 422, code: 'expiry_in_past' });
    const bad = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Late', roles: ['office'], expiresAt: 'tomorrow' } });
    expect(bad.json()).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('rotation: the old token is refused at once (token_rotated), also for commands cached a moment ago; the new one works', async () => {
    const manager = await t.principal(['suggestion_manager'], { name: 'Rotating' });
    expect((await start(manager.token, 'with the old token')).statusCode).toBe(201);
    expect((await me(manager.token, other)).statusCode).toBe(200);
    const rotated = await t.as(t.admin, { method: 'POST', url: `/admin/principals/${manager.id}/token` });
    expect(rotated.statusCode).toBe(200);
    const { token } = rotated.json<{ token: string }>();
    expect(token).toMatch(/^dkt_[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(manager.token);
    expect(rotated.json()).toMatchObject({ id: manager.id, hasToken: true });

    for (const response of [await me(manager.token), await start(manager.token, 'old token after rotation'), await me(manager.token, other)]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'token_rotated' });
    }
    expect(await registered('old token after rotation')).toBe(0);
    expect((await me(token)).json()).toMatchObject({ id: manager.id });
    expect((await start(token, 'with the new token')).statusCode).toBe(201);
    expect((await start(token, 'new token on the other server', other)).statusCode).toBe(201);
    // Rotating again retires the second token too.
    await t.as(t.admin, { method: 'POST', url: `/admin/principals/${manager.id}/token` });
    expect((await me(token)).json()).toMatchObject({ status: 401, code: 'token_rotated' });
  });

  it('issues a first token to a person who signs in with a password; a revoked or unknown principal gets none', async () => {
    const person = await t.as(t.admin, {
      method: 'POST',
      url: '/admin/principals',
      payload: { name: 'Integrator person', roles: ['office'], username: 'integrator.person', password: 'long enough password' },
    });
    expect(person.json()).toMatchObject({ hasToken: false, token: null });
    const issued = await t.as(t.admin, { method: 'POST', url: `/admin/principals/${person.json().id}/token` });
    expect(issued.json()).toMatchObject({ hasToken: true, hasPassword: true });
    expect((await me(issued.json().token)).statusCode).toBe(200);
    const gone = await t.principal(['office']);
    await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${gone.id}` });
    expect((await t.as(t.admin, { method: 'POST', url: `/admin/principals/${gone.id}/token` })).json()).toMatchObject({ status: 409, code: 'principal_revoked' });
    expect((await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${gone.id}`, payload: { name: 'x' } })).json()).toMatchObject({ status: 409, code: 'principal_revoked' });
    expect((await t.as(t.admin, { method: 'POST', url: '/admin/principals/nobody/token' })).statusCode).toBe(404);
    const office = await t.principal(['office']);
    expect((await t.as(office, { method: 'POST', url: `/admin/principals/${office.id}/token` })).json()).toMatchObject({ status: 403, code: 'forbidden_role' });
  });

  it('a token of the wrong shape costs no lookup; an unknown one costs one, then none for a while', async () => {
    const lookups = vi.spyOn(t.app.docket.principals, 'holderOfToken');
    try {
      for (const header of ['Bearer', 'Bearer x', 'Basic dXNlcjpwYXNz', `Bearer ${'a'.repeat(300)}`, 'Bearer bad\u00e9token1']) {
        const response = await t.app.inject({ method: 'GET', url: '/me', headers: { authorization: header }, remoteAddress: '10.3.0.1' });
        expect(response.statusCode, header).toBe(401);
      }
      expect(lookups).not.toHaveBeenCalled();
      const unknown = 'dkt_thisTokenWasNeverIssuedToAnyoneAtAll0123456';
      for (let i = 0; i < 3; i++) {
        const response = await t.app.inject({ method: 'GET', url: '/me', headers: bearer(unknown), remoteAddress: '10.3.0.2' });
        expect(response.json()).toMatchObject({ status: 401, code: 'unauthorized' });
      }
      expect(lookups).toHaveBeenCalledTimes(1);
      // No credential at all: no lookup either.
      expect((await t.app.inject({ method: 'GET', url: '/me' })).statusCode).toBe(401);
      expect(lookups).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
    }
  });
});

describe('the bootstrap admin and DOCKET_ADMIN_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  const ENV_TOKEN = 'chosen-admin-token-0123456789';

  it('creates the admin once; a revoked or rotated admin token stays dead at the next start, with the reason', async () => {
    const principals = t.app.docket.principals;
    expect(await principals.bootstrapAdmin(ENV_TOKEN)).toEqual({ created: true, token: null, refused: null });
    expect(await principals.bootstrapAdmin(ENV_TOKEN)).toEqual({ created: false, token: null, refused: null });
    const admin: TestPrincipal = { ...t.admin, token: ENV_TOKEN };
    const me = await t.as(admin, { method: 'GET', url: '/me' });
    expect(me.json()).toMatchObject({ name: 'Administrator', roles: ['admin'] });
    const id = me.json().id as string;

    await t.as(t.admin, { method: 'POST', url: `/admin/principals/${id}/token` });
    const afterRotation = await principals.bootstrapAdmin(ENV_TOKEN);
    expect(afterRotation).toMatchObject({ created: false, token: null });
    expect(afterRotation.refused).toContain(`replaced by a new token of principal ${id}`);
    expect((await t.as(admin, { method: 'GET', url: '/me' })).json()).toMatchObject({ code: 'token_rotated' });

    const second = 'second-admin-token-0123456789';
    expect(await principals.bootstrapAdmin(second)).toMatchObject({ created: true });
    const secondId = (await t.as({ ...admin, token: second }, { method: 'GET', url: '/me' })).json().id as string;
    await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${secondId}` });
    const afterRevocation = await principals.bootstrapAdmin(second);
    expect(afterRevocation).toMatchObject({ created: false, token: null });
    expect(afterRevocation.refused).toContain(`belongs to principal ${secondId}, which was revoked`);
    expect((await t.as({ ...admin, token: second }, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    const admins = (await principals.list()).filter((p) => p.name === 'Administrator');
    expect(admins).toHaveLength(2);
  });
});
