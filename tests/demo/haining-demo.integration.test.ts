import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp } from '../support/app.ts';
import { demoState, loadHainingDemoInto, type DemoLoadResult } from '../../scripts/demo-load.ts';
import { injectTransport } from '../../scripts/demo-transport.ts';
import { DEMO_EXPECTED_2018, DEMO_EXPECTED_SUGGESTIONS_2018 } from '../../scripts/demo-data/haining-2018.ts';

async function counts(t: TestApp) {
  const db = t.app.docket.database.db;
  const row = await sql<{ events: string; streams: string; principals: string; members: string }>`
    SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM streams) AS streams,
           (SELECT count(*) FROM principals) AS principals, (SELECT count(*) FROM view_members) AS members`.execute(db);
  return row.rows[0];
}

const TODAY = '2026-12-07T02:00:00Z';

describe('npm run demo: the Haining 2018 organisation, loaded through HTTP commands', () => {
  let t: TestApp;
  let result: DemoLoadResult;
  const phases = new Set<string>();

  beforeAll(async () => {
    // Loaded years later, as a new user does: 2018 lies eight years back.
    t = await testApp({ now: TODAY });
    expect(await demoState(injectTransport(t.app), t.admin.token)).toBe('empty');
    result = await loadHainingDemoInto(t.app, { progress: (phase) => phases.add(phase) });
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads and reports the exact 2018-12-31 figures', async () => {
    expect(result.status).toBe('loaded');
    const res = await t.as(t.admin, { method: 'GET', url: '/reports/organization?asOf=2018-12-31' });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    const e = DEMO_EXPECTED_2018;
    expect(r).toMatchObject({
      asOf: '2018-12-31',
      members: 76,
      working: 47,
      retired: 29,
      workingWithDegree: 47,
      workingSeniorOrIntermediate: 40,
      workingSeniorOrIntermediateShare: 0.851,
      admissions: { year: 2018, count: 3, quota: 3, overQuota: 0 },
    });
    expect(r.bornByDecade['1980s']).toBe(14);
    expect(r.branches).toHaveLength(3);
    expect(r.branches).toEqual([
      { id: 'econ', name: '经济支部', members: 27 },
      { id: 'edu', name: '教育支部', members: 24 },
      { id: 'health', name: '医卫支部', members: 25 },
    ]);
    expect(r.suggestions).toEqual(DEMO_EXPECTED_SUGGESTIONS_2018);
    expect([r.members, r.working, r.retired, r.workingWithDegree, r.workingSeniorOrIntermediate, r.branches.length, r.admissions.count]).toEqual([
      e.members,
      e.working,
      e.retired,
      e.workingWithDegree,
      e.workingSeniorOrIntermediate,
      e.branches,
      e.admissions,
    ]);
    if (result.status === 'loaded') {
      // Loaded in this process, each timer fired before the steps dated after it: none overtook a step.
      expect(result.overtaken).toEqual([]);
      expect(result.report).toEqual(r);
      expect(result.summary).toContain('76 members (47 working, 29 retired), 3 admitted in 2018');
    }
    expect([...phases]).toEqual(['settings', 'members', 'principals', 'box collections', 'suggestions', 'secondments', 'recruitment', 'reserve cadres', 'activities']);
    expect(await demoState(injectTransport(t.app), t.admin.token)).toBe('complete');
  });

  it('as of the end of 2017: the 73 members imported, before the 2018 retirement and admissions', async () => {
    const r = (await t.as(t.admin, { method: 'GET', url: '/reports/organization?asOf=2017-12-31' })).json();
    expect(r).toMatchObject({ members: 73, working: 45, retired: 28, admissions: { year: 2017, count: 0 } });
    expect(r.bornByDecade['1980s']).toBe(12);
    expect(r.suggestions.received).toBe(0);
  });

  it('went through the real workflows: inducted applicants, secondments completed when their term ended, collections twice a month', async () => {
    const inducted = await t.as(t.admin, { method: 'GET', url: '/workflows/recruitment/instances?state=inducted' });
    expect(inducted.json().items).toHaveLength(3);
    const recruitmentId = inducted.json().items[0].id;
    const history = await t.as(t.admin, { method: 'GET', url: `/workflows/recruitment/instances/${recruitmentId}/history` });
    const types: string[] = history.json().events.map((ev: { type: string }) => ev.type);
    expect(types.filter((x) => x === 'SponsorEndorsed')).toHaveLength(2);
    expect(types.filter((x) => x === 'VoteCast').length).toBeGreaterThanOrEqual(5);
    expect(types).toEqual(expect.arrayContaining(['InvestigationRecorded', 'BranchVoteRecorded', 'VoteClosed', 'AdmissionApproved', 'InductionRecorded']));
    const closed = history.json().events.find((ev: { type: string }) => ev.type === 'VoteClosed');
    expect(closed.data).toMatchObject({ outcome: 'passed', tally: { committeeSize: 9 } });

    const completed = await t.as(t.admin, { method: 'GET', url: '/workflows/secondment/instances?state=completed' });
    expect(completed.json().items.map((i: { data: { hostUnit: string } }) => i.data.hostUnit).sort()).toEqual([
      '浙江省经济和信息化委员会',
      '海宁市发展和改革局',
    ]);
    // On duty all of 2018: the term's end, then the host unit's appraisal, the final grade and the close, in that order.
    const secondmentId = completed.json().items[0].id;
    const steps = (await t.as(t.admin, { method: 'GET', url: `/workflows/secondment/instances/${secondmentId}/history` })).json().events;
    const after = steps.slice(steps.findIndex((ev: { type: string }) => ev.type === 'TermEnded'));
    expect(after.map((ev: { type: string; actor: { role: string } }) => `${ev.type} ${ev.actor.role}`)).toEqual([
      'TermEnded system',
      'HostAppraisalRecorded host_unit',
      'FinalAssessmentRecorded united_front',
      'SecondmentCompleted office',
    ]);
    // The interim review fell due (the timer, fired on its day) before it was recorded, the term ended after.
    const kinds: string[] = steps.map((ev: { type: string }) => ev.type);
    expect(kinds).toEqual(expect.arrayContaining(['InterimReviewDue', 'InterimReviewRecorded', 'TermEnded']));
    expect(kinds.indexOf('InterimReviewDue')).toBeLessThan(kinds.indexOf('InterimReviewRecorded'));
    expect(kinds.indexOf('InterimReviewRecorded')).toBeLessThan(kinds.indexOf('TermEnded'));
    const dates: string[] = steps.map((ev: { on: string }) => ev.on);
    expect(dates).toEqual([...dates].sort());
    const asOf2018 = (await t.as(t.admin, { method: 'GET', url: '/reports/annual?year=2018' })).json();
    expect(asOf2018.secondments.items.map((i: { state: string }) => i.state)).toEqual(['on_duty', 'on_duty']);
    const collections = await t.app.docket.database.db.selectFrom('view_collections').selectAll().orderBy('month').execute();
    expect(collections).toHaveLength(12);
    expect(collections.every((c) => c.collections === 2)).toBe(true);

    const retiree = await t.as(t.admin, { method: 'GET', url: '/members/hn-029' });
    expect(retiree.json()).toMatchObject({ employment: 'retired', retiredOn: '2018-06-30' });
  });

  it('today, years later, starts clean: the server’s overdue timers fire and leave nothing pending, overdue or due after its end', async () => {
    // What a server does when it starts on this database: fires every timer already due.
    await t.app.docket.scheduler.tick();
    const pending = (await t.as(t.admin, { method: 'GET', url: '/views/suggestions/pending-replies' })).json().items as { receivedOn: string; overdue: boolean }[];
    expect(pending.filter((p) => p.overdue && p.receivedOn.startsWith('2018'))).toEqual([]);
    expect(pending).toEqual([]);
    const suggestions = (await t.as(t.admin, { method: 'GET', url: '/workflows/suggestion/instances?limit=100' })).json().items;
    expect(suggestions.map((s: { state: string }) => s.state)).toEqual(Array(14).fill('closed'));

    // Everyone who acts for the committee, in one principal: nothing waits for them, nothing is overdue.
    const everyRole = await t.principal(['chair', 'committee', 'office', 'suggestion_manager', 'united_front', 'city_committee']);
    const inbox = (await t.as(everyRole, { method: 'GET', url: '/views/inbox' })).json().items as { workflow: string; reason: string; dueOn: string | null }[];
    expect(inbox.map((i) => `${i.workflow} ${i.reason} ${i.dueOn}`)).toEqual([]);

    // No secondment shows a review (or anything else) due after its term ended.
    const secondments = (await t.as(t.admin, { method: 'GET', url: '/workflows/secondment/instances' })).json().items as {
      state: string;
      data: { termEndsOn: string };
      next: { dueOn: string | null }[];
    }[];
    expect(secondments).toHaveLength(2);
    for (const s of secondments) {
      expect(s.state).toBe('completed');
      expect(s.next.filter((n) => n.dueOn !== null && n.dueOn > s.data.termEndsOn)).toEqual([]);
    }
    const cadres = (await t.as(t.admin, { method: 'GET', url: '/workflows/cadre-training/instances' })).json().items;
    expect(cadres.map((c: { state: string }) => c.state)).toEqual(['appointed', 'appointed', 'appointed']);
  });

  it('a second load finds the demo complete and changes nothing; the loader principals were revoked', async () => {
    const before = await counts(t);
    const again = await loadHainingDemoInto(t.app);
    expect(again).toEqual({ status: 'already_loaded', message: expect.stringContaining('already loaded') });
    const after = await counts(t);
    expect({ ...after, principals: undefined }).toEqual({ ...before, principals: undefined });
    // Each in-process run without an admin token has its own loader principal, revoked at its end.
    const loaders = (await t.app.docket.principals.list()).filter((p) => p.name === '演示数据加载器');
    expect(loaders).toHaveLength(2);
    expect(loaders.every((p) => p.revokedAt !== null)).toBe(true);
  });

  it('refuses to load over another organisation', async () => {
    const other = await testApp({ now: '2024-03-01T09:00:00Z' });
    try {
      const put = await other.as(other.admin, { method: 'PUT', url: '/admin/settings', payload: { committeeSize: 7 } });
      expect(put.statusCode).toBe(200);
      const before = await counts(other);
      expect(await demoState(injectTransport(other.app), other.admin.token)).toBe('other');
      const refused = await loadHainingDemoInto(other.app, { adminToken: other.admin.token });
      expect(refused.status).toBe('refused');
      expect(await counts(other)).toEqual(before);
    } finally {
      await other.close();
    }
  });
});
