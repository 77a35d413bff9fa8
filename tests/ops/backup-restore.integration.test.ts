/**
 * `npm run backup` and `npm run restore` as processes, on both databases: the Haining demo is
 * loaded, backed up, restored into a fresh database, and the restored one answers as the original
 * did (the organisation report, the history of a sample of instances, the list of instances) with
 * its hash chains verified. A truncated or altered file and a non-empty target are refused, the
 * target left as it was.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/clock.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { insertCheckpoint } from '../../src/audit/checkpoint.query.ts';
import { tablesOf } from '../../src/ops/backup.query.ts';
import { MASTER_KEY } from '../../src/privacy/field-crypto.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { canCreateCluster, createCluster } from '../support/pg-cluster.ts';
import { newAdminToken, testMasterKeyFile } from '../support/child-server.ts';
import { runScript } from '../support/run-script.ts';
import { DEMO_REPORT_2018 } from '../support/expected-report.ts';
import { readKey } from '../../src/key-files.ts';

/** Loading the demo, a backup and a restore, each a process: minutes when the whole suite shares the machine. */
const PROCESS_TEST_MS = 600_000;
const WORKFLOWS = ['member', 'suggestion', 'collection', 'secondment', 'recruitment', 'cadre-training', 'activity'] as const;

const adminToken = newAdminToken();
const dir = mkdtempSync(join(tmpdir(), 'docket-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHECKPOINT = { treeSize: 7, rootHash: 'ab'.repeat(32), issuedAt: '2019-01-02T03:04:05.678Z', keyId: '0123456789abcdef', signature: Buffer.alloc(64, 1).toString('base64') };

/** PORT=1: no server answers there, so the demo opens the configured database itself. */
const NO_SERVER = { PORT: '1', DOCKET_ADMIN_TOKEN: adminToken };

/** What a reader sees of a database: the report, every instance listed, the history of a sample, the audit. */
async function whatItShows(handle: DatabaseHandle): Promise<Record<string, unknown>> {
  // The master key the demo script sealed the personal fields with (run-script.ts gives it).
  const masterKey = readKey(MASTER_KEY, testMasterKeyFile());
  const app = await buildApp({ database: handle, clock: new ManualClock('2019-01-15T09:00:00Z'), logLevel: 'silent', masterKey });
  try {
    await app.ready();
    const get = async (url: string): Promise<unknown> => {
      const response = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${adminToken}` } });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };
    const shown: Record<string, unknown> = { report: await get('/reports/organization?asOf=2018-12-31') };
    for (const workflow of WORKFLOWS) {
      const { items } = (await get(`/workflows/${workflow}/instances?limit=500`)) as { items: { id: string }[] };
      shown[`${workflow} instances`] = items;
      // A sample: the first, the middle and the last instance of each workflow.
      const sample = [...new Set([items[0], items[Math.floor(items.length / 2)], items.at(-1)])].filter((i) => i !== undefined);
      for (const item of sample) shown[`${workflow}/${item.id} history`] = await get(`/workflows/${workflow}/instances/${item.id}/history`);
    }
    shown.audit = await get('/audit/verify');
    return shown;
  } finally {
    await app.close();
  }
}

async function shownBy(options: { url: string } | { dataDir: string }): Promise<Record<string, unknown>> {
  const handle = await openDatabase(options);
  try {
    return await whatItShows(handle);
  } finally {
    await handle.close();
  }
}

function expectTheDemo(shown: Record<string, unknown>): void {
  expect(shown.report).toMatchObject(DEMO_REPORT_2018);
  expect(shown.audit).toMatchObject({ ok: true, firstBroken: null });
  expect((shown['suggestion instances'] as unknown[]).length).toBe(14);
  expect(Object.keys(shown).filter((k) => k.endsWith(' history')).length).toBeGreaterThanOrEqual(WORKFLOWS.length * 2);
}

function truncatedCopy(file: string): string {
  const bytes = readFileSync(file);
  const copy = `${file}.truncated`;
  writeFileSync(copy, bytes.subarray(0, Math.floor(bytes.length * 0.7)));
  return copy;
}

function alteredCopy(file: string): string {
  const bytes = Buffer.from(readFileSync(file));
  const at = Math.floor(bytes.length * 0.6);
  bytes[at] = bytes[at]! ^ 0xff;
  const copy = `${file}.altered`;
  writeFileSync(copy, bytes);
  return copy;
}

/**
 * A well-formed backup whose manifest claims one event more than its payload holds (its checksums
 * made to match): only the restore's own verification can catch it.
 */
function overstatedCopy(file: string): string {
  const bytes = readFileSync(file);
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  const manifest = JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as { log: { events: number } };
  manifest.log.events += 1;
  const line = `${JSON.stringify(manifest)}\n`;
  const copy = `${file}.overstated`;
  writeFileSync(copy, Buffer.concat([Buffer.from(`DOCKET-BACKUP 1 ${createHash('sha256').update(line).digest('hex')}\n${line}`), bytes.subarray(second + 1)]));
  return copy;
}

describe('backup and restore on PostgreSQL', () => {
  const databases: TestDatabase[] = [];
  let source: TestDatabase;
  const file = join(dir, 'postgres.backup');
  const fresh = async () => {
    const database = await createTestDatabase('docket_restore');
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    source = await fresh();
    const demo = await runScript('demo.ts', [], { ...NO_SERVER, DATABASE_URL: source.url });
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    // A stored checkpoint (its signature is not checked here: the backup only records the latest).
    const handle = await openDatabase({ url: source.url });
    try {
      await insertCheckpoint(handle.db, CHECKPOINT);
    } finally {
      await handle.close();
    }
  }, PROCESS_TEST_MS);
  afterAll(async () => {
    for (const database of databases) await database.drop();
  }, 120_000);

  it('backs up, restores into a fresh database, and the restored one shows what the original did', async () => {
    const written = await runScript('backup.ts', [file], { DATABASE_URL: source.url });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^backup written to .*postgres\.backup: PostgreSQL, \d+ events in \d+ streams, schema \d{4}_\w+\.sql/);
    const manifest = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]!) as { log: { events: number; migrations: string[]; checkpoint: unknown }; payload: { format: string } };
    expect(manifest.payload.format).toBe('pg_dump-custom');
    expect(manifest.log.checkpoint).toEqual(CHECKPOINT);
    expect(manifest.log.events).toBeGreaterThan(200);
    expect(manifest.log.migrations[0]).toBe('0001_baseline.sql');

    const target = await fresh();
    const restored = await runScript('restore.ts', [file], { DATABASE_URL: target.url });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`verified ${manifest.log.events} events`);

    const original = await shownBy({ url: source.url });
    expectTheDemo(original);
    expect(await shownBy({ url: target.url })).toEqual(original);

    // The restored database is not empty any more: a second restore into it is refused, and it is unchanged.
    const again = await runScript('restore.ts', [file], { DATABASE_URL: target.url });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^restore refused: the database to restore into is not empty \(\d+ tables/);
    expect(await shownBy({ url: target.url })).toEqual(original);
  }, PROCESS_TEST_MS);

  it('refuses a truncated or altered file before touching the target', async () => {
    const target = await fresh();
    const truncated = await runScript('restore.ts', [truncatedCopy(file)], { DATABASE_URL: target.url });
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/^restore refused: .* is truncated: it holds \d+ of the backup's \d+ bytes/);
    const altered = await runScript('restore.ts', [alteredCopy(file)], { DATABASE_URL: target.url });
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(/^restore refused: .* is corrupted: its contents do not match the checksum/);
    const handle = await openDatabase({ url: target.url });
    try {
      expect(await tablesOf(handle.db)).toEqual([]);
    } finally {
      await handle.close();
    }
  }, PROCESS_TEST_MS);

  it('does not report a restore that does not match what the backup recorded', async () => {
    const target = await fresh();
    const outcome = await runScript('restore.ts', [overstatedCopy(file)], { DATABASE_URL: target.url });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^restore failed: restored into PostgreSQL: the restored database differs from the backup \(events: (\d+), the backup recorded (\d+)/);
  }, PROCESS_TEST_MS);

  it('with --force replaces what a non-empty target holds', async () => {
    const target = await fresh();
    const migrated = await runScript('migrate.ts', [], { DATABASE_URL: target.url });
    expect(migrated.code).toBe(0);
    const refused = await runScript('restore.ts', [file], { DATABASE_URL: target.url });
    expect(refused.code).toBe(1);
    const forced = await runScript('restore.ts', [file, '--force'], { DATABASE_URL: target.url });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(await shownBy({ url: target.url })).toEqual(await shownBy({ url: source.url }));
  }, PROCESS_TEST_MS);

  it.skipIf(!canCreateCluster())('into a new cluster: its transaction counter is moved past the log’s, so every event is read and new ones come after', async () => {
    const cluster = await createCluster();
    try {
      await cluster.psql('CREATE DATABASE docket');
      const manifest = JSON.parse(readFileSync(file, 'utf8').split('\n')[1]!) as { log: { events: number; lastTransactionId: string } };
      const next = BigInt(await cluster.psql('SELECT pg_snapshot_xmax(pg_current_snapshot())::text', 'docket'));
      const restored = await runScript('restore.ts', [file], { DATABASE_URL: cluster.url('docket') });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      const behind = BigInt(manifest.log.lastTransactionId) + 1n - next;
      if (behind > 0n) expect(restored.stdout).toContain(`the cluster's transaction counter was moved ${behind} ids forward`);
      expect(BigInt(await cluster.psql('SELECT pg_snapshot_xmax(pg_current_snapshot())::text', 'docket'))).toBeGreaterThan(BigInt(manifest.log.lastTransactionId));

      // The log is read in transaction-id order below the oldest running one: every restored event is there.
      const handle = await openDatabase({ url: cluster.url('docket') });
      try {
        const app = await buildApp({ database: handle, logLevel: 'silent', masterKey: readKey(MASTER_KEY, testMasterKeyFile()) });
        try {
          const response = await app.inject({ method: 'GET', url: '/events?limit=1000', headers: { authorization: `Bearer ${adminToken}` } });
          expect(response.statusCode, response.body).toBe(200);
          expect((response.json() as { events: unknown[] }).events.length).toBe(manifest.log.events);
        } finally {
          await app.close();
        }
      } finally {
        await handle.close();
      }
    } finally {
      await cluster.destroy();
    }
  }, PROCESS_TEST_MS);
});

