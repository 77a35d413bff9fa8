/**
 * `npm run demo` beside a running embedded server (PGlite), as a new user runs it: the demo loads
 * through the server's API and the server shows the 2018 figures at once; a demo killed with
 * SIGKILL half-way and run again ends with the full figures and a sound log.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { http, newAdminToken, startServer, type ChildServer } from '../support/child-server.ts';
import { runScript, startScript } from '../support/run-script.ts';
import { DEMO_EXPECTED_2018 } from '../../scripts/demo-data/haining-2018.ts';
import { DEMO_REPORT_2018 } from '../support/expected-report.ts';

/** A PGlite server's start, one or two demo loads over HTTP: minutes when the whole suite shares the machine. */
const PROCESS_TEST_MS = 300_000;
const dirs: string[] = [];
let server: ChildServer | null = null;

afterEach(async () => {
  await server?.stop();
  server = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function embeddedServer(adminToken: string, onLine?: (line: string) => void): Promise<ChildServer> {
  const dir = mkdtempSync(join(tmpdir(), 'docket-demo-'));
  dirs.push(dir);
  server = await startServer({ databaseUrl: '', adminToken, env: { DOCKET_DATA_DIR: dir }, readyTimeoutMs: 180_000, ...(onLine ? { onLine } : {}) });
  return server;
}

async function get(url: string, token: string, path: string): Promise<unknown> {
  const result = await http(url, { method: 'GET', path, token, timeoutMs: 30_000 });
  expect(result.status, `${path}: ${JSON.stringify(result.body)}`).toBe(200);
  return result.body;
}

async function expectFullDemo(url: string, adminToken: string): Promise<void> {
  const report = await get(url, adminToken, `/reports/organization?asOf=${DEMO_EXPECTED_2018.asOf}`);
  expect(report).toMatchObject(DEMO_REPORT_2018);
  expect(report).toMatchObject({ members: 76, working: 47, retired: 29 });
  const count = async (workflow: string) => ((await get(url, adminToken, `/workflows/${workflow}/instances?limit=500`)) as { items: unknown[] }).items.length;
  const counts: Record<string, number> = {};
  for (const workflow of ['suggestion', 'collection', 'secondment', 'recruitment', 'cadre-training', 'activity']) counts[workflow] = await count(workflow);
  expect(counts).toEqual({ suggestion: 14, collection: 24, secondment: 2, recruitment: 3, 'cadre-training': 3, activity: 8 });
  expect(await get(url, adminToken, '/audit/verify')).toMatchObject({ ok: true, firstBroken: null });
}

describe('npm run demo beside a running embedded server', () => {
  it('loads through the server’s API (found on PORT, admin token from DOCKET_ADMIN_TOKEN): the server reports the 2018 figures at once', async () => {
    const adminToken = newAdminToken();
    const s = await embeddedServer(adminToken);
    const demo = await runScript('demo.ts', [], { PORT: new URL(s.url).port, DOCKET_ADMIN_TOKEN: adminToken, DOCKET_DATA_DIR: '/nonexistent/never-opened' });
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^Haining 2018 demo loaded \(\d+ requests\)\. As of 2018-12-31: 76 members \(47 working, 29 retired\), 3 admitted in 2018/);
    await expectFullDemo(s.url, adminToken);

    const again = await runScript('demo.ts', ['--url', s.url, '--token', adminToken], {});
    expect(again).toMatchObject({ code: 0, stdout: 'The Haining 2018 demo is already loaded; nothing was changed.\n' });
  }, PROCESS_TEST_MS);

  it('killed with SIGKILL half-way and run again: it finishes what is missing, with the full figures and a sound log', async () => {
    const adminToken = newAdminToken();
    let commands = 0;
    let reached: (() => void) | null = null;
    const s = await embeddedServer(adminToken, (line) => {
      if (!line.includes('"incoming request"') || !/"url":"\/(workflows|collections)/.test(line) || !line.includes('"method":"POST"')) return;
      commands += 1;
      if (commands === 60) reached?.();
    });
    const halfway = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const first = startScript('demo.ts', ['--url', s.url], { DOCKET_ADMIN_TOKEN: adminToken });
    const outcome = await Promise.race([halfway.then(() => first.kill()), first.done]);
    expect(outcome.signal).toBe('SIGKILL');
    const partial = (await get(s.url, adminToken, `/reports/organization?asOf=${DEMO_EXPECTED_2018.asOf}`)) as { members: number };
    expect(partial.members).toBeLessThan(76);

    const second = await runScript('demo.ts', ['--url', s.url], { DOCKET_ADMIN_TOKEN: adminToken });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/\d+ commands were already recorded by an earlier run\)\. As of 2018-12-31: 76 members \(47 working, 29 retired\)/);
    await expectFullDemo(s.url, adminToken);
  }, PROCESS_TEST_MS);
});
