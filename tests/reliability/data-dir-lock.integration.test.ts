/**
 * One process per PGlite data folder, with real processes: while a server (`src/main.ts`, the entry
 * `npm start` runs) holds a data folder, a second server, `npm run migrate`, `npm run
 * projections:rebuild` and `npm run demo` opening it themselves are refused at once with the holder
 * named and exit 1, and the server keeps working. Killed with SIGKILL, the server leaves its lock;
 * the next server recovers it and finds the data.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, newAdminToken, startServer, type ChildServer } from '../support/child-server.ts';
import { runScript } from '../support/run-script.ts';
import { LOCK_FILE } from '../../src/db/data-dir-lock.ts';

const COLLECTION = { box: 'box-1', collectedOn: '2024-02-01', count: 3 };
/** Several processes start one after another (each loads tsx, some PGlite): minutes when the whole suite shares the machine. */
const PROCESS_TEST_MS = 300_000;

describe('one process per PGlite data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'docket-data-'));
  const adminToken = newAdminToken();
  const env = { DOCKET_DATA_DIR: dir, DOCKET_ADMIN_TOKEN: adminToken };
  let server: ChildServer;
  let managerToken: string;

  const lockHolderPid = () => (JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number }).pid;
  const record = (url: string, collectedOn: string) =>
    http(url, { method: 'POST', path: '/collections', token: managerToken, body: { ...COLLECTION, collectedOn }, timeoutMs: 20_000 });
  const collections = async (url: string) => {
    const list = await http(url, { method: 'GET', path: '/workflows/collection/instances', token: adminToken, timeoutMs: 20_000 });
    return (list.body as { items: { data: { collectedOn: string } }[] }).items.map((i) => i.data.collectedOn).sort();
  };

  beforeAll(async () => {
    server = await startServer({ databaseUrl: '', adminToken, env, readyTimeoutMs: 180_000 });
    const manager = await http(server.url, { method: 'POST', path: '/admin/principals', token: adminToken, body: { name: 'Manager', roles: ['suggestion_manager'] } });
    managerToken = (manager.body as { token: string }).token;
    expect((await record(server.url, '2024-02-01')).status).toBe(201);
  }, PROCESS_TEST_MS);
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }, PROCESS_TEST_MS);

  it('a second opener is refused at once, naming the holder, and exits 1; the first keeps working', async () => {
    expect(lockHolderPid()).toBe(server.pid);
    const inUse = `the data folder ${dir} is in use by process ${server.pid} (node src/main.ts)`;

    await expect(startServer({ databaseUrl: '', adminToken, env, readyTimeoutMs: 180_000 })).rejects.toThrow(
      `exited (1) before listening:\ndocket failed to start: ${inUse}; stop it first, or give this server its own data folder (DOCKET_DATA_DIR)`,
    );
    const migrate = await runScript('migrate.ts', [], env);
    expect(migrate).toMatchObject({ code: 1, stderr: `migrate refused: ${inUse}; stop it first (a server applies pending migrations when it starts)\n` });
    const rebuild = await runScript('projections-rebuild.ts', [], env);
    expect(rebuild.code).toBe(1);
    expect(rebuild.stderr).toContain(`projections:rebuild refused: ${inUse}; stop it first`);
    // No server answers on PORT, so the demo would open the database itself: refused, pointing at --url.
    const demo = await runScript('demo.ts', [], { ...env, PORT: '1' });
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain(`demo refused: ${inUse}; stop it, or run this against the server with --url`);
    // With the server answering on PORT, the demo goes to it, and needs its admin token.
    const port = new URL(server.url).port;
    const tokenless = await runScript('demo.ts', [], { DOCKET_DATA_DIR: dir, PORT: port, DOCKET_ADMIN_TOKEN: '' });
    expect(tokenless.code).toBe(1);
    expect(tokenless.stderr).toContain(`a Docket server is running at http://127.0.0.1:${port}; the demo loads through its API as an admin`);

    expect(lockHolderPid()).toBe(server.pid);
    expect((await record(server.url, '2024-02-15')).status).toBe(201);
    expect(await collections(server.url)).toEqual(['2024-02-01', '2024-02-15']);
    const verify = await http(server.url, { method: 'GET', path: '/audit/verify', token: adminToken, timeoutMs: 20_000 });
    expect(verify.body).toMatchObject({ ok: true, streamsChecked: 2, eventsChecked: 2 });
  }, PROCESS_TEST_MS);

  it('a server killed with SIGKILL leaves its lock behind; the next server recovers it and finds the data', async () => {
    const killedPid = server.pid;
    await server.kill();
    expect(lockHolderPid()).toBe(killedPid);
    server = await startServer({ databaseUrl: '', adminToken, env, readyTimeoutMs: 180_000 });
    expect(lockHolderPid()).toBe(server.pid);
    expect(await collections(server.url)).toEqual(['2024-02-01', '2024-02-15']);
    expect((await record(server.url, '2024-03-01')).status).toBe(201);
    const verify = await http(server.url, { method: 'GET', path: '/audit/verify', token: adminToken, timeoutMs: 20_000 });
    expect(verify.body).toMatchObject({ ok: true, firstBroken: null });
  }, PROCESS_TEST_MS);
});
