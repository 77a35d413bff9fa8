/**
 * A demo load that stops half-way is finished by running it again: the commands already recorded
 * are answered from their Idempotency-Key records, the rest is recorded once; never a duplicate,
 * never a broken chain, and the final figures are the full ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp } from '../support/app.ts';
import { demoState, loadHainingDemo } from '../../scripts/demo-load.ts';
import { injectTransport, type DemoRequest, type DemoTransport } from '../../scripts/demo-transport.ts';
import { DEMO_REPORT_2018 } from '../support/expected-report.ts';

/** Passes requests through until the one `cut` picks: it reaches the server, but its answer is lost. */
function cutAt(inner: DemoTransport, cut: (request: DemoRequest, commandsSent: number) => boolean): DemoTransport {
  let commands = 0;
  const fireTimersDueBy = inner.fireTimersDueBy?.bind(inner);
  return {
    target: inner.target,
    ...(fireTimersDueBy ? { fireTimersDueBy } : {}),
    async send(request) {
      if (request.headers?.['idempotency-key']) commands += 1;
      const response = await inner.send(request);
      if (cut(request, commands)) throw new Error(`connection lost after ${request.method} ${request.path}`);
      return response;
    },
  };
}

async function streamCounts(t: TestApp) {
  const { rows } = await sql<{ workflow: string; n: string }>`SELECT workflow, count(*) AS n FROM streams GROUP BY workflow ORDER BY workflow`.execute(
    t.app.docket.database.db,
  );
  return Object.fromEntries(rows.map((r) => [r.workflow, Number(r.n)]));
}

describe('npm run demo: a load that stops half-way is finished by running it again', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stopped in the settings, the import, the principals and in the middle of the workflows: each re-run goes on, the last one finishes', async () => {
    const transport = injectTransport(t.app);
    const cuts: [string, (r: DemoRequest, commands: number) => boolean][] = [
      ['PUT /admin/settings', (r) => r.method === 'PUT'],
      ['POST /members/import', (r) => r.path === '/members/import'],
      ['POST /admin/principals', (r) => r.path === '/admin/principals' && r.method === 'POST'],
      // The first run's first principal is found again and given a new token; then deep into the commands.
      ['POST /workflows/suggestion/instances/', (_r, commands) => commands === 60],
    ];
    for (const [where, cut] of cuts) {
      await expect(loadHainingDemo(cutAt(transport, cut), t.admin.token)).rejects.toThrow(`connection lost after ${where}`);
      expect(await demoState(transport, t.admin.token)).toBe('partial');
    }

    const result = await loadHainingDemo(transport, t.admin.token);
    expect(result.status).toBe('loaded');
    if (result.status !== 'loaded') return;
    expect(result.resumed).toBeGreaterThan(50);
    expect(result.summary).toContain(`${result.resumed} commands were already recorded by an earlier run`);
    expect(result.report).toMatchObject(DEMO_REPORT_2018);
    expect(await demoState(transport, t.admin.token)).toBe('complete');

    // Exactly the demo's instances: none twice.
    expect(await streamCounts(t)).toEqual({ activity: 8, 'cadre-training': 3, collection: 24, member: 76, recruitment: 3, secondment: 2, settings: 1, suggestion: 14 });
    // The demo's principals once each (found again by name, given new tokens), plus the test's admin.
    const principals = await t.app.docket.principals.list();
    expect(principals.filter((p) => p.revokedAt === null)).toHaveLength(18);
    const verify = await t.as(t.admin, { method: 'GET', url: '/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, firstBroken: null });

    const again = await loadHainingDemo(transport, t.admin.token);
    expect(again.status).toBe('already_loaded');
  });
});

describe('npm run demo on a server whose timers run: a step an instance’s own timer already moved past is left out and named', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stopped right after a secondment is dispatched, its term-end timer fires (2019 is past), and the re-run leaves the interim review out', async () => {
    const transport = injectTransport(t.app);
    const dispatch = (r: DemoRequest) => r.path.startsWith('/workflows/secondment/') && (r.body ?? '').includes('"type":"Dispatch"');
    await expect(loadHainingDemo(cutAt(transport, dispatch), t.admin.token)).rejects.toThrow('connection lost after POST /workflows/secondment/');
    // The timers the load set so far, all past due: suggestions' reply deadlines, the secondment's review and term end.
    expect((await t.app.docket.scheduler.tick()).fired).toBeGreaterThan(0);
    const secondment = await t.as(t.admin, { method: 'GET', url: '/workflows/secondment/instances' });
    expect(secondment.json<{ items: { state: string }[] }>().items.map((i) => i.state)).toEqual(['final_assessment']);

    const result = await loadHainingDemo(transport, t.admin.token);
    expect(result.status).toBe('loaded');
    if (result.status !== 'loaded') return;
    expect(result.overtaken).toEqual(['secondment-1 RecordInterimReview']);
    expect(result.summary).toContain("Left out, the server's timers had moved the instance on first: secondment-1 RecordInterimReview.");
    expect(result.report).toMatchObject(DEMO_REPORT_2018);
    const verify = await t.as(t.admin, { method: 'GET', url: '/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, firstBroken: null });
  });
});
