/**
 * Reads from a real streaming replica: a private primary and a `pg_basebackup -R` hot standby of it,
 * each on its own free port. A command then an immediate read with Docket-Min-Position sees the
 * write (from the replica once it has replayed it, from the primary when it cannot in time); the
 * replica's lag is reported; a stopped replica leaves every read working, served by the primary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import type { Database } from '../../src/db/schema.ts';
import { migrate } from '../../src/db/migrate.ts';
import { canCreateCluster, createCluster, createReplica, type PgCluster } from '../support/pg-cluster.ts';

const gauge = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
const body = (content: string) => ({ type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'box', category: 'roads', content, anonymous: true });

/** Polls `check` (bounded; no assertion on how long it took). */
async function eventually(check: () => Promise<boolean>, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe.skipIf(!canCreateCluster())('reads from a streaming replica', () => {
  let primary: PgCluster;
  let replica: PgCluster;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let token: string;
  /** Where each replica-routed read went, in order. */
  const served: ('replica' | 'primary')[] = [];

  const as = (options: InjectOptions) => app.inject({ ...options, headers: { authorization: `Bearer ${token}`, ...(options.headers ?? {}) } });
  const scrape = async () => (await app.inject({ method: 'GET', url: '/metrics' })).body;

  beforeAll(async () => {
    primary = await createCluster();
    await primary.psql('CREATE DATABASE docket');
    const migrating = await openDatabase({ url: primary.url('docket') });
    await migrate(migrating);
    await migrating.close();
    replica = await createReplica(primary);
    handle = await openDatabase({ url: primary.url('docket'), readUrl: replica.url('docket'), poolSize: 5 });
    // A generous wait for the replica (the default is 2 s): a loaded machine still sees the replica path.
    app = await buildApp({ database: handle, clock: new ManualClock('2024-03-01T09:00:00Z'), logLevel: 'silent', replica: { waitMs: 10_000 } });
    await app.ready();
    const reads = app.docket.reads;
    const forRead = reads.forRead.bind(reads);
    reads.forRead = async (position?: string): Promise<Kysely<Database>> => {
      const db = await forRead(position);
      served.push(db === handle.db ? 'primary' : 'replica');
      return db;
    };
    ({ token } = await app.docket.principals.create({ name: 'Manager', roles: ['suggestion_manager'], memberId: null, branchId: null, hostUnit: null }, 'test'));
    // The principal reached the replica: it is streaming.
    await eventually(async () => (await replica.psql('SELECT count(*) FROM principals', 'docket')) === '1', 'the replica replays the primary');
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    await replica?.destroy();
    await primary?.destroy();
  }, 120_000);

  it('serves a read sent with the command’s Docket-Position from the replica once it has replayed it', async () => {
    const created = await as({ method: 'POST', url: '/workflows/suggestion/instances', payload: body('a bench') });
    expect(created.statusCode).toBe(201);
    const position = String(created.headers['docket-position']);
    expect(position).toMatch(/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/);
    // A later command is further along the log; a refused one carries no position.
    const again = await as({ method: 'POST', url: '/workflows/suggestion/instances', payload: body('a lamp') });
    const [a, b] = [position, String(again.headers['docket-position'])].map((p) => p.split('/').map((h) => parseInt(h, 16)));
    expect(b![0]! > a![0]! || (b![0] === a![0] && b![1]! > a![1]!)).toBe(true);
    const refused = await as({ method: 'POST', url: '/workflows/suggestion/instances', payload: { ...body('a fax'), channel: 'fax' } });
    expect([refused.statusCode, refused.headers['docket-position']]).toEqual([400, undefined]);
    served.length = 0;
    const read = await as({ method: 'GET', url: `/workflows/suggestion/instances/${created.json().id}`, headers: { 'docket-min-position': position } });
    expect([read.statusCode, read.json().state]).toEqual([200, 'registered']);
    expect(served).toEqual(['replica']);
    const listed = await as({ method: 'GET', url: '/workflows/suggestion/instances', headers: { 'docket-min-position': position } });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toContain(created.json().id);
    expect(served).toEqual(['replica', 'replica']);
    // A position past the primary's came from no command: the primary answers at once.
    const future = await as({ method: 'GET', url: `/workflows/suggestion/instances/${created.json().id}`, headers: { 'docket-min-position': 'FFFFFFFF/FFFFFFFF' } });
    expect(future.statusCode).toBe(200);
    expect(served).toEqual(['replica', 'replica', 'primary']);
  }, 120_000);

  it('waits a bounded time for a replica that has not replayed the write, then reads from the primary; reports the lag', async () => {
    await replica.psql('SELECT pg_wal_replay_pause()', 'docket');
    try {
      const created = await as({ method: 'POST', url: '/workflows/suggestion/instances', payload: body('a lamp') });
      const id = created.json().id as string;
      served.length = 0;
      // Without the header the replica answers, and it has not seen the write.
      expect((await as({ method: 'GET', url: `/workflows/suggestion/instances/${id}` })).statusCode).toBe(404);
      // With it, the read waits for the replica (10 s here), gives up, and the primary answers: the write is there.
      const read = await as({ method: 'GET', url: `/workflows/suggestion/instances/${id}`, headers: { 'docket-min-position': String(created.headers['docket-position']) } });
      expect([read.statusCode, read.json().state]).toEqual([200, 'registered']);
      expect(served).toEqual(['replica', 'primary']);
      // The lag shows in /metrics and /health (the replica is looked at once a second at most).
      await eventually(async () => gauge(await scrape(), 'docket_replica_lag_bytes') > 0, 'a lag in bytes on /metrics');
      const health = (await app.inject({ method: 'GET', url: '/health' })).json();
      expect(health.status).toBe('ok');
      expect(health.replica.lagBytes).toBeGreaterThan(0);
      expect(gauge(await scrape(), 'docket_replica_up')).toBe(1);
    } finally {
      await replica.psql('SELECT pg_wal_replay_resume()', 'docket');
    }
    await eventually(async () => gauge(await scrape(), 'docket_replica_lag_bytes') === 0, 'the replica catches up');
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: 'ok', migrations: 'applied', replica: { status: 'ok', lagBytes: 0 } } });
  }, 120_000);

  it('keeps every read working when the replica stops: the primary serves them, never a 5xx', async () => {
    await replica.stop('fast');
    const created = await as({ method: 'POST', url: '/workflows/suggestion/instances', payload: body('a tree') });
    expect(created.statusCode).toBe(201);
    const position = String(created.headers['docket-position']);
    const urls = [`/workflows/suggestion/instances/${created.json().id}`, `/workflows/suggestion/instances/${created.json().id}/history`, '/workflows/suggestion/instances', '/views/suggestions/pending-replies'];
    for (let round = 0; round < 3; round++) {
      for (const url of urls) {
        const plain = await as({ method: 'GET', url });
        const positioned = await as({ method: 'GET', url, headers: { 'docket-min-position': position } });
        expect([url, plain.statusCode, positioned.statusCode]).toEqual([url, 200, 200]);
      }
    }
    await eventually(async () => gauge(await scrape(), 'docket_replica_up') === 0, 'the replica reported down on /metrics');
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().replica.status).toBe('unavailable');
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json().checks).toMatchObject({ database: 'ok', migrations: 'applied', replica: { status: 'unavailable' } });
  }, 120_000);
});
