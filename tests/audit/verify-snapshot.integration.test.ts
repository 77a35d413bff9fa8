/**
 * GET /audit/verify reads one snapshot: while 12 writers register and assign suggestions and the
 * scheduler fires their overdue timers, every verification answers ok (no head that seems to
 * record more or fewer events than the log holds).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

describe('verification under concurrent appends', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  let handler: TestPrincipal;
  let auditor: TestPrincipal;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
    handler = await t.principal(['handler']);
    auditor = await t.principal(['chair']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers ok every time while 12 writers and the timer scheduler append', async () => {
    let writing = true;
    const failures: string[] = [];
    const writer = async (w: number) => {
      for (let i = 0; i < 12; i++) {
        // Received long ago: the reply deadline is already past, so the scheduler has a timer to fire.
        const created = await t.as(manager, {
          method: 'POST',
          url: '/workflows/suggestion/instances',
          payload: { type: 'RegisterSuggestion', receivedOn: '2024-01-02', channel: 'online', category: 'roads', content: `w${w} n${i}`, anonymous: true },
        });
        if (created.statusCode !== 201) failures.push(`register ${created.statusCode} ${created.body}`);
        const { id } = created.json() as { id: string };
        if (i % 2 === 0) {
          const assigned = await t.as(manager, { method: 'POST', url: `/workflows/suggestion/instances/${id}/commands`, payload: { type: 'AssignHandler', principalId: handler.id } });
          if (assigned.statusCode !== 200) failures.push(`assign ${assigned.statusCode} ${assigned.body}`);
        }
      }
    };
    let fired = 0;
    const scheduler = async () => {
      while (writing) fired += (await t.app.docket.scheduler.tick()).fired;
    };
    const verdicts: { ok: boolean; body: string }[] = [];
    const verifier = async () => {
      while (writing) {
        const response = await t.as(auditor, { method: 'GET', url: '/audit/verify' });
        verdicts.push({ ok: response.statusCode === 200 && (response.json() as { ok: boolean }).ok, body: response.body });
      }
    };
    const running = [scheduler(), verifier(), verifier()];
    await Promise.all(Array.from({ length: 12 }, (_, w) => writer(w)));
    writing = false;
    await Promise.all(running);
    fired += (await t.app.docket.scheduler.tick()).fired;

    expect(failures).toEqual([]);
    expect(fired).toBeGreaterThan(0);
    expect(verdicts.length).toBeGreaterThan(2);
    expect(verdicts.filter((v) => !v.ok).map((v) => v.body)).toEqual([]);
    const last = await t.as(auditor, { method: 'GET', url: '/audit/verify' });
    expect(last.json()).toMatchObject({ ok: true, streamsChecked: 144 });
  }, 300_000);
});
