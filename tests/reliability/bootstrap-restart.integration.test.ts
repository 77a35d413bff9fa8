/**
 * The real server (src/main.ts) restarted after its bootstrap admin was revoked while
 * DOCKET_ADMIN_TOKEN still holds that admin's token: it starts (no unique-constraint crash), says
 * in its log why the token stays dead, and the token is still refused. A first start with
 * DOCKET_ADMIN_PASSWORD lets the admin also sign in with a password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { http, newAdminToken, startServer, type ChildServer } from '../support/child-server.ts';

describe('restarting after the bootstrap admin was revoked', () => {
  let database: TestDatabase;
  const servers: ChildServer[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database.drop();
  });

  it('starts, keeps the token revoked and logs why; a new DOCKET_ADMIN_TOKEN makes a new admin', async () => {
    const adminToken = newAdminToken();
    const env = { DOCKET_ADMIN_USERNAME: 'chief', DOCKET_ADMIN_PASSWORD: 'first start password' };
    const first = await startServer({ databaseUrl: database.url, adminToken, env });
    servers.push(first);
    const me = await http(first.url, { method: 'GET', path: '/me', token: adminToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: 'Administrator', roles: ['admin'], username: 'chief' });
    const signIn = await http(first.url, {
      method: 'POST',
      path: '/auth/signin',
      headers: { 'x-docket-csrf': '1' },
      body: { username: 'chief', password: 'first start password' },
    });
    expect(signIn.status).toBe(200);
    const adminId = (me.body as { id: string }).id;
    // A second admin revokes the bootstrap admin.
    const other = await http(first.url, { method: 'POST', path: '/admin/principals', token: adminToken, body: { name: 'Second admin', roles: ['admin'] } });
    const otherToken = (other.body as { token: string }).token;
    expect((await http(first.url, { method: 'DELETE', path: `/admin/principals/${adminId}`, token: otherToken })).status).toBe(200);
    await first.stop();

    const second = await startServer({ databaseUrl: database.url, adminToken, env });
    servers.push(second);
    expect(second.output()).toContain(`DOCKET_ADMIN_TOKEN belongs to principal ${adminId}, which was revoked; it stays revoked.`);
    expect((await http(second.url, { method: 'GET', path: '/health' })).status).toBe(200);
    const refused = await http(second.url, { method: 'GET', path: '/me', token: adminToken });
    expect(refused).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
    const listed = await http(second.url, { method: 'GET', path: '/admin/principals', token: otherToken });
    expect((listed.body as { principals: { name: string }[] }).principals.filter((p) => p.name === 'Administrator')).toHaveLength(1);
    await second.stop();

    // A new token in DOCKET_ADMIN_TOKEN is the way back in: a new admin holds it.
    const fresh = newAdminToken();
    const third = await startServer({ databaseUrl: database.url, adminToken: fresh, env });
    servers.push(third);
    const back = await http(third.url, { method: 'GET', path: '/me', token: fresh });
    expect(back.status).toBe(200);
    // Not a first start: the password settings make no second account.
    expect(back.body).toMatchObject({ roles: ['admin'], username: null });
  });
});
