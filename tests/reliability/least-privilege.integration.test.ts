/**
 * The server runs as a least-privilege database role (scripts/least-privilege.ts): migrations by
 * the owner, then a full command flow through buildApp — and `npm start` itself — as that role,
 * which is refused UPDATE/DELETE/TRUNCATE on the log by permissions, and cannot disable the trigger.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { migrateAtStart } from '../../src/db/migrate-at-start.ts';
import { applyLeastPrivilege, TABLE_PRIVILEGES } from '../../scripts/least-privilege.ts';
import { ADMIN_URL, createTestDatabase, type TestDatabase } from '../support/database.ts';
import { http, newAdminToken, startServer, testMasterKeyFile } from '../support/child-server.ts';
import { MASTER_KEY } from '../../src/privacy/field-crypto.ts';
import { readKey } from '../../src/key-files.ts';

const roleUrl = (databaseUrl: string, role: string) => {
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = '';
  return url.toString();
};

describe('least-privilege database role', () => {
  const role = `docket_app_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let appHandle: DatabaseHandle;
  let app: FastifyInstance;
  const clock = new ManualClock('2024-03-01T09:00:00Z');

  async function asRole<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: roleUrl(database.url, role) });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('docket_lp');
    const owner = await openDatabase({ url: database.url, poolSize: 2 });
    await migrate(owner);
    await owner.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await applyLeastPrivilege(client, { role });
    await client.end();
    appHandle = await openDatabase({ url: roleUrl(database.url, role), poolSize: 5 });
    // The master key `npm start` below gets too (child-server.ts).
    app = await buildApp({ database: appHandle, clock, logLevel: 'silent', masterKey: readKey(MASTER_KEY, testMasterKeyFile()) });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await appHandle?.close();
    await database?.drop();
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(role)}`);
    await admin.end();
  });

  it('is not a superuser and owns nothing', async () => {
    const rows = await asRole(async (c) => (await c.query('SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user')).rows);
    expect(rows).toEqual([{ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false }]);
    const owned = await asRole(async (c) => (await c.query(`SELECT tablename FROM pg_tables WHERE tableowner = current_user`)).rows);
    expect(owned).toEqual([]);
  });

  it('runs a full command flow through the API', async () => {
    const principals = app.docket.principals;
    const admin = await principals.create({ name: 'Admin', roles: ['admin'] }, 'test');
    const manager = await principals.create({ name: 'Manager', roles: ['suggestion_manager'] }, 'test');
    const handler = await principals.create({ name: 'Handler', roles: ['handler'] }, 'test');
    const send = async (token: string, options: InjectOptions, status: number) => {
      const response = await app.inject({ ...options, headers: { ...(options.headers ?? {}), authorization: `Bearer ${token}` } });
      expect(response.statusCode, response.body).toBe(status);
      return response.json() as { id: string; state: string };
    };
    const cmd = (id: string, payload: Record<string, unknown>, headers: Record<string, string> = {}): InjectOptions => ({
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload,
      headers,
    });

    await send(admin.token, { method: 'PUT', url: '/admin/settings', payload: { committeeSize: 7, branches: [{ id: 'north', name: 'North' }] } }, 200);
    const ann = await send(
      admin.token,
      {
        method: 'POST',
        url: '/workflows/member/instances',
        payload: { type: 'RegisterMember', name: 'Ann', gender: 'female', birthDate: '1980-01-01', education: 'master', title: 'senior', employment: 'working', branchId: 'north', joinedOn: '2010-01-01' },
      },
      201,
    );
    await send(manager.token, { method: 'POST', url: '/collections', payload: { box: 'hall', collectedOn: '2024-02-01', count: 1 } }, 201);
    const late = await send(
      manager.token,
      { method: 'POST', url: '/workflows/suggestion/instances', payload: { type: 'RegisterSuggestion', receivedOn: '2024-01-02', channel: 'box', category: 'roads', content: 'Lights', anonymous: true } },
      201,
    );
    // The timer row is claimed, deleted and its event appended as this role.
    expect((await app.docket.scheduler.tick()).fired).toBe(1);
    const keyed = { 'idempotency-key': 'assign-1' };
    await send(manager.token, cmd(late.id, { type: 'AssignHandler', principalId: handler.id }, keyed), 200);
    await send(manager.token, cmd(late.id, { type: 'AssignHandler', principalId: handler.id }, keyed), 200); // replayed
    await send(handler.token, cmd(late.id, { type: 'Reply', method: 'posted_notice', content: 'Fixed' }), 200);
    await send(manager.token, cmd(late.id, { type: 'RecordSatisfaction', satisfied: true }), 200);
    expect((await send(manager.token, cmd(late.id, { type: 'Close' }), 200)).state).toBe('closed');
    await send(admin.token, { method: 'DELETE', url: `/admin/principals/${handler.id}` }, 200);
    await send(handler.token, { method: 'GET', url: '/me' }, 401);
    await send(manager.token, { method: 'GET', url: `/workflows/suggestion/instances/${late.id}/history` }, 200);
    await send(admin.token, { method: 'GET', url: '/events?limit=100' }, 200);
    // An erasure as this role: the data key deleted, the erasure recorded, the views projected again.
    await send(admin.token, { method: 'POST', url: '/admin/erasures', payload: { subject: `member/${ann.id}`, reason: 'asked' } }, 201);
    expect(await send(admin.token, { method: 'GET', url: `/members/${ann.id}` }, 200)).toMatchObject({ name: null });
    const verify = await send(admin.token, { method: 'GET', url: '/audit/verify' }, 200);
    expect(verify).toMatchObject({ ok: true });
  });

  it('commits a burst of concurrent commands in shared statements as that role, then each one moved on together', async () => {
    const manager = await app.docket.principals.create({ name: 'Burst manager', roles: ['suggestion_manager'] }, 'test');
    const handler = await app.docket.principals.create({ name: 'Burst handler', roles: ['handler'] }, 'test');
    const as = (options: InjectOptions) => app.inject({ ...options, headers: { authorization: `Bearer ${manager.token}` } });
    const before = { ...app.docket.groupCommit.stats };
    const started = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        as({ method: 'POST', url: '/workflows/suggestion/instances', payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'box', category: 'roads', content: `burst ${i}`, anonymous: true } }),
      ),
    );
    expect(started.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const ids = started.map((r) => (r.json() as { id: string }).id);
    const assigned = await Promise.all(ids.map((id) => as({ method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'AssignHandler', principalId: handler.id } })));
    expect(assigned.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const stats = app.docket.groupCommit.stats;
    // 12 commands (the starts take their case numbers from case_counters first, as that role too): the first of
    // each burst goes alone, the others share statements, none refused.
    expect(stats.payloads - before.payloads).toBe(12);
    expect(stats.statements - before.statements).toBeLessThanOrEqual(12 - 2);
    expect(stats.refusedBatches - before.refusedBatches).toBe(0);
    const pending = await asRole(async (c) => (await c.query('SELECT count(*)::int AS n FROM view_pending_replies WHERE id = ANY($1) AND handler_id = $2', [ids, handler.id])).rows[0]);
    expect(pending).toEqual({ n: 6 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE on the log by permissions, and cannot disable the trigger', async () => {
    const attempt = (text: string) => asRole((c) => c.query(text)).then(() => null, (e: { code?: string; message?: string }) => e);
    for (const text of ['UPDATE events SET type = type', 'DELETE FROM events', 'TRUNCATE events', 'TRUNCATE events CASCADE']) {
      const error = await attempt(text);
      expect(error?.code, text).toBe('42501');
      expect(error?.message).toMatch(/permission denied for table events/);
    }
    for (const text of ['ALTER TABLE events DISABLE TRIGGER ALL', 'DROP TRIGGER events_append_only_rows ON events', 'DROP TABLE events']) {
      const error = await attempt(text);
      expect(error?.code, text).toBe('42501');
      expect(error?.message).toMatch(/must be owner/);
    }
    for (const text of ['DELETE FROM streams', 'DELETE FROM principals', 'UPDATE schema_migrations SET name = name', 'CREATE TABLE x (a int)']) {
      expect((await attempt(text))?.code, text).toBe('42501');
    }
    // ...while what it may do is exactly the grant list.
    const grants = await asRole(async (c) =>
      (
        await c.query<{ privilege_type: string }>(
          `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = current_user AND table_name = 'events' ORDER BY privilege_type`,
        )
      ).rows.map((r) => r.privilege_type),
    );
    expect(grants).toEqual([...(TABLE_PRIVILEGES.events ?? [])].sort());
  });

  it('starts `npm start` as that role: migrations are checked, not applied', async () => {
    await expect(migrateAtStart(appHandle)).resolves.toEqual({ applied: [], checkedOnly: true });
    const token = newAdminToken();
    const server = await startServer({ databaseUrl: roleUrl(database.url, role), adminToken: token });
    try {
      expect((await http(server.url, { method: 'GET', path: '/health' })).status).toBe(200);
      const created = await http(server.url, {
        method: 'POST',
        path: '/workflows/suggestion/instances',
        token,
        body: { type: 'RegisterSuggestion', receivedOn: '2024-02-02', channel: 'phone', category: 'x', content: 'via npm start', anonymous: true },
      });
      expect(created.status).toBe(403); // an admin holds no suggestion role: the request got through to the rules
      expect(server.output()).toMatch(/checked only/);
    } finally {
      await server.stop();
    }
  });
});
