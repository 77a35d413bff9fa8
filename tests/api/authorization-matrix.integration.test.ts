/**
 * The authorization matrix through HTTP: every workflow command × every role. For each command, an
 * instance is brought (by other principals) to a state that accepts it; a principal holding only
 * one role then sends it. The roles the procedure names get a 2xx (each on a fresh instance), every
 * other role gets 403 forbidden_role and appends nothing, and the instance's allowedCommands for
 * that principal agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import type { Role } from '../../workflows/contract.ts';
import { ALL_ROLES, applicantBody, BRANCHES, changeSettings, cmd, memberBody, registerMember, send, start, type Body } from '../support/engine-fixtures.ts';

/** Allowed roles per command, as the procedures require (docs/workflows.md lists them from the code). */
const MATRIX: Record<string, Record<string, Role[]>> = {
  recruitment: {
    SubmitApplication: ['office'],
    PassQualification: ['office'],
    RejectApplication: ['office', 'chair'],
    AssignContact: ['office'],
    RecordInvestigation: ['office', 'member'],
    CompleteCultivation: ['office'],
    EndorseAsSponsor: ['member'],
    RecordBranchVote: ['branch_chair'],
    CastVote: ['committee'],
    CloseVote: ['chair'],
    ApproveAdmission: ['city_committee'],
    RejectAdmission: ['city_committee'],
    RecordInduction: ['office'],
    WithdrawApplication: ['office'],
  },
  'cadre-training': {
    NominateCadre: ['branch_chair', 'committee'],
    ScreenCandidate: ['chair'],
    CastVote: ['committee'],
    CloseVote: ['chair'],
    AssignTask: ['office', 'chair'],
    CompleteTask: ['office'],
    EnrolCourse: ['office'],
    CompleteCourse: ['office'],
    RecordAnnualReview: ['chair'],
    Appoint: ['chair'],
    RemoveFromPool: ['chair'],
  },
  secondment: {
    ProposeSecondment: ['committee', 'chair', 'office'],
    ApproveNomination: ['chair'],
    RejectNomination: ['chair'],
    ApproveByUnitedFront: ['united_front'],
    RejectByUnitedFront: ['united_front'],
    AcceptByHost: ['host_unit'],
    DeclineByHost: ['host_unit'],
    Dispatch: ['office'],
    RecordInterimReview: ['united_front', 'chair'],
    ExtendTerm: ['united_front'],
    EndEarly: ['united_front'],
    RecordHostAppraisal: ['host_unit'],
    RecordFinalAssessment: ['united_front', 'chair'],
    CompleteSecondment: ['office'],
    CancelSecondment: ['chair'],
  },
  suggestion: {
    RegisterSuggestion: ['suggestion_manager', 'office'],
    AssignHandler: ['suggestion_manager'],
    ReferTo: ['handler'],
    RequestExtension: ['handler'],
    ApproveExtension: ['chair'],
    Reply: ['handler', 'suggestion_manager'],
    RecordSatisfaction: ['suggestion_manager'],
    Close: ['suggestion_manager'],
  },
  member: {
    RegisterMember: ['admin'],
    RecordRetirement: ['office'],
    RecordDeparture: ['office'],
    UpdateProfile: ['office'],
  },
  settings: { ChangeSettings: ['admin'] },
  collection: { RecordCollection: ['suggestion_manager'] },
  activity: { RecordActivity: ['office'], WithdrawActivity: ['office'] },
};

interface Drivers {
  office: TestPrincipal;
  chair: TestPrincipal;
  committee: TestPrincipal;
  city: TestPrincipal;
  unitedFront: TestPrincipal;
  host: TestPrincipal;
  manager: TestPrincipal;
  branchChair: TestPrincipal;
  proposer: TestPrincipal;
  sponsors: TestPrincipal[];
}

/** A state to bring a fresh instance to: null id means "not started" (the start route). */
type Reach = () => Promise<string | null>;

interface Row {
  workflow: string;
  command: string;
  reach: Reach;
  body: () => Promise<Body>;
}

