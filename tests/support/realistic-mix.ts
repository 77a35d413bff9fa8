/**
 * A realistic mix of commands on every workflow, through the engine (as the HTTP routes would send
 * them): settings, members, all four procedures in several outcomes, box collections, activities, and fired
 * timers (reply overdue, interim review due, term ended, annual review due).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Engine } from '../../src/engine/engine.ts';
import type { Scheduler } from '../../src/engine/scheduler.ts';
import type { ManualClock } from '../../src/clock.ts';
import type { Principal, Role } from '../../workflows/contract.ts';
import { testApp, type TestApp } from './app.ts';

export interface MixDeps {
  db: Kysely<Database>;
  engine: Engine;
  scheduler: Scheduler;
  clock: ManualClock;
}

const who = (id: string, roles: Role[], extra: Partial<Principal> = {}): Principal => ({
  id,
  name: `Name of ${id}`,
  roles,
  memberId: null,
  branchId: null,
  hostUnit: null,
  ...extra,
});

export const people = {
  admin: who('admin', ['admin']),
  office: who('office', ['office']),
  chair: who('chair', ['chair', 'committee']),
  committee: [who('c1', ['committee']), who('c2', ['committee']), who('c3', ['committee'])],
  city: who('city', ['city_committee']),
  unitedFront: who('uf', ['united_front']),
  host: who('host', ['host_unit'], { hostUnit: 'Bureau of Commerce' }),
  manager: who('manager', ['suggestion_manager']),
  handler: who('h1', ['handler']),
  branchChair1: who('bc1', ['branch_chair'], { branchId: 'b1' }),
  branchChair2: who('bc2', ['branch_chair'], { branchId: 'b2' }),
  sponsor1: who('s1', ['member'], { memberId: 'm1' }),
  sponsor2: who('s2', ['member'], { memberId: 'm2' }),
};

export const applicant = (name: string) => ({
  name,
  gender: 'female',
  birthDate: '1990-06-01',
  education: 'master',
  title: 'intermediate',
  employer: 'Haining Hospital',
  sector: 'health',
  employment: 'working',
  cpcMember: false,
});

export const memberProfile = (name: string, branchId: string, birthDate = '1985-05-05') => ({
  name,
  gender: 'male',
  birthDate,
  education: 'bachelor',
  title: 'senior',
  employment: 'working',
  branchId,
  joinedOn: '2010-01-01',
});

/** Starts an instance with a chosen id (members, the settings stream), as the import and settings routes do. */
export async function startWithId(deps: MixDeps, principal: Principal, workflow: string, command: Record<string, unknown>, instanceId: string) {
  return deps.db
    .transaction()
    .execute((trx) => deps.engine.decideAndAppend(trx, { workflow, principal, command, instanceId }, true, deps.clock.now()));
}

