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

describe('npm run demo: the Haining 2018 organisation, loaded through HTTP commands', () => {
  let t: TestApp;
  let result: DemoLoadResult;
  const phases = new Set<string>();

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
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

  it('went through the real workflows: inducted applicants, secondments on duty, collections twice a month', async () => {
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

    const onDuty = await t.as(t.admin, { method: 'GET', url: '/workflows/secondment/instances?state=on_duty' });
    expect(onDuty.json().items.map((i: { data: { hostUnit: string } }) => i.data.hostUnit).sort()).toEqual([
      '浙江省经济和信息化委员会',
      '海宁市发展和改革局',
    ]);
    const collections = await t.app.docket.database.db.selectFrom('view_collections').selectAll().orderBy('month').execute();
    expect(collections).toHaveLength(12);
    expect(collections.every((c) => c.collections === 2)).toBe(true);

    const retiree = await t.as(t.admin, { method: 'GET', url: '/members/hn-029' });
    expect(retiree.json()).toMatchObject({ employment: 'retired', retiredOn: '2018-06-30' });
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