describe('authorization matrix: every command × every role', () => {
  let t: TestApp;
  let d: Drivers;
  const asRole = new Map<Role, TestPrincipal>();
  let rosterMember: string;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    // A committee of one: one vote is a quorum, so CloseVote can be tried after a single vote.
    await changeSettings(t, { committeeSize: 1, branches: BRANCHES });
    const sponsorOne = await registerMember(t, { name: 'Sponsor One' });
    const sponsorTwo = await registerMember(t, { name: 'Sponsor Two' });
    rosterMember = await registerMember(t, { name: 'Matrix Member' });
    d = {
      office: await t.principal(['office']),
      chair: await t.principal(['chair', 'committee']),
      committee: await t.principal(['committee']),
      city: await t.principal(['city_committee']),
      unitedFront: await t.principal(['united_front']),
      host: await t.principal(['host_unit'], { hostUnit: 'Bureau' }),
      manager: await t.principal(['suggestion_manager']),
      branchChair: await t.principal(['branch_chair'], { branchId: 'b1' }),
      proposer: await t.principal(['office']),
      sponsors: [await t.principal(['member'], { memberId: sponsorOne }), await t.principal(['member'], { memberId: sponsorTwo })],
    };
    for (const role of ALL_ROLES) {
      const links = role === 'member' ? { memberId: rosterMember } : role === 'branch_chair' ? { branchId: 'b1' } : role === 'host_unit' ? { hostUnit: 'Bureau' } : {};
      asRole.set(role, await t.principal([role], { name: `only ${role}`, ...links }));
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const only = (role: Role) => {
    const p = asRole.get(role);
    if (!p) throw new Error(`no principal for ${role}`);
    return p;
  };

  // ---- recruitment ------------------------------------------------------------------------------
  const r = {
    start: async () => null,
    qualification: async () => (await start(t, d.office, 'recruitment', applicantBody())).id,
    cultivation: async () => {
      const id = (await start(t, d.office, 'recruitment', applicantBody())).id;
      await cmd(t, d.office, 'recruitment', id, { type: 'PassQualification' });
      await cmd(t, d.office, 'recruitment', id, { type: 'RecordInvestigation', employerOpinion: 'ok', summary: 'ok', outcome: 'positive' });
      return id;
    },
    sponsorship: async () => {
      const id = await r.cultivation();
      await cmd(t, d.office, 'recruitment', id, { type: 'CompleteCultivation' });
      return id;
    },
    branchReview: async () => {
      const id = await r.sponsorship();
      for (const s of d.sponsors) await cmd(t, s, 'recruitment', id, { type: 'EndorseAsSponsor', opinion: 'yes' });
      return id;
    },
    committeeReview: async () => {
      const id = await r.branchReview();
      await cmd(t, d.branchChair, 'recruitment', id, { type: 'RecordBranchVote', eligible: 5, present: 5, approve: 5, reject: 0, abstain: 0 });
      return id;
    },
    voted: async () => {
      const id = await r.committeeReview();
      await cmd(t, d.committee, 'recruitment', id, { type: 'CastVote', decision: 'approve' });
      return id;
    },
    cityApproval: async () => {
      const id = await r.voted();
      await cmd(t, d.chair, 'recruitment', id, { type: 'CloseVote' });
      return id;
    },
    admitted: async () => {
      const id = await r.cityApproval();
      await cmd(t, d.city, 'recruitment', id, { type: 'ApproveAdmission', approvalNo: 'A-1' });
      return id;
    },
  };

  // ---- cadre training ---------------------------------------------------------------------------
  const nominate = async () => ({ type: 'NominateCadre', memberId: await registerMember(t, { name: 'Nominee' }), method: 'branch_recommendation', rationale: 'r' });
  const c = {
    start: async () => null,
    screening: async () => (await start(t, d.committee, 'cadre-training', await nominate())).id,
    decision: async () => {
      const id = await c.screening();
      await cmd(t, d.chair, 'cadre-training', id, { type: 'ScreenCandidate', result: 'pass' });
      return id;
    },
    voted: async () => {
      const id = await c.decision();
      await cmd(t, d.committee, 'cadre-training', id, { type: 'CastVote', decision: 'approve' });
      return id;
    },
    pool: async () => {
      const id = await c.voted();
      await cmd(t, d.chair, 'cadre-training', id, { type: 'CloseVote' });
      return id;
    },
    poolWithTask: async () => {
      const id = await c.pool();
      await cmd(t, d.office, 'cadre-training', id, { type: 'AssignTask', title: 'Task', dueOn: '2024-06-01' });
      return id;
    },
    poolWithCourse: async () => {
      const id = await c.pool();
      await cmd(t, d.office, 'cadre-training', id, { type: 'EnrolCourse', course: 'C', institution: 'I', startsOn: '2024-04-01', endsOn: '2024-04-02' });
      return id;
    },
  };

  // ---- secondment -------------------------------------------------------------------------------
  // A member of their own each time: a member has one secondment at a time.
  const propose = async () => ({
    type: 'ProposeSecondment',
    memberId: await registerMember(t, { name: 'Secondee' }),
    hostUnit: 'Bureau',
    post: 'Advisor',
    startsOn: '2024-04-01',
    months: 6,
    rationale: 'r',
  });
  const s = {
    start: async () => null,
    committeeReview: async () => (await start(t, d.proposer, 'secondment', await propose())).id,
    unitedFront: async () => {
      const id = await s.committeeReview();
      await cmd(t, d.chair, 'secondment', id, { type: 'ApproveNomination' });
      return id;
    },
    host: async () => {
      const id = await s.unitedFront();
      await cmd(t, d.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
      return id;
    },
    dispatch: async () => {
      const id = await s.host();
      await cmd(t, d.host, 'secondment', id, { type: 'AcceptByHost' });
      return id;
    },
    onDuty: async () => {
      const id = await s.dispatch();
      await cmd(t, d.office, 'secondment', id, { type: 'Dispatch', reportedOn: '2024-03-01' });
      return id;
    },
    final: async () => {
      const id = await s.onDuty();
      await cmd(t, d.unitedFront, 'secondment', id, { type: 'EndEarly', reason: 'r' });
      return id;
    },
    assessed: async () => {
      const id = await s.final();
      await cmd(t, d.host, 'secondment', id, { type: 'RecordHostAppraisal', grade: 'good', text: 't' });
      await cmd(t, d.unitedFront, 'secondment', id, { type: 'RecordFinalAssessment', grade: 'good' });
      return id;
    },
  };

  // ---- suggestion (assigned to the matrix's handler, so that its scope holds) --------------------
  const g = {
    start: async () => null,
    registered: async () =>
      (await start(t, d.manager, 'suggestion', { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'visit', category: 'c', content: 'x', submitter: { name: 'N', contact: 'C' } })).id,
    inProgress: async () => {
      const id = await g.registered();
      await cmd(t, d.manager, 'suggestion', id, { type: 'AssignHandler', principalId: only('handler').id });
      return id;
    },
    extensionRequested: async () => {
      const id = await g.inProgress();
      await cmd(t, only('handler'), 'suggestion', id, { type: 'RequestExtension', days: 5, reason: 'r' });
      return id;
    },
    replied: async () => {
      const id = await g.registered();
      await cmd(t, d.manager, 'suggestion', id, { type: 'Reply', method: 'written', content: 'c' });
      return id;
    },
  };

  const m = {
    start: async () => null,
    active: async () => registerMember(t, { name: 'Roster Entry' }),
  };
  const activity = () => ({ type: 'RecordActivity', date: '2024-03-01', kind: 'study', title: 't', place: 'p', participants: [rosterMember] });
  const activityRecorded = async () => (await start(t, d.office, 'activity', activity())).id;
  // The settings are one instance, started in beforeAll.
  const settingsActive = async () => 'organization';

  const body = (b: Body) => async () => b;
  const rows: Row[] = [
    { workflow: 'recruitment', command: 'SubmitApplication', reach: r.start, body: body(applicantBody()) },
    { workflow: 'recruitment', command: 'PassQualification', reach: r.qualification, body: body({ type: 'PassQualification' }) },
    { workflow: 'recruitment', command: 'RejectApplication', reach: r.qualification, body: body({ type: 'RejectApplication', reason: 'r' }) },
    { workflow: 'recruitment', command: 'WithdrawApplication', reach: r.qualification, body: body({ type: 'WithdrawApplication', reason: 'r' }) },
    { workflow: 'recruitment', command: 'AssignContact', reach: r.cultivation, body: async () => ({ type: 'AssignContact', memberId: rosterMember }) },
    { workflow: 'recruitment', command: 'RecordInvestigation', reach: r.cultivation, body: body({ type: 'RecordInvestigation', employerOpinion: 'e', summary: 's', outcome: 'positive' }) },
    { workflow: 'recruitment', command: 'CompleteCultivation', reach: r.cultivation, body: body({ type: 'CompleteCultivation' }) },
    { workflow: 'recruitment', command: 'EndorseAsSponsor', reach: r.sponsorship, body: body({ type: 'EndorseAsSponsor', opinion: 'o' }) },
    { workflow: 'recruitment', command: 'RecordBranchVote', reach: r.branchReview, body: body({ type: 'RecordBranchVote', eligible: 5, present: 4, approve: 3, reject: 1, abstain: 0 }) },
    { workflow: 'recruitment', command: 'CastVote', reach: r.committeeReview, body: body({ type: 'CastVote', decision: 'approve' }) },
    { workflow: 'recruitment', command: 'CloseVote', reach: r.voted, body: body({ type: 'CloseVote' }) },
    { workflow: 'recruitment', command: 'ApproveAdmission', reach: r.cityApproval, body: body({ type: 'ApproveAdmission', approvalNo: 'N' }) },
    { workflow: 'recruitment', command: 'RejectAdmission', reach: r.cityApproval, body: body({ type: 'RejectAdmission', reason: 'r' }) },
    { workflow: 'recruitment', command: 'RecordInduction', reach: r.admitted, body: body({ type: 'RecordInduction', ceremonyOn: '2024-03-02' }) },

    { workflow: 'cadre-training', command: 'NominateCadre', reach: c.start, body: nominate },
    { workflow: 'cadre-training', command: 'ScreenCandidate', reach: c.screening, body: body({ type: 'ScreenCandidate', result: 'pass' }) },
    { workflow: 'cadre-training', command: 'CastVote', reach: c.decision, body: body({ type: 'CastVote', decision: 'reject' }) },
    { workflow: 'cadre-training', command: 'CloseVote', reach: c.voted, body: body({ type: 'CloseVote' }) },
    { workflow: 'cadre-training', command: 'AssignTask', reach: c.pool, body: body({ type: 'AssignTask', title: 't', dueOn: '2024-05-01' }) },
    { workflow: 'cadre-training', command: 'CompleteTask', reach: c.poolWithTask, body: body({ type: 'CompleteTask', taskId: 't1', outcome: 'o' }) },
    { workflow: 'cadre-training', command: 'EnrolCourse', reach: c.pool, body: body({ type: 'EnrolCourse', course: 'c', institution: 'i', startsOn: '2024-04-01', endsOn: '2024-04-05' }) },
    { workflow: 'cadre-training', command: 'CompleteCourse', reach: c.poolWithCourse, body: body({ type: 'CompleteCourse', courseId: 'c1', result: 'r' }) },
    { workflow: 'cadre-training', command: 'RecordAnnualReview', reach: c.pool, body: body({ type: 'RecordAnnualReview', year: 2024, rating: 'competent' }) },
    { workflow: 'cadre-training', command: 'Appoint', reach: c.pool, body: body({ type: 'Appoint', position: 'p' }) },
    { workflow: 'cadre-training', command: 'RemoveFromPool', reach: c.pool, body: body({ type: 'RemoveFromPool', reason: 'r' }) },

    { workflow: 'secondment', command: 'ProposeSecondment', reach: s.start, body: propose },
    { workflow: 'secondment', command: 'ApproveNomination', reach: s.committeeReview, body: body({ type: 'ApproveNomination' }) },
    { workflow: 'secondment', command: 'RejectNomination', reach: s.committeeReview, body: body({ type: 'RejectNomination', reason: 'r' }) },
    { workflow: 'secondment', command: 'CancelSecondment', reach: s.committeeReview, body: body({ type: 'CancelSecondment', reason: 'r' }) },
    { workflow: 'secondment', command: 'ApproveByUnitedFront', reach: s.unitedFront, body: body({ type: 'ApproveByUnitedFront' }) },
    { workflow: 'secondment', command: 'RejectByUnitedFront', reach: s.unitedFront, body: body({ type: 'RejectByUnitedFront', reason: 'r' }) },
    { workflow: 'secondment', command: 'AcceptByHost', reach: s.host, body: body({ type: 'AcceptByHost' }) },
    { workflow: 'secondment', command: 'DeclineByHost', reach: s.host, body: body({ type: 'DeclineByHost', reason: 'r' }) },
    { workflow: 'secondment', command: 'Dispatch', reach: s.dispatch, body: body({ type: 'Dispatch', reportedOn: '2024-03-01' }) },
    { workflow: 'secondment', command: 'RecordInterimReview', reach: s.onDuty, body: body({ type: 'RecordInterimReview', summary: 's' }) },
    { workflow: 'secondment', command: 'ExtendTerm', reach: s.onDuty, body: body({ type: 'ExtendTerm', months: 2, reason: 'r' }) },
    { workflow: 'secondment', command: 'EndEarly', reach: s.onDuty, body: body({ type: 'EndEarly', reason: 'r' }) },
    { workflow: 'secondment', command: 'RecordHostAppraisal', reach: s.final, body: body({ type: 'RecordHostAppraisal', grade: 'pass', text: 't' }) },
    { workflow: 'secondment', command: 'RecordFinalAssessment', reach: s.final, body: body({ type: 'RecordFinalAssessment', grade: 'pass' }) },
    { workflow: 'secondment', command: 'CompleteSecondment', reach: s.assessed, body: body({ type: 'CompleteSecondment' }) },

    {
      workflow: 'suggestion',
      command: 'RegisterSuggestion',
      reach: g.start,
      body: body({ type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'c', content: 'x', anonymous: true }),
    },
    { workflow: 'suggestion', command: 'AssignHandler', reach: g.registered, body: async () => ({ type: 'AssignHandler', principalId: only('handler').id }) },
    { workflow: 'suggestion', command: 'ReferTo', reach: g.inProgress, body: body({ type: 'ReferTo', organisation: 'o', note: 'n' }) },
    { workflow: 'suggestion', command: 'RequestExtension', reach: g.inProgress, body: body({ type: 'RequestExtension', days: 3, reason: 'r' }) },
    { workflow: 'suggestion', command: 'ApproveExtension', reach: g.extensionRequested, body: body({ type: 'ApproveExtension' }) },
    { workflow: 'suggestion', command: 'Reply', reach: g.inProgress, body: body({ type: 'Reply', method: 'phone', content: 'c' }) },
    { workflow: 'suggestion', command: 'RecordSatisfaction', reach: g.replied, body: body({ type: 'RecordSatisfaction', satisfied: true }) },
    { workflow: 'suggestion', command: 'Close', reach: g.replied, body: body({ type: 'Close' }) },

    { workflow: 'member', command: 'RegisterMember', reach: m.start, body: body(memberBody({ name: 'New Member' })) },
    { workflow: 'member', command: 'RecordRetirement', reach: m.active, body: body({ type: 'RecordRetirement' }) },
    { workflow: 'member', command: 'RecordDeparture', reach: m.active, body: body({ type: 'RecordDeparture', reason: 'moved' }) },
    { workflow: 'member', command: 'UpdateProfile', reach: m.active, body: body({ type: 'UpdateProfile', title: 'senior' }) },

    { workflow: 'settings', command: 'ChangeSettings', reach: async () => null, body: body({ type: 'ChangeSettings', committeeSize: 1, branches: BRANCHES }) },
    { workflow: 'settings', command: 'ChangeSettings', reach: settingsActive, body: body({ type: 'ChangeSettings', committeeSize: 1, branches: BRANCHES }) },

    { workflow: 'collection', command: 'RecordCollection', reach: async () => null, body: body({ type: 'RecordCollection', box: 'Gate', collectedOn: '2024-03-01', count: 2 }) },

    { workflow: 'activity', command: 'RecordActivity', reach: async () => null, body: async () => activity() },
    { workflow: 'activity', command: 'WithdrawActivity', reach: activityRecorded, body: body({ type: 'WithdrawActivity', reason: 'r' }) },
  ];

  it('covers every command of every workflow, with the roles the procedures give', () => {
    const { registry } = t.app.docket;
    const covered = new Set(rows.map((row) => `${row.workflow}.${row.command}`));
    for (const name of registry.names()) {
      const def = registry.latest(name);
      for (const [command, spec] of Object.entries(def.commands)) {
        expect(covered.has(`${name}.${command}`), `${name}.${command} has a row`).toBe(true);
        expect([...spec.roles].sort(), `${name}.${command} roles`).toEqual([...(MATRIX[name]?.[command] ?? [])].sort());
      }
    }
  });

  for (const row of rows) {
    it(`${row.workflow}.${row.command}`, async () => {
      const allowed = MATRIX[row.workflow]?.[row.command] ?? [];
      expect(allowed.length, 'the matrix names the command').toBeGreaterThan(0);
      const shared = await row.reach();
      let versionBefore = shared
        ? (await t.as(t.admin, { method: 'GET', url: `/workflows/${row.workflow}/instances/${shared}` })).json<{ version: number }>().version
        : 0;
      for (const role of ALL_ROLES) {
        const who = only(role);
        if (allowed.includes(role)) {
          const id = shared === null ? null : await row.reach();
          const response = await send(t, who, row.workflow, id, await row.body());
          // The settings are one instance: its start route continues it once it exists (200).
          const expected = id === null && row.workflow !== 'settings' ? [201] : id === null ? [200, 201] : [200];
          expect(expected, `${role}: ${response.statusCode} ${response.body.slice(0, 300)}`).toContain(response.statusCode);
          expect(response.json().events[0].actor).toEqual({ id: who.id, name: who.name, role });
          // A singleton (the settings) is the shared instance too.
          if (id !== null && id === shared) versionBefore += 1;
        } else {
          // A role that may not even read the instance is told what a read tells it (404), so that a
          // refusal never confirms that the instance exists; one that may read it is told 403.
          const readable = shared === null || (await t.as(who, { method: 'GET', url: `/workflows/${row.workflow}/instances/${shared}` })).statusCode !== 404;
          const response = await send(t, who, row.workflow, shared, await row.body());
          expect(response.headers['content-type']).toContain('application/problem+json');
          if (readable) {
            expect(response.statusCode, `${role}: ${response.body.slice(0, 300)}`).toBe(403);
            expect(response.json()).toMatchObject({ code: 'forbidden_role', status: 403, title: 'Forbidden' });
          } else {
            expect(response.statusCode, `${role}: ${response.body.slice(0, 300)}`).toBe(404);
            expect(response.json()).toMatchObject({ code: 'not_found', status: 404 });
          }
        }
        if (shared) {
          const instance = await t.as(who, { method: 'GET', url: `/workflows/${row.workflow}/instances/${shared}` });
          // A role the read policy keeps away from the instance (404) is never one that may act on it.
          if (instance.statusCode === 404) expect(allowed.includes(role), `${role} may act but cannot read`).toBe(false);
          else expect(instance.json<{ allowedCommands: string[] }>().allowedCommands.includes(row.command), `${role} allowedCommands`).toBe(allowed.includes(role));
        }
      }
      if (shared) {
        const after = (await t.as(t.admin, { method: 'GET', url: `/workflows/${row.workflow}/instances/${shared}` })).json<{ version: number }>();
        expect(after.version, 'refused commands append nothing').toBe(versionBefore);
      }
    });
  }
});
