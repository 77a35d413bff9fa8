/**
 * Every way the database can refuse or drop us answers 503 `unavailable` with Retry-After, never
 * 500: provoked for real on PostgreSQL (a database closed to connections: 55000 during
 * authentication; a role over its connection limit: 53300; the pool's wait for a free connection
 * timing out), and with a fake server for what a healthy cluster cannot be made to do on demand
 * (57P03, class 08 and 55000 at startup, resets at connect and mid-query, a server that never
 * answers, a refused port).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { ADMIN_URL } from '../support/database.ts';
import { testApp, type TestApp } from '../support/app.ts';
import { closedPortUrl, fakePostgres, type FakeBehaviour } from '../support/fake-postgres.ts';

async function asSuperuser(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function expectUnavailable(response: LightMyRequestResponse): void {
  expect({ status: response.statusCode, type: response.headers['content-type'], code: response.json().code }).toEqual({
    status: 503,
    type: 'application/problem+json; charset=utf-8',
    code: 'unavailable',
  });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('the database refusing or dropping connections answers 503 unavailable', () => {
  let t: TestApp;
  const clock = new ManualClock('2024-03-01T09:00:00Z');

  beforeAll(async () => {
    t = await testApp();
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  /** A server of its own on `handle` (a fresh pool: every request must connect), asked as the admin. */
  async function askThrough(handle: DatabaseHandle, during?: (ask: () => Promise<LightMyRequestResponse[]>) => Promise<void>): Promise<LightMyRequestResponse[]> {
    const app = await buildApp({ database: handle, clock, logLevel: 'silent' });
    const headers = { authorization: `Bearer ${t.admin.token}` };
    const ask = () =>
      Promise.all([
        app.inject({ method: 'GET', url: '/me', headers }),
        app.inject({ method: 'GET', url: '/workflows/suggestion/instances', headers }),
        app.inject({
          method: 'POST',
          url: '/workflows/suggestion/instances',
          headers,
          payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'letter', category: 'Lighting', content: 'More street lights' },
        }),
      ]);
    try {
      await app.ready();
      let answers: LightMyRequestResponse[] = [];
      if (during) await during(async () => (answers = await ask()));
      else answers = await ask();
      return answers;
    } finally {
      await app.close();
      await handle.close();
    }
  }

  it('55000 during authentication: the database does not allow connections', async () => {
    const name = t.database!.name;
    await asSuperuser(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    try {
      const answers = await askThrough(await openDatabase({ url: t.database!.url }));
      for (const answer of answers) expectUnavailable(answer);
    } finally {
      await asSuperuser(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    }
  });

  it('53300: the role is over its connection limit', async () => {
    const role = `docket_refused_${randomBytes(4).toString('hex')}`;
    await asSuperuser(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0`);
    try {
      const url = new URL(t.database!.url);
      url.username = role;
      const answers = await askThrough(await openDatabase({ url: url.toString() }));
      for (const answer of answers) expectUnavailable(answer);
    } finally {
      await asSuperuser(`DROP ROLE ${role}`);
    }
  });

  it('the wait for a free connection from the pool times out', async () => {
    const handle = await openDatabase({ url: t.database!.url, poolSize: 1, connectionTimeoutMs: 200 });
    const answers = await askThrough(handle, async (ask) => {
      // The one connection is held (an open transaction) while the requests wait for it.
      let release = () => {};
      const held = handle.scriptTransaction(() => new Promise<void>((resolve) => (release = resolve)));
      await new Promise((resolve) => setImmediate(resolve));
      try {
        await ask();
      } finally {
        release();
        await held;
      }
    });
    for (const answer of answers) expectUnavailable(answer);
  });

  it('a refused TCP connection (ECONNREFUSED)', async () => {
    const answers = await askThrough(await openDatabase({ url: await closedPortUrl() }));
    for (const answer of answers) expectUnavailable(answer);
  });

  const staged: [string, FakeBehaviour][] = [
    ['57P03 at startup: the database system is starting up', { kind: 'fatal-at-startup', code: '57P03', message: 'the database system is starting up' }],
    ['57P03 at startup: shutting down', { kind: 'fatal-at-startup', code: '57P03', message: 'the database system is shutting down' }],
    ['53300 at startup: too many clients', { kind: 'fatal-at-startup', code: '53300', message: 'sorry, too many clients already' }],
    ['55000 at startup: not accepting connections', { kind: 'fatal-at-startup', code: '55000', message: 'database "docket" is not currently accepting connections' }],
    ['08004 at startup: connection rejected', { kind: 'fatal-at-startup', code: '08004', message: 'server rejected the connection' }],
    ['28000 at startup: no pg_hba.conf entry', { kind: 'fatal-at-startup', code: '28000', message: 'no pg_hba.conf entry for host' }],
    ['08P01 on the first query: protocol violation', { kind: 'fatal-on-query', code: '08P01', message: 'invalid frontend message type' }],
    ['57P01 on the first query: terminated by the administrator', { kind: 'fatal-on-query', code: '57P01', message: 'terminating connection due to administrator command' }],
    ['a connection reset at connect (ECONNRESET)', { kind: 'reset-at-once' }],
    ['a connection reset during a query', { kind: 'reset-on-query' }],
    ['a server that never answers (connection timeout)', { kind: 'silent' }],
  ];

  it.each(staged)('%s', async (_name, behaviour) => {
    const fake = await fakePostgres(behaviour);
    try {
      const answers = await askThrough(await openDatabase({ url: fake.url, connectionTimeoutMs: 300 }));
      for (const answer of answers) expectUnavailable(answer);
    } finally {
      await fake.close();
    }
  });
});
