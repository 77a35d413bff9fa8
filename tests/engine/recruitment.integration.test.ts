/**
 * Recruitment end to end on PostgreSQL through HTTP: an applicant becomes an inducted member,
 * sponsored by roster members; the AdmissionApproved process manager creates the member stream
 * `member/m-<applicationId>` with joinedOn = the approval date, exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { readStream } from '../../src/store/event-store.ts';
import { verifyChain } from '../../src/store/verify.ts';
import { applicantBody, changeSettings, cmd, getJson, history, organisation, refused, send, start, typesOf, type Org } from '../support/engine-fixtures.ts';

describe('recruitment on PostgreSQL', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t, { committeeSize: 3 });
  });
  afterAll(async () => {
    await t.close();
  });

  /** Drives a fresh application to `city_approval`; returns its id. */
  async function toCityApproval(name = 'Wang Fang'): Promise<string> {
    const submitted = await start(t, org.office, 'recruitment', applicantBody({ applicant: { ...(applicantBody().applicant as object), name } }));
    const id = submitted.id;
    await cmd(t, org.office, 'recruitment', id, { type: 'PassQualification' });
    await cmd(t, org.office, 'recruitment', id, { type: 'AssignContact', memberId: org.sponsors[0].id });
    await cmd(t, org.sponsors[0].principal, 'recruitment', id, {
      type: 'RecordInvestigation',
      employerOpinion: 'A dedicated teacher',
      summary: 'Visited the department',
      outcome: 'positive',
    });
    await cmd(t, org.office, 'recruitment', id, { type: 'CompleteCultivation' });
    for (const sponsor of org.sponsors) {
      await cmd(t, sponsor.principal, 'recruitment', id, { type: 'EndorseAsSponsor', opinion: `${sponsor.principal.name} vouches` });
    }
    await cmd(t, org.branchChair, 'recruitment', id, { type: 'RecordBranchVote', eligible: 10, present: 8, approve: 7, reject: 1, abstain: 0 });
    await cmd(t, org.committee[0], 'recruitment', id, { type: 'CastVote', decision: 'approve' });
    await cmd(t, org.committee[1], 'recruitment', id, { type: 'CastVote', decision: 'approve' });
    const closed = await cmd(t, org.chair, 'recruitment', id, { type: 'CloseVote' });
    expect(closed.state).toBe('city_approval');
    return id;
  }

  it('takes an application from submission to induction, every step recorded with its actor and role', async () => {
    const submitted = await start(t, org.office, 'recruitment', applicantBody());
    expect(submitted).toMatchObject({ workflow: 'recruitment', state: 'qualification_review', status: 'active', version: 1 });
    const id = submitted.id;
    const run = async (who: Parameters<typeof cmd>[1], body: Record<string, unknown>, state: string) => {
      const result = await cmd(t, who, 'recruitment', id, body);
      expect(result.state, String(body.type)).toBe(state);
      return result;
    };
    await run(org.office, { type: 'PassQualification' }, 'cultivation');
    await run(org.office, { type: 'AssignContact', memberId: org.sponsors[0].id }, 'cultivation');
    await run(org.sponsors[1].principal, { type: 'RecordInvestigation', employerOpinion: 'Good', summary: 'Met twice', outcome: 'positive' }, 'cultivation');
    await run(org.office, { type: 'CompleteCultivation' }, 'sponsorship');
    await run(org.sponsors[0].principal, { type: 'EndorseAsSponsor', opinion: 'Known her for years' }, 'sponsorship');
    await refused(t, org.sponsors[0].principal, 'recruitment', id, { type: 'EndorseAsSponsor', opinion: 'Again' }, 422, 'invalid_sponsor');
    await run(org.sponsors[1].principal, { type: 'EndorseAsSponsor', opinion: 'A fine colleague' }, 'branch_review');
    await run(org.branchChair, { type: 'RecordBranchVote', eligible: 12, present: 9, approve: 8, reject: 0, abstain: 1 }, 'committee_review');
    await run(org.committee[0], { type: 'CastVote', decision: 'approve' }, 'committee_review');
    await refused(t, org.committee[0], 'recruitment', id, { type: 'CastVote', decision: 'reject' }, 409, 'already_voted');
    await run(org.committee[1], { type: 'CastVote', decision: 'abstain' }, 'committee_review');
    await run(org.chair, { type: 'CastVote', decision: 'approve' }, 'committee_review');
    await run(org.chair, { type: 'CloseVote' }, 'city_approval');

    t.clock.set('2024-03-12T08:00:00Z');
    const approved = await run(org.city, { type: 'ApproveAdmission', approvalNo: 'HN-2024-07', on: '2024-03-08' }, 'admitted');
    expect(approved.events[0]?.data).toMatchObject({ memberId: `m-${id}`, joinedOn: '2024-03-08', overQuota: false, quota: 3, admissionsBefore: 0 });

    const done = await run(org.office, { type: 'RecordInduction', ceremonyOn: '2024-03-20', on: '2024-03-12' }, 'inducted');
    expect(done.status).toBe('done');

    const events = await history(t, org.chair, 'recruitment', id);
    expect(typesOf(events)).toEqual([
      'ApplicationSubmitted',
      'QualificationPassed',
      'ContactAssigned',
      'InvestigationRecorded',
      'CultivationCompleted',
      'SponsorEndorsed',
      'SponsorEndorsed',
      'BranchVoteRecorded',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'VoteClosed',
      'AdmissionApproved',
      'InductionRecorded',
    ]);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]?.actor).toEqual({ id: org.office.id, name: 'Office', role: 'office' });
    expect(events[3]?.actor).toEqual({ id: org.sponsors[1].principal.id, name: 'Zhou Hua', role: 'member' });
    expect(events[7]?.actor.role).toBe('branch_chair');
    expect(events[11]?.data).toMatchObject({ outcome: 'passed', tally: { approve: 2, reject: 0, abstain: 1, cast: 3, committeeSize: 3 } });
    expect(events[12]).toMatchObject({ occurredOn: '2024-03-08', actor: { id: org.city.id, role: 'city_committee' } });
    expect(events[0]?.occurredOn).toBe('2024-03-01');

    const instance = await getJson<Record<string, unknown>>(t, org.office, `/workflows/recruitment/instances/${id}`);
    expect(instance).toMatchObject({ state: 'inducted', status: 'done', version: 14, allowedCommands: [] });
    expect(await verifyChain(t.handle.db, { streamId: `recruitment/${id}` })).toMatchObject({ ok: true });
  });

  it('AdmissionApproved creates the member stream m-<applicationId> once, joined on the approval date, usable as a sponsor', async () => {
    const id = await toCityApproval('Sun Lei');
    t.clock.set('2024-04-02T10:00:00Z');
    await cmd(t, org.city, 'recruitment', id, { type: 'ApproveAdmission', approvalNo: 'HN-2024-09', on: '2024-04-01' });

    const memberEvents = await t.app.docket.personalData.open(t.handle.db, await readStream(t.handle.db, `member/m-${id}`));
    expect(memberEvents).toHaveLength(1);
    expect(memberEvents[0]).toMatchObject({
      type: 'MemberRegistered',
      workflow: 'member',
      version: 1,
      occurredOn: '2024-04-01',
      data: { name: 'Sun Lei', birthDate: '1988-04-12', branchId: 'b1', joinedOn: '2024-04-01', admittedBy: id, employment: 'working' },
    });
    expect(memberEvents[0]?.metadata.causationId).toBe(`recruitment/${id}@12`);
    // Registered by the process manager: recorded as the system, not as an admin.
    expect(memberEvents[0]?.metadata.actor).toEqual({ id: 'system', name: 'system', role: 'system' });
    const member = await getJson<Record<string, unknown>>(t, org.office, `/workflows/member/instances/m-${id}`);
    expect(member).toMatchObject({ state: 'active', data: { joinedOn: '2024-04-01', name: 'Sun Lei' } });
    const roster = await t.handle.db.selectFrom('view_members').selectAll().where('id', '=', `m-${id}`).executeTakeFirstOrThrow();
    expect(roster).toMatchObject({ name: 'Sun Lei', current: true, admitted_by: id });

    // Induction and later commands do not register the member again.
    await cmd(t, org.office, 'recruitment', id, { type: 'RecordInduction', ceremonyOn: '2024-04-10' });
    expect(await readStream(t.handle.db, `member/m-${id}`)).toHaveLength(1);

    // The new member sponsors the next applicant — but only from the approval date on.
    const sponsor = await t.principal(['member'], { name: 'Sun Lei', memberId: `m-${id}` });
    // Its steps up to sponsorship recorded on 2024-03-30, so an endorsement dated the 31st is not before them.
    const on = '2024-03-30';
    const next = await start(t, org.office, 'recruitment', { ...applicantBody({ applicant: { ...(applicantBody().applicant as object), name: 'Qian Yu' } }), on });
    await cmd(t, org.office, 'recruitment', next.id, { type: 'PassQualification', on });
    await cmd(t, org.office, 'recruitment', next.id, { type: 'RecordInvestigation', employerOpinion: 'ok', summary: 'ok', outcome: 'positive', on });
    await cmd(t, org.office, 'recruitment', next.id, { type: 'CompleteCultivation', on });
    await refused(t, sponsor, 'recruitment', next.id, { type: 'EndorseAsSponsor', opinion: 'Too early', on: '2024-03-31' }, 422, 'invalid_sponsor');
    const endorsed = await cmd(t, sponsor, 'recruitment', next.id, { type: 'EndorseAsSponsor', opinion: 'Welcome', on: '2024-04-02' });
    expect(endorsed.events[0]?.data).toMatchObject({ memberId: `m-${id}`, memberName: 'Sun Lei' });
  });

  it('concurrent approvals of one application admit it once and register one member', async () => {
    const id = await toCityApproval('Zhao Min');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => send(t, org.city, 'recruitment', id, { type: 'ApproveAdmission', approvalNo: `N-${i}`, on: '2024-04-02' })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || s === 409 || s === 422)).toBe(true);
    const members = await readStream(t.handle.db, `member/m-${id}`);
    expect(typesOf(members)).toEqual(['MemberRegistered']);
    const approvals = (await history(t, org.city, 'recruitment', id)).filter((e) => e.type === 'AdmissionApproved');
    expect(approvals).toHaveLength(1);
  });

  it('an admission beyond the year’s quota is allowed and recorded overQuota', async () => {
    await changeSettings(t, { recruitmentQuota: 2 });
    const id = await toCityApproval('Wu Di');
    t.clock.set('2024-05-01T09:00:00Z');
    const approved = await cmd(t, org.city, 'recruitment', id, { type: 'ApproveAdmission', approvalNo: 'HN-2024-99', on: '2024-05-01' });
    // Three admissions were approved in 2024 before this one (earlier tests).
    expect(approved.events[0]?.data).toMatchObject({ overQuota: true, quota: 2, admissionsBefore: 3 });
  });

  it('refuses a CPC member and applicants of a branch the settings do not list', async () => {
    await refused(t, org.office, 'recruitment', null, applicantBody({ applicant: { ...(applicantBody().applicant as object), cpcMember: true } }), 422, 'cpc_member_not_eligible');
    await refused(t, org.office, 'recruitment', null, applicantBody({ branchId: 'b9' }), 422, 'unknown_branch');
  });
});