export async function runMix(deps: MixDeps): Promise<void> {
  const { engine, scheduler, clock } = deps;
  const run = async (principal: Principal, workflow: string, command: Record<string, unknown>, instanceId?: string) =>
    (await engine.execute({ workflow, principal, command, ...(instanceId ? { instanceId } : {}) })).id;
  const p = people;

  // Settings and the roster.
  await startWithId(deps, p.admin, 'settings', { type: 'ChangeSettings', committeeSize: 5, branches: [{ id: 'b1', name: 'Health' }, { id: 'b2', name: 'Education' }] }, 'organization');
  await run(p.admin, 'settings', { type: 'ChangeSettings', policy: { minCollectionsPerMonth: 2 } }, 'organization');
  for (const [id, branch] of [['m1', 'b1'], ['m2', 'b1'], ['m3', 'b2'], ['m4', 'b2'], ['m5', 'b1']] as const) {
    await startWithId(deps, p.admin, 'member', { type: 'RegisterMember', ...memberProfile(`Member ${id}`, branch) }, id);
  }
  await run(p.office, 'member', { type: 'RecordRetirement' }, 'm4');
  await run(p.office, 'member', { type: 'RecordDeparture', reason: 'Moved away' }, 'm5');
  await run(p.office, 'member', { type: 'UpdateProfile', title: 'intermediate' }, 'm2');

  // Recruitment: admitted and inducted; rejected; withdrawn; waiting for the branch vote in b2.
  const toBranchReview = async (name: string, branchId: string) => {
    const id = await run(p.office, 'recruitment', { type: 'SubmitApplication', applicant: applicant(name), branchId, receivedOn: '2024-02-01' });
    await run(p.office, 'recruitment', { type: 'PassQualification' }, id);
    await run(p.office, 'recruitment', { type: 'AssignContact', memberId: 'm1' }, id);
    await run(p.office, 'recruitment', { type: 'RecordInvestigation', employerOpinion: 'Good', summary: 'Fine', outcome: 'positive' }, id);
    await run(p.office, 'recruitment', { type: 'CompleteCultivation' }, id);
    await run(p.sponsor1, 'recruitment', { type: 'EndorseAsSponsor', opinion: 'Yes' }, id);
    await run(p.sponsor2, 'recruitment', { type: 'EndorseAsSponsor', opinion: 'Agreed' }, id);
    return id;
  };
  const admitted = await toBranchReview('Applicant One', 'b1');
  await run(p.branchChair1, 'recruitment', { type: 'RecordBranchVote', eligible: 10, present: 8, approve: 6, reject: 1, abstain: 1 }, admitted);
  for (const voter of p.committee) await run(voter, 'recruitment', { type: 'CastVote', decision: 'approve' }, admitted);
  await run(p.chair, 'recruitment', { type: 'CloseVote' }, admitted);
  await run(p.city, 'recruitment', { type: 'ApproveAdmission', approvalNo: 'HN-2024-01' }, admitted);
  await run(p.office, 'recruitment', { type: 'RecordInduction', ceremonyOn: '2024-03-01' }, admitted);
  const rejected = await run(p.office, 'recruitment', { type: 'SubmitApplication', applicant: applicant('Applicant Two'), branchId: 'b1', receivedOn: '2024-02-01' });
  await run(p.chair, 'recruitment', { type: 'RejectApplication', reason: 'Not eligible yet' }, rejected);
  const withdrawn = await run(p.office, 'recruitment', { type: 'SubmitApplication', applicant: applicant('Applicant Three'), branchId: 'b2', receivedOn: '2024-02-01' });
  await run(p.office, 'recruitment', { type: 'PassQualification' }, withdrawn);
  await run(p.office, 'recruitment', { type: 'WithdrawApplication', reason: 'Changed mind' }, withdrawn);
  await toBranchReview('Applicant Four', 'b2');

  // Cadre training: one in the pool (with a task and a course), one dropped at screening.
  const cadre = await run(p.branchChair1, 'cadre-training', { type: 'NominateCadre', memberId: 'm1', method: 'branch_recommendation', rationale: 'Leads the clinic' });
  await run(p.chair, 'cadre-training', { type: 'ScreenCandidate', result: 'pass' }, cadre);
  for (const voter of p.committee) await run(voter, 'cadre-training', { type: 'CastVote', decision: 'approve' }, cadre);
  await run(p.chair, 'cadre-training', { type: 'CloseVote' }, cadre);
  await run(p.office, 'cadre-training', { type: 'AssignTask', title: 'Lead the health survey', dueOn: '2024-06-30' }, cadre);
  await run(p.office, 'cadre-training', { type: 'EnrolCourse', course: 'Governance', institution: 'Party school', startsOn: '2024-04-01', endsOn: '2024-04-30' }, cadre);
  const dropped = await run(p.chair, 'cadre-training', { type: 'NominateCadre', memberId: 'm3', method: 'democratic_recommendation', rationale: 'Popular' });
  await run(p.chair, 'cadre-training', { type: 'ScreenCandidate', result: 'fail' }, dropped);

  // Secondments: one on duty, one rejected with a reason, one cancelled.
  const seconded = await run(p.committee[0]!, 'secondment', {
    type: 'ProposeSecondment',
    memberId: 'm2',
    hostUnit: 'Bureau of Commerce',
    post: 'Deputy director',
    startsOn: '2024-03-01',
    months: 12,
    rationale: 'Trade experience',
  });
  await run(p.chair, 'secondment', { type: 'ApproveNomination', comment: 'Good fit' }, seconded);
  await run(p.unitedFront, 'secondment', { type: 'ApproveByUnitedFront' }, seconded);
  await run(p.host, 'secondment', { type: 'AcceptByHost' }, seconded);
  await run(p.office, 'secondment', { type: 'Dispatch', reportedOn: '2024-03-01' }, seconded);
  const refused = await run(p.committee[1]!, 'secondment', {
    type: 'ProposeSecondment',
    memberId: 'm1',
    hostUnit: 'Bureau of Health',
    post: 'Adviser',
    startsOn: '2024-05-01',
    months: 6,
    rationale: 'Medical background',
  });
  await run(p.chair, 'secondment', { type: 'RejectNomination', reason: 'Needed in the branch' }, refused);
  const cancelled = await run(p.committee[2]!, 'secondment', {
    type: 'ProposeSecondment',
    memberId: 'm3',
    hostUnit: 'Bureau of Education',
    post: 'Inspector',
    startsOn: '2024-06-01',
    months: 3,
    rationale: 'Teacher',
  });
  await run(p.chair, 'secondment', { type: 'CancelSecondment', reason: 'Host reorganised' }, cancelled);

  // Suggestions: closed after a satisfied reply; reopened after an unsatisfied one; extended; anonymous; left to go overdue.
  const register = (extra: Record<string, unknown>, anonymous = false) =>
    run(p.manager, 'suggestion', {
      type: 'RegisterSuggestion',
      receivedOn: '2024-02-25',
      channel: 'online',
      category: 'transport',
      content: 'More buses',
      ...(anonymous ? { anonymous: true } : { submitter: { name: 'Zhang', contact: '138' } }),
      ...extra,
    });
  const closed = await register({});
  await run(p.manager, 'suggestion', { type: 'AssignHandler', principalId: p.handler.id }, closed);
  await run(p.handler, 'suggestion', { type: 'Reply', method: 'written', content: 'Two more buses' }, closed);
  await run(p.manager, 'suggestion', { type: 'RecordSatisfaction', satisfied: true }, closed);
  await run(p.manager, 'suggestion', { type: 'Close' }, closed);
  const reopened = await register({ category: 'parks' });
  await run(p.manager, 'suggestion', { type: 'AssignHandler', principalId: p.handler.id }, reopened);
  await run(p.handler, 'suggestion', { type: 'Reply', method: 'phone', content: 'We will see' }, reopened);
  await run(p.manager, 'suggestion', { type: 'RecordSatisfaction', satisfied: false }, reopened);
  const extended = await register({ category: 'schools' });
  await run(p.manager, 'suggestion', { type: 'AssignHandler', principalId: p.handler.id }, extended);
  await run(p.handler, 'suggestion', { type: 'RequestExtension', days: 10, reason: 'Waiting for the bureau' }, extended);
  await run(p.chair, 'suggestion', { type: 'ApproveExtension' }, extended);
  const anon = await register({ category: 'lighting' }, true);
  await run(p.manager, 'suggestion', { type: 'Reply', method: 'posted_notice', content: 'Fixed' }, anon);
  await register({ receivedOn: '2024-02-01', channel: 'box', category: 'roads' });

  // Box collections in several boxes and months.
  for (const [box, collectedOn, count] of [
    ['Town hall', '2024-01-05', 3],
    ['Town hall', '2024-01-20', 1],
    ['Town hall', '2024-02-10', 0],
    ['Market', '2024-02-12', 5],
  ] as const) {
    await run(p.manager, 'collection', { type: 'RecordCollection', box, collectedOn, count });
  }

  // Activities: one held, one withdrawn as recorded in error.
  const activity = { type: 'RecordActivity', date: '2024-02-20', kind: 'study', title: 'Study session', place: 'Town hall', participants: ['m1', 'm2', 'm3'] };
  await run(p.office, 'activity', activity);
  const mistaken = await run(p.office, 'activity', { ...activity, participants: ['m1'] });
  await run(p.office, 'activity', { type: 'WithdrawActivity', reason: 'Recorded twice' }, mistaken);

  // Time passes: reply deadlines, the interim review, the term end and the annual review fall due.
  clock.set('2024-09-02T09:00:00Z');
  await scheduler.tick();
  await run(p.chair, 'secondment', { type: 'RecordInterimReview', summary: 'On track' }, seconded);
  clock.set('2025-03-05T09:00:00Z');
  await scheduler.tick();
  await run(p.host, 'secondment', { type: 'RecordHostAppraisal', grade: 'good', text: 'Reliable' }, seconded);
  await run(p.unitedFront, 'secondment', { type: 'RecordFinalAssessment', grade: 'excellent' }, seconded);
  await run(p.office, 'secondment', { type: 'CompleteSecondment' }, seconded);
  await run(p.chair, 'cadre-training', { type: 'RecordAnnualReview', year: 2024, rating: 'competent' }, cadre);
}

/** A fresh test app (on 2024-03-01) with the realistic mix already run through its engine. */
export async function mixedTestApp(): Promise<TestApp> {
  const t = await testApp({ now: '2024-03-01T09:00:00Z' });
  const { engine, scheduler } = t.app.docket;
  await runMix({ db: t.handle.db, engine, scheduler, clock: t.clock });
  return t;
}
