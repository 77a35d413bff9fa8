/**
 * Accounts through HTTP: an admin creates a person with a user name and password; the person signs
 * in (a session cookie: HttpOnly, SameSite=Strict, Secure behind TLS), works with the cookie (a
 * state-changing request needs the CSRF header and, if it has one, this server's Origin), changes
 * the password, signs out; an admin edits roles and resets the password. Sessions end when idle and
 * at their absolute end (on the injected clock); failed sign-ins are limited per address and per
 * user name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { testApp, type TestApp } from '../support/app.ts';

const PASSWORD = 'correct horse battery';
const CSRF = { 'x-docket-csrf': '1' };

interface Person {
  id: string;
  username: string;
}

describe('accounts: password sign-in and sessions', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  /** A person created by the admin through the API, with a fresh address so rate limits stay apart. */
  async function person(roles: string[] = ['suggestion_manager'], extra: Record<string, unknown> = {}): Promise<Person> {
    n += 1;
    const username = `clerk.${n}`;
    const response = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: `Clerk ${n}`, roles, username, password: PASSWORD, ...extra } });
    expect(response.statusCode, response.body).toBe(201);
    return { id: response.json().id, username };
  }

  const signIn = (username: string, password: string, options: Partial<InjectOptions> = {}) =>
    t.app.inject({ method: 'POST', url: '/auth/signin', payload: { username, password }, ...options, headers: { ...CSRF, ...(options.headers ?? {}) } });

  const cookieOf = (response: LightMyRequestResponse) => {
    const header = response.headers['set-cookie'];
    const value = /docket_session=([^;]*)/.exec(Array.isArray(header) ? header.join(',') : (header ?? ''))?.[1];
    if (!value) throw new Error(`no session cookie in ${String(header)}`);
    return `docket_session=${value}`;
  };

  async function session(who: Person, password = PASSWORD): Promise<string> {
    const response = await signIn(who.username, password);
    expect(response.statusCode, response.body).toBe(200);
    return cookieOf(response);
  }

  const withCookie = (cookie: string, options: InjectOptions) => t.app.inject({ ...options, headers: { cookie, ...(options.headers ?? {}) } });

  const register = (content: string) => ({ type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'online', category: 'c', content, anonymous: true });

  const suggestionsWith = async (content: string) =>
    (await t.handle.db.selectFrom('events').select('data').where('type', '=', 'SuggestionRegistered').execute()).filter((e) => e.data.content === content).length;

  it('an admin creates a person with a username and password: no token, and the password is never shown', async () => {
    const response = await t.as(t.admin, {
      method: 'POST',
      url: '/admin/principals',
      payload: { name: '沈晓燕', roles: ['office'], username: '沈晓燕', password: PASSWORD },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: '沈晓燕', username: '沈晓燕', hasPassword: true, hasToken: false, token: null });
    expect(response.body).not.toContain(PASSWORD);
    const listed = await t.as(t.admin, { method: 'GET', url: '/admin/principals' });
    expect(listed.body).not.toContain(PASSWORD);
    expect(listed.body).not.toContain('scrypt');
    const row = await t.handle.db.selectFrom('principals').select('password_hash').where('username', '=', '沈晓燕').executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a password without a username, a username in use (any case), a bad username and a short password', async () => {
    const post = (payload: Record<string, unknown>) => t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'X', roles: ['office'], ...payload } });
    expect((await post({ password: PASSWORD })).json()).toMatchObject({ status: 422, code: 'username_required' });
    const taken = await person();
    expect((await post({ username: taken.username.toUpperCase(), password: PASSWORD })).json()).toMatchObject({ status: 409, code: 'username_taken' });
    expect((await post({ username: 'has space', password: PASSWORD })).json()).toMatchObject({ status: 400, code: 'invalid_request' });
    expect((await post({ username: 'short.pw', password: 'short' })).json()).toMatchObject({ status: 400, code: 'invalid_request' });
  });

  it('signs in: a session cookie (HttpOnly, SameSite=Strict, no Secure over plain HTTP) that GET /me accepts', async () => {
    const who = await person();
    const response = await signIn(who.username.toUpperCase(), PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: who.id, username: who.username, signedInWith: 'session', sessionExpiresAt: '2024-03-01T21:00:00.000Z' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^docket_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    const me = await withCookie(cookieOf(response), { method: 'GET', url: '/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: who.id, signedInWith: 'session' });
    // Only a hash of the session id is stored.
    const stored = await t.handle.db.selectFrom('sessions').select('id_hash').where('principal_id', '=', who.id).execute();
    expect(stored).toHaveLength(1);
    expect(cookie).not.toContain(stored[0]?.id_hash ?? 'none');
  });

  it('a wrong password or an unknown user: 401 invalid_credentials, the same answer', async () => {
    const who = await person();
    const wrong = await signIn(who.username, 'not the password at all');
    const unknown = await signIn('nobody.here', 'not the password at all');
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'invalid_credentials', detail: 'the username or password is wrong' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('CSRF: a cookie-authenticated POST without the header, or from another origin, is refused and changes nothing', async () => {
    const cookie = await session(await person());
    const url = '/workflows/suggestion/instances';
    const bare = await withCookie(cookie, { method: 'POST', url, payload: register('csrf bare') });
    expect(bare.statusCode).toBe(403);
    expect(bare.json()).toMatchObject({ code: 'csrf_refused' });
    const foreign = await withCookie(cookie, { method: 'POST', url, payload: register('csrf foreign'), headers: { ...CSRF, origin: 'https://evil.example' } });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'csrf_refused' });
    expect(await suggestionsWith('csrf bare')).toBe(0);
    expect(await suggestionsWith('csrf foreign')).toBe(0);
    // With the header (and this server's own origin) it goes through; reads need no header.
    const ok = await withCookie(cookie, { method: 'POST', url, payload: register('csrf ok'), headers: { ...CSRF, origin: 'http://localhost:80' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await withCookie(cookie, { method: 'GET', url: `${url}/${ok.json().id}` })).statusCode).toBe(200);
    // Signing in is guarded the same way (no signing someone in from another site).
    const who = await person();
    const noHeader = await t.app.inject({ method: 'POST', url: '/auth/signin', payload: { username: who.username, password: PASSWORD } });
    expect(noHeader.json()).toMatchObject({ status: 403, code: 'csrf_refused' });
    // A bearer token is not a cookie: no CSRF header needed.
    const manager = await t.principal(['suggestion_manager']);
    expect((await t.as(manager, { method: 'POST', url, payload: register('bearer ok') })).statusCode).toBe(201);
  });

  it('signs out: the session ends at once, the cookie is cleared, the old cookie is refused', async () => {
    const cookie = await session(await person());
    const out = await withCookie(cookie, { method: 'POST', url: '/auth/signout', headers: CSRF });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^docket_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Strict$/);
    const after = await withCookie(cookie, { method: 'GET', url: '/me' });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'unauthorized' });
  });

  it('changes its own password with the current one; other sessions end, this one stays', async () => {
    const who = await person();
    const mine = await session(who);
    const other = await session(who);
    const change = (currentPassword: string) =>
      withCookie(mine, { method: 'POST', url: '/me/password', payload: { currentPassword, newPassword: 'a new long passphrase' }, headers: CSRF });
    const wrong = await change('not the current one');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ code: 'wrong_password' });
    expect((await change(PASSWORD)).statusCode).toBe(204);
    expect((await withCookie(mine, { method: 'GET', url: '/me' })).statusCode).toBe(200);
    expect((await withCookie(other, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    expect((await signIn(who.username, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(who.username, 'a new long passphrase')).statusCode).toBe(200);
  });

  it('an admin edits roles at once, resets the password (every session ends), and a token-only principal has no password to change', async () => {
    const who = await person(['member']);
    const cookie = await session(who);
    expect((await withCookie(cookie, { method: 'GET', url: '/admin/principals' })).statusCode).toBe(403);
    const patched = await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${who.id}`, payload: { roles: ['member', 'admin'], name: 'Promoted clerk' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ roles: ['member', 'admin'], name: 'Promoted clerk' });
    expect((await withCookie(cookie, { method: 'GET', url: '/admin/principals' })).statusCode).toBe(200);

    const reset = await t.as(t.admin, { method: 'POST', url: `/admin/principals/${who.id}/password`, payload: { password: 'reset by the admin' } });
    expect(reset.statusCode).toBe(200);
    expect((await withCookie(cookie, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    expect((await signIn(who.username, 'reset by the admin')).statusCode).toBe(200);

    const integrator = await t.principal(['office']);
    const noPassword = await t.as(integrator, { method: 'POST', url: '/me/password', payload: { currentPassword: 'x', newPassword: 'whatever long enough' } });
    expect(noPassword.json()).toMatchObject({ status: 409, code: 'no_password' });
    const noUsername = await t.as(t.admin, { method: 'POST', url: `/admin/principals/${integrator.id}/password`, payload: { password: 'whatever long enough' } });
    expect(noUsername.json()).toMatchObject({ status: 422, code: 'username_required' });
    // Given a username, the integrator may sign in too, and keeps its token.
    await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${integrator.id}`, payload: { username: `integrator.${integrator.id.slice(0, 8)}` } });
    expect((await t.as(t.admin, { method: 'POST', url: `/admin/principals/${integrator.id}/password`, payload: { password: 'whatever long enough' } })).statusCode).toBe(200);
    expect((await t.as(integrator, { method: 'GET', url: '/me' })).statusCode).toBe(200);
  });

  it('a revoked person’s sessions end at once', async () => {
    const who = await person();
    const cookie = await session(who);
    expect((await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${who.id}` })).statusCode).toBe(200);
    expect((await withCookie(cookie, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    expect((await signIn(who.username, PASSWORD)).statusCode).toBe(401);
  });

  it('a session ends after 30 idle minutes, and 12 hours after sign-in however active', async () => {
    t.clock.set('2024-03-02T08:00:00Z');
    const who = await person();
    const idle = await session(who);
    const busy = await session(who);
    const me = (cookie: string) => withCookie(cookie, { method: 'GET', url: '/me' });
    t.clock.advanceMs(29 * 60_000);
    expect((await me(idle)).statusCode).toBe(200);
    t.clock.advanceMs(29 * 60_000);
    expect((await me(idle)).statusCode).toBe(200);
    t.clock.advanceMs(31 * 60_000);
    const expired = await me(idle);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired' });
    expect(String(expired.headers['set-cookie'])).toContain('Max-Age=0');
    // Used every 20 minutes: alive until its twelfth hour, then over.
    t.clock.set('2024-03-02T08:00:00Z');
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      t.clock.set(new Date(Date.parse('2024-03-02T08:00:00Z') + minutes * 60_000));
      expect((await me(busy)).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    t.clock.set('2024-03-02T20:00:00Z');
    expect((await me(busy)).json()).toMatchObject({ status: 401, code: 'session_expired' });
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('an expired account cannot sign in, and its sessions stop', async () => {
    t.clock.set('2024-03-03T09:00:00Z');
    const who = await person(['office'], { expiresAt: '2024-03-03T09:20:00Z' });
    const cookie = await session(who);
    t.clock.set('2024-03-03T09:20:00Z');
    expect((await withCookie(cookie, { method: 'GET', url: '/me' })).json()).toMatchObject({ status: 401, code: 'account_expired' });
    expect((await signIn(who.username, PASSWORD)).json()).toMatchObject({ status: 401, code: 'account_expired' });
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('failed sign-ins are limited per username (from any address) and per address (for any username): 429 with Retry-After', async () => {
    t.clock.set('2024-03-04T09:00:00Z');
    const who = await person();
    for (let i = 0; i < 10; i++) {
      const response = await signIn(who.username, `wrong guess ${i}`, { remoteAddress: `10.1.0.${i + 1}` });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await signIn(who.username, PASSWORD, { remoteAddress: '10.1.0.99' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.json()).toMatchObject({ code: 'too_many_failures', retryAfterSeconds: 900 });
    expect(blocked.headers['retry-after']).toBe('900');
    // A quarter of an hour later the right password works again.
    t.clock.advanceMs(15 * 60_000);
    expect((await signIn(who.username, PASSWORD, { remoteAddress: '10.1.0.99' })).statusCode).toBe(200);

    // One address guessing many usernames: 20 failures a minute, then 429 for anyone from there.
    for (let i = 0; i < 20; i++) expect((await signIn(`guess.${i}`, 'nope nope nope', { remoteAddress: '10.2.0.1' })).statusCode).toBe(401);
    const fromThere = await signIn(who.username, PASSWORD, { remoteAddress: '10.2.0.1' });
    expect(fromThere.statusCode).toBe(429);
    expect(Number(fromThere.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(who.username, PASSWORD, { remoteAddress: '10.2.0.2' })).statusCode).toBe(200);
    t.clock.set('2024-03-01T09:00:00Z');
  });
});
