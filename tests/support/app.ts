/**
 * An app on a fresh, migrated PostgreSQL database with a manual clock, and helpers to create
 * principals and send requests. Close it in afterAll.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp, type AppDeps } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import type { Role } from '../../workflows/contract.ts';
import { migratedPostgres, migratedPglite, type TestDatabase } from './database.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { DocumentedResponses } from './documented.ts';
import { testMasterKeyFile } from './child-server.ts';
import { MASTER_KEY } from '../../src/privacy/field-crypto.ts';
import { readKey } from '../../src/key-files.ts';

export interface TestPrincipal {
  id: string;
  name: string;
  token: string;
  roles: Role[];
  memberId: string | null;
  branchId: string | null;
  hostUnit: string | null;
}

export interface TestApp {
  app: FastifyInstance;
  clock: ManualClock;
  handle: DatabaseHandle;
  database: TestDatabase | null;
  admin: TestPrincipal;
  /** Creates a principal with these roles (and optional member/branch/host unit link). */
  principal(roles: Role[], extra?: { name?: string; memberId?: string; branchId?: string; hostUnit?: string }): Promise<TestPrincipal>;
  /** app.inject with the principal's bearer token. */
  as(who: TestPrincipal | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  now?: string;
  backend?: 'postgres' | 'pglite';
  logStream?: DestinationStream;
  logLevel?: string;
  /** Front door, rate limit and account settings (the defaults otherwise). */
  settings?: Pick<AppDeps, 'frontDoor' | 'rateLimits' | 'accounts' | 'checkpoints'>;
}

/** The master key of test apps: the one the scripts and child servers of this test process get too (DOCKET_MASTER_KEY). */
export function testMasterKey(): Buffer {
  return readKey(MASTER_KEY, testMasterKeyFile());
}

export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const env = options.backend === 'pglite' ? { ...(await migratedPglite()), database: null } : await migratedPostgres();
  const clock = new ManualClock(options.now ?? '2024-03-01T09:00:00Z');
  const app = await buildApp({
    database: env.handle,
    clock,
    masterKey: testMasterKey(),
    logLevel: options.logLevel ?? (options.logStream ? 'info' : 'silent'),
    ...options.settings,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  await app.ready();
  const documented = new DocumentedResponses(app.swagger() as Record<string, unknown>);
  let n = 0;
  const principal: TestApp['principal'] = async (roles, extra = {}) => {
    n += 1;
    const created = await app.docket.principals.create(
      { name: extra.name ?? `${roles.join('+')} ${n}`, roles, memberId: extra.memberId ?? null, branchId: extra.branchId ?? null, hostUnit: extra.hostUnit ?? null },
      'test',
    );
    const { id, name, token, memberId, branchId, hostUnit } = created;
    return { id, name, token, roles: created.roles, memberId, branchId, hostUnit };
  };
  const admin = await principal(['admin'], { name: 'Admin' });
  return {
    app,
    clock,
    handle: env.handle,
    database: env.database,
    admin,
    principal,
    as: async (who, opts) => {
      const response = await app.inject({
        ...opts,
        headers: { ...(who ? { authorization: `Bearer ${who.token}` } : {}), ...(opts.headers ?? {}) },
      });
      // Every answer must be what the OpenAPI document promises (tests/support/documented.ts).
      const problems = documented.problems(opts.method ?? 'GET', String(opts.url ?? '/'), response);
      if (problems.length > 0) throw new Error(`the response departs from openapi.json:\n${problems.join('\n')}`);
      return response;
    },
    close: async () => {
      await app.close();
      await env.close();
    },
  };
}

/**
 * Another server process on the same PostgreSQL database and clock (another instance behind the
 * same load balancer): its own pool, caches and scheduler. Close it before the test app.
 */
export async function secondServer(t: TestApp, poolSize = 4): Promise<{ app: FastifyInstance; close(): Promise<void> }> {
  if (!t.database) throw new Error('a second server needs PostgreSQL');
  const handle = await openDatabase({ url: t.database.url, poolSize });
  const app = await buildApp({ database: handle, clock: t.clock, logLevel: 'silent' });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