describe('backup and restore on the embedded database (PGlite)', () => {
  const source = join(dir, 'source-data');
  const file = join(dir, 'pglite.backup');

  beforeAll(async () => {
    const demo = await runScript('demo.ts', [], { ...NO_SERVER, DOCKET_DATA_DIR: source });
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
  }, PROCESS_TEST_MS);

  it('backs up the data folder, restores it into a new one, and the restored one shows what the original did', async () => {
    const written = await runScript('backup.ts', [file], { DOCKET_DATA_DIR: source });
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/^backup written to .*pglite\.backup: PGlite \(.*source-data\), \d+ events in \d+ streams/);

    const target = join(dir, 'restored-data');
    const restored = await runScript('restore.ts', [file], { DOCKET_DATA_DIR: target });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/verified \d+ events in \d+ streams, hash chains intact/);
    // The restored folder carries no lock of the process that made the backup, nor leftovers beside it.
    expect(readdirSync(target).filter((name) => name.startsWith('docket.lock'))).toEqual([]);
    expect(readdirSync(dir).filter((name) => name.includes('.restoring-'))).toEqual([]);

    const original = await shownBy({ dataDir: source });
    expectTheDemo(original);
    expect(await shownBy({ dataDir: target })).toEqual(original);

    const again = await runScript('restore.ts', [file], { DOCKET_DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^restore refused: the data folder .* already holds a database/);

    const forced = await runScript('restore.ts', [file, '--force'], { DOCKET_DATA_DIR: target });
    expect(forced.code).toBe(0);
    const kept = /the previous data folder is kept at (\S+)/.exec(forced.stdout)?.[1];
    expect(kept && existsSync(join(kept, 'PG_VERSION'))).toBe(true);
    expect(await shownBy({ dataDir: target })).toEqual(original);
  }, PROCESS_TEST_MS);

  it('refuses a truncated or altered file, leaving the target folder as it was', async () => {
    const target = join(dir, 'untouched-data');
    const truncated = await runScript('restore.ts', [truncatedCopy(file)], { DOCKET_DATA_DIR: target });
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toMatch(/^restore refused: .* is truncated/);
    const altered = await runScript('restore.ts', [alteredCopy(file)], { DOCKET_DATA_DIR: target });
    expect(altered.code).toBe(1);
    expect(altered.stderr).toMatch(/^restore refused: .* is corrupted/);
    expect(existsSync(target)).toBe(false);
  }, PROCESS_TEST_MS);

  it('does not report a restore that does not match what the backup recorded, and leaves the target folder as it was', async () => {
    const target = join(dir, 'unproved-data');
    const outcome = await runScript('restore.ts', [overstatedCopy(file)], { DOCKET_DATA_DIR: target });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^restore failed: restored into a new data folder: the restored database differs from the backup \(events: (\d+), the backup recorded (\d+)/);
    expect(existsSync(target) && readdirSync(target).length > 0).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('.restoring-'))).toEqual([]);
  }, PROCESS_TEST_MS);

  it('refuses to back up a data folder another process holds, naming it', async () => {
    const held = join(dir, 'held-data');
    copyFileSync(file, join(dir, 'copy.backup'));
    expect((await runScript('restore.ts', [join(dir, 'copy.backup')], { DOCKET_DATA_DIR: held })).code).toBe(0);
    const handle = await openDatabase({ dataDir: held });
    try {
      const refused = await runScript('backup.ts', [join(dir, 'held.backup')], { DOCKET_DATA_DIR: held });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`^backup refused: the data folder .*held-data is in use by process ${process.pid} .*stop the server, run the backup`));
      expect(existsSync(join(dir, 'held.backup'))).toBe(false);
    } finally {
      await handle.close();
    }
  }, PROCESS_TEST_MS);
});
