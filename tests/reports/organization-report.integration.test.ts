import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import type { OrganizationReport } from '../../src/reports/organization.report.ts';

type Report = OrganizationReport;

const person = (id: string, name: string, extra: Record<string, unknown>) => ({
  id,
  name,
  gender: 'male',
  birthDate: '1970-01-01',
  education: 'bachelor',
  title: 'intermediate',
  employment: 'working',
  branchId: 'b1',
  joinedOn: '2000-01-01',
  ...extra,
});

describe('GET /reports/organization?asOf= — computed from the log as of a business date', () => {
  let t: TestApp;
  let office: TestPrincipal;
  let reader: TestPrincipal;
  let admittedId = '';

  const report = async (asOf: string): Promise<Report> => {
    const res = await t.as(reader, { method: 'GET', url: `/reports/organization?asOf=${asOf}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  async function send(who: TestPrincipal, id: string, command: Record<string, unknown>, workflow = 'recruitment') {
    const res = await t.as(who, { method: 'POST', url: `/workflows/${workflow}/instances/${id}/commands`, payload: command });
    expect(res.statusCode, `${String(command.type)}: ${res.body}`).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    office = await t.principal(['office']);
    reader = await t.principal(['member']);
    const settings = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      payload: {
        on: '1999-01-01',
        committeeSize: 5,
        recruitmentQuota: 1,
        branches: [{ id: 'b1', name: 'Economy' }, { id: 'b2', name: 'Education' }],
      },
    });
    expect(settings.statusCode).toBe(200);
    const imported = await t.as(t.admin, {
      method: 'POST',
      url: '/members/import',
      payload: [
        person('p1', 'Zhou Ming', { birthDate: '1962-05-01' }),
        person('p2', 'Wu Hua', { birthDate: '1985-03-03', title: 'senior', education: 'master', branchId: 'b2' }),
        person('p3', 'Zheng Li', { birthDate: '1988-08-08', title: 'junior', education: 'college', joinedOn: '2015-06-01' }),
        person('p4', 'Feng Yu', { birthDate: '1948-12-12', employment: 'retired', title: 'senior', joinedOn: '1990-01-01' }),
        person('p5', 'Chu Yan', { birthDate: '1983-01-01', joinedOn: '2023-08-01', branchId: 'b2' }),
      ],
    });
    expect(imported.statusCode, imported.body).toBe(201);

    // One applicant through the whole recruitment workflow, admitted on 2023-07-01.
    const chair = await t.principal(['chair', 'committee']);
    const committee = [chair, ...(await Promise.all([1, 2].map(() => t.principal(['committee']))))];
    const sponsors = await Promise.all(['p1', 'p2'].map((memberId) => t.principal(['member'], { memberId })));
    const branchChair = await t.principal(['branch_chair'], { branchId: 'b1' });
    const city = await t.principal(['city_committee']);
    const submit = await t.as(office, {
      method: 'POST',
      url: '/workflows/recruitment/instances',
      payload: {
        type: 'SubmitApplication',
        on: '2023-03-01',
        receivedOn: '2023-03-01',
        branchId: 'b1',
        applicant: {
          name: 'Han Xue',
          gender: 'female',
          birthDate: '1990-02-02',
          education: 'doctorate',
          title: 'intermediate',
          employer: 'Haining Hospital',
          sector: 'health',
          employment: 'working',
          cpcMember: false,
        },
      },
    });
    expect(submit.statusCode, submit.body).toBe(201);
    const id: string = submit.json().id;
    await send(office, id, { type: 'PassQualification', on: '2023-03-10' });
    await send(office, id, { type: 'RecordInvestigation', on: '2023-04-01', employerOpinion: 'good', summary: 'fine', outcome: 'positive' });
    await send(office, id, { type: 'CompleteCultivation', on: '2023-05-01' });
    for (const sponsor of sponsors) await send(sponsor, id, { type: 'EndorseAsSponsor', on: '2023-05-10', opinion: 'recommended' });
    await send(branchChair, id, { type: 'RecordBranchVote', on: '2023-06-01', eligible: 10, present: 8, approve: 7, reject: 0, abstain: 1 });
    for (const voter of committee) await send(voter, id, { type: 'CastVote', on: '2023-06-10', decision: 'approve' });
    await send(chair, id, { type: 'CloseVote', on: '2023-06-10' });
    const approved = await send(city, id, { type: 'ApproveAdmission', on: '2023-07-01', approvalNo: 'JX-2023-7' });
    admittedId = approved.events[0].data.memberId;

    // Imported before, recorded after: a retirement and a departure, with their own business dates.
    await send(office, 'p1', { type: 'RecordRetirement', on: '2023-09-01' }, 'member');
    await send(office, 'p3', { type: 'RecordDeparture', on: '2023-10-15', reason: 'moved to Hangzhou' }, 'member');

    // Suggestions: one answered on time, one late, one never.
    const manager = await t.principal(['suggestion_manager']);
    for (const [receivedOn, reply] of [
      ['2023-05-02', '2023-05-10'],
      ['2023-06-01', '2023-06-30'],
      ['2023-11-01', null],
    ] as const) {
      const res = await t.as(manager, {
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', on: receivedOn, receivedOn, channel: 'visit', category: 'traffic', content: 'Crossing', submitter: { name: 'Resident', contact: '138' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      if (reply) await send(manager, res.json().id, { type: 'Reply', on: reply, method: 'phone', content: 'Done' }, 'suggestion');
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('before the admission: the imported members only, with the settings then in force', async () => {
    const r = await report('2023-06-29');
    expect(r).toEqual({
      asOf: '2023-06-29',
      members: 4,
      working: 3,
      retired: 1,
      bornByDecade: { '1940s': 1, '1960s': 1, '1980s': 2 },
      workingWithDegree: 2,
      workingSeniorOrIntermediate: 2,
      workingSeniorOrIntermediateShare: 0.667,
      branches: [
        { id: 'b1', name: 'Economy', members: 3 },
        { id: 'b2', name: 'Education', members: 1 },
      ],
      admissions: { year: 2023, count: 0, quota: 1, overQuota: 0 },
      suggestions: { received: 2, repliedOnTime: 1, repliedLate: 0, pending: 1, overdue: 1 },
    });
  });

  it('from the approval date: the admitted applicant is a member and counts as this year’s admission', async () => {
    const r = await report('2023-07-01');
    expect(r.members).toBe(5);
    expect(r.working).toBe(4);
    expect(r.bornByDecade).toEqual({ '1940s': 1, '1960s': 1, '1980s': 2, '1990s': 1 });
    expect(r.workingWithDegree).toBe(3);
    expect(r.workingSeniorOrIntermediate).toBe(3);
    expect(r.workingSeniorOrIntermediateShare).toBe(0.75);
    expect(r.admissions).toEqual({ year: 2023, count: 1, quota: 1, overQuota: 0 });
    expect(r.suggestions).toEqual({ received: 2, repliedOnTime: 1, repliedLate: 1, pending: 0, overdue: 0 });
    const admitted = await t.as(reader, { method: 'GET', url: `/members/${admittedId}` });
    expect(admitted.json()).toMatchObject({ name: 'Han Xue', joinedOn: '2023-07-01' });
  });

  it('a member joining later counts from the joining date; a retirement from its date', async () => {
    expect((await report('2023-07-31')).members).toBe(5);
    const joined = await report('2023-08-01');
    expect(joined.members).toBe(6);
    expect(joined.branches).toEqual([
      { id: 'b1', name: 'Economy', members: 4 },
      { id: 'b2', name: 'Education', members: 2 },
    ]);
    const before = await report('2023-08-31');
    expect([before.working, before.retired]).toEqual([5, 1]);
    const after = await report('2023-09-01');
    expect([after.members, after.working, after.retired]).toEqual([6, 4, 2]);
    expect(after.bornByDecade['1960s']).toBe(1);
  });

  it('a departure removes the member from the date it is recorded on', async () => {
    const before = await report('2023-10-14');
    expect([before.members, before.working, before.bornByDecade['1980s']]).toEqual([6, 4, 3]);
    const after = await report('2023-10-15');
    expect([after.members, after.working, after.bornByDecade['1980s']]).toEqual([5, 3, 2]);
    expect(after.workingWithDegree).toBe(3);
    expect(after.branches).toEqual([
      { id: 'b1', name: 'Economy', members: 3 },
      { id: 'b2', name: 'Education', members: 2 },
    ]);
  });

  it('pending and overdue suggestions, and a new year of admissions', async () => {
    const november = await report('2023-11-16');
    expect(november.suggestions).toEqual({ received: 3, repliedOnTime: 1, repliedLate: 1, pending: 1, overdue: 0 });
    const december = await report('2023-12-31');
    expect(december.suggestions.overdue).toBe(1);
    expect(december.admissions.count).toBe(1);
    const nextYear = await report('2024-01-01');
    expect(nextYear.admissions).toEqual({ year: 2024, count: 0, quota: 1, overQuota: 0 });
  });

  it('long ago: only the earliest members, and branches named from the settings', async () => {
    const r = await report('1995-01-01');
    expect(r.members).toBe(1);
    expect(r.retired).toBe(1);
    expect(r.workingSeniorOrIntermediateShare).toBe(0);
    const beforeSettings = await report('1990-06-01');
    expect(beforeSettings.branches).toEqual([{ id: 'b1', name: 'Economy', members: 1 }]);
    expect(beforeSettings.admissions.quota).toBe(3);
  });

  it('defaults to today by the clock, is open to any principal, and validates asOf', async () => {
    const res = await t.as(reader, { method: 'GET', url: '/reports/organization' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ asOf: '2024-03-01', members: 5 });
    expect((await t.as(null, { method: 'GET', url: '/reports/organization' })).statusCode).toBe(401);
    expect((await t.as(reader, { method: 'GET', url: '/reports/organization?asOf=2023-02-30' })).statusCode).toBe(400);
    expect((await t.as(reader, { method: 'GET', url: '/reports/organization?asOf=yesterday' })).statusCode).toBe(400);
  });
});
