import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, ROLES, type Principal, type Role } from '../../workflows/contract.ts';
import { recruitment, type RecruitmentContext } from '../../workflows/recruitment.ts';
import { member, principal, scenario, type Scenario, type ScenarioOptions } from '../support/scenario.ts';

const applicant = {
  name: 'Zhang Wei',
  gender: 'male',
  birthDate: '1988-04-02',
  education: 'master',
  title: 'intermediate',
  employer: 'Haining People’s Hospital',
  sector: 'health',
  employment: 'working',
  cpcMember: false,
};

const members = [
  member('m1', { name: 'Li Na', branchId: 'b1' }),
  member('m2', { name: 'Wang Fang', branchId: 'b1' }),
  member('gone', { name: 'Chen Jie', current: false }),
  member('future', { name: 'Sun Li', joinedOn: '2024-06-01' }),
  member('twin', { name: applicant.name, birthDate: applicant.birthDate }),
];

const office = principal(['office']);
const chair = principal(['committee', 'chair']);
const committee = Array.from({ length: 5 }, () => principal(['committee']));
const city = principal(['city_committee']);
const branchChair = principal(['branch_chair'], { branchId: 'b1' });
const otherBranchChair = principal(['branch_chair'], { branchId: 'b2' });
const sponsor1 = principal(['member'], { memberId: 'm1' });
const sponsor2 = principal(['member'], { memberId: 'm2' });
const memberAs = (memberId: string) => principal(['member'], { memberId });

const submit = { type: 'SubmitApplication', applicant, branchId: 'b1', receivedOn: '2024-01-03', on: '2024-01-05' };
const investigation = { type: 'RecordInvestigation', employerOpinion: 'Reliable', summary: 'Well regarded', outcome: 'positive', on: '2024-02-01' };
const branchVote = { type: 'RecordBranchVote', eligible: 10, present: 8, approve: 6, reject: 1, abstain: 1, on: '2024-03-20' };

type S = Scenario<RecruitmentContext>;

/** The steps of the happy path, each leaving the instance in the named state. */
const steps: [string, (s: S) => void][] = [
  ['qualification_review', (s) => s.exec(office, submit)],
  ['cultivation', (s) => s.exec(office, { type: 'PassQualification', on: '2024-01-10' })],
  [
    'sponsorship',
    (s) => {
      s.exec(office, investigation);
      s.exec(office, { type: 'CompleteCultivation', on: '2024-03-01' });
    },
  ],
  [
    'branch_review',
    (s) => {
      s.exec(sponsor1, { type: 'EndorseAsSponsor', opinion: 'I vouch for him', on: '2024-03-05' });
      s.exec(sponsor2, { type: 'EndorseAsSponsor', opinion: 'Active in the sector', on: '2024-03-06' });
    },
  ],
  ['committee_review', (s) => s.exec(branchChair, branchVote)],
  [
    'city_approval',
    (s) => {
      for (const voter of committee) s.exec(voter, { type: 'CastVote', decision: 'approve', on: '2024-04-01' });
      s.exec(chair, { type: 'CloseVote', on: '2024-04-01' });
    },
  ],
  ['admitted', (s) => s.exec(city, { type: 'ApproveAdmission', approvalNo: 'HN-2024-07', on: '2024-05-10' })],
  ['inducted', (s) => s.exec(office, { type: 'RecordInduction', ceremonyOn: '2024-06-01', on: '2024-06-01' })],
];

function at(state: string, options: ScenarioOptions = {}): S {
  const s = scenario(recruitment, { members, ...options });
  if (state === 'start') return s;
  for (const [reached, run] of steps) {
    run(s);
    if (reached === state) break;
  }
  expect(s.state).toBe(state);
  return s;
}

/** 'ok', or the code of the error the command was refused with. */
function outcomeCode(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('recruitment: the whole way', () => {
  it('goes from application to induction, recording every step', () => {
    const s = at('inducted');
    expect(s.status).toBe('done');
    expect(s.history.map((e) => e.type)).toEqual([
      'ApplicationSubmitted',
      'QualificationPassed',
      'InvestigationRecorded',
      'CultivationCompleted',
      'SponsorEndorsed',
      'SponsorEndorsed',
      'BranchVoteRecorded',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'VoteCast',
      'VoteClosed',
      'AdmissionApproved',
      'InductionRecorded',
    ]);
    expect(s.context.inductedOn).toBe('2024-06-01');
    expect(s.allowed()).toEqual([]);
    s.expectReplayable();
  });
});

describe('start → qualification_review', () => {
  it('records the applicant, branch and receipt date', () => {
    const s = at('qualification_review');
    expect(s.history[0]?.data).toEqual({ applicant, branchId: 'b1', receivedOn: '2024-01-03' });
    expect(s.context).toMatchObject({ applicant, branchId: 'b1', receivedOn: '2024-01-03' });
    expect(s.allowed().sort()).toEqual(['PassQualification', 'RejectApplication', 'WithdrawApplication']);
    s.expectReplayable();
  });

  it('refuses a CPC member: cpc_member_not_eligible', () => {
    const s = at('start');
    s.reject(office, { ...submit, applicant: { ...applicant, cpcMember: true } }, 'cpc_member_not_eligible');
  });

  it('refuses a branch the organisation does not have, once branches are configured: unknown_branch', () => {
    const s = at('start', { settings: { branches: [{ id: 'b2', name: 'Health' }] } });
    s.reject(office, submit, 'unknown_branch');
    s.exec(office, { ...submit, branchId: 'b2' });
    expect(s.state).toBe('qualification_review');
  });

  it('validates the applicant strictly', () => {
    const s = at('start');
    s.reject(office, { ...submit, applicant: { ...applicant, education: 'phd' } }, 'invalid_command');
    s.reject(office, { ...submit, applicant: { ...applicant, nickname: 'Wei' } }, 'invalid_command');
    s.reject(office, { ...submit, applicant: { ...applicant, birthDate: '1988-02-30' } }, 'invalid_command');
    s.reject(office, { ...submit, receivedOn: undefined }, 'invalid_command');
  });

  it('only SubmitApplication starts an instance', () => {
    const s = at('start');
    s.reject(office, { type: 'WithdrawApplication', reason: 'x' }, 'command_not_allowed');
    s.reject(office, { type: 'PassQualification' }, 'command_not_allowed');
  });
});

describe('qualification_review', () => {
  it('PassQualification → cultivation, from that date', () => {
    const s = at('cultivation');
    expect(s.context.cultivationSince).toBe('2024-01-10');
    expect(s.allowed().sort()).toEqual(['AssignContact', 'CompleteCultivation', 'RecordInvestigation', 'WithdrawApplication']);
  });

  it.each([office, chair])('RejectApplication → rejected (final), with the reason', (who) => {
    const s = at('qualification_review');
    s.exec(who, { type: 'RejectApplication', reason: 'Not qualified', on: '2024-01-08' });
    expect(s.state).toBe('rejected');
    expect(s.status).toBe('done');
    expect(s.context.rejection).toEqual({ reason: 'Not qualified', on: '2024-01-08', by: 'ApplicationRejected' });
    s.reject(office, { type: 'WithdrawApplication', reason: 'late' }, 'command_not_allowed');
    s.expectReplayable();
  });
});

describe('cultivation', () => {
  it('AssignContact records a current member as contact (stays in cultivation)', () => {
    const s = at('cultivation');
    s.exec(office, { type: 'AssignContact', memberId: 'm1', on: '2024-01-12' });
    expect(s.state).toBe('cultivation');
    expect(s.history.at(-1)?.data).toEqual({ memberId: 'm1', memberName: 'Li Na' });
    expect(s.context.contacts).toEqual([{ memberId: 'm1', memberName: 'Li Na', on: '2024-01-12' }]);
    s.expectReplayable();
  });

  it('AssignContact asks the roster for that member', () => {
    expect(recruitment.commands.AssignContact?.needs?.({ type: 'AssignContact', memberId: 'm9' } as never, at('cultivation').context as never, office, '2024-03-01')).toEqual({
      members: ['m9'],
    });
  });

  it.each(['nobody', 'gone'])('AssignContact refuses %s: not_a_member', (memberId) => {
    const s = at('cultivation');
    s.reject(office, { type: 'AssignContact', memberId }, 'not_a_member');
  });

  it('RecordInvestigation by office or a member is kept with who and when', () => {
    const s = at('cultivation');
    s.exec(office, investigation);
    s.exec(sponsor1, { ...investigation, outcome: 'negative', on: '2024-02-02' });
    expect(s.state).toBe('cultivation');
    expect(s.context.investigations).toEqual([
      { employerOpinion: 'Reliable', summary: 'Well regarded', outcome: 'positive', by: office.name, on: '2024-02-01' },
      { employerOpinion: 'Reliable', summary: 'Well regarded', outcome: 'negative', by: sponsor1.name, on: '2024-02-02' },
    ]);
    s.reject(office, { ...investigation, outcome: 'neutral' }, 'invalid_command');
  });

  it('CompleteCultivation needs at least one investigation: investigation_required', () => {
    const s = at('cultivation');
    s.reject(office, { type: 'CompleteCultivation', on: '2024-03-01' }, 'investigation_required');
    s.exec(office, investigation);
    s.exec(office, { type: 'CompleteCultivation', on: '2024-03-01' });
    expect(s.state).toBe('sponsorship');
    expect(s.history.at(-1)?.data).toEqual({ cultivationDays: 51, investigations: 1 });
  });

  it('CompleteCultivation respects the policy minimum of days in cultivation: min_cultivation_days', () => {
    const policy = { ...DEFAULT_POLICY, minCultivationDays: 30 };
    const s = at('cultivation', { settings: { policy } });
    s.exec(office, investigation);
    s.reject(office, { type: 'CompleteCultivation', on: '2024-02-08' }, 'min_cultivation_days');
    s.exec(office, { type: 'CompleteCultivation', on: '2024-02-09' });
    expect(s.state).toBe('sponsorship');
  });

  it('CompleteCultivation cannot be dated before cultivation began, even with a zero minimum', () => {
    const s = at('cultivation');
    s.exec(office, investigation);
    // The date rule every command goes through answers first: it would come before the previous step.
    s.reject(office, { type: 'CompleteCultivation', on: '2024-01-09' }, 'date_before_previous_step');
  });
});

describe('sponsorship', () => {
  it('the first endorsement stays in sponsorship; the second distinct sponsor → branch_review', () => {
    const s = at('sponsorship');
    expect(s.allowed().sort()).toEqual(['EndorseAsSponsor', 'WithdrawApplication']);
    s.exec(sponsor1, { type: 'EndorseAsSponsor', opinion: 'I vouch for him', on: '2024-03-05' });
    expect(s.state).toBe('sponsorship');
    expect(s.history.at(-1)?.data).toEqual({ memberId: 'm1', memberName: 'Li Na', opinion: 'I vouch for him' });
    s.exec(sponsor2, { type: 'EndorseAsSponsor', opinion: 'Active', on: '2024-03-06' });
    expect(s.state).toBe('branch_review');
    expect(s.context.sponsors.map((x) => x.memberId)).toEqual(['m1', 'm2']);
    s.expectReplayable();
  });

  it('the sponsor is the principal’s own member: it asks the roster for it', () => {
    const context = at('sponsorship').context as never;
    const needs = recruitment.commands.EndorseAsSponsor?.needs;
    expect(needs?.({ type: 'EndorseAsSponsor', opinion: 'x' } as never, context, sponsor1, '2024-03-01')).toEqual({ members: ['m1'] });
    expect(needs?.({ type: 'EndorseAsSponsor', opinion: 'x' } as never, context, principal(['member']), '2024-03-01')).toEqual({});
  });

  it('a member principal not linked to a member cannot sponsor: forbidden_role (403)', () => {
    const s = at('sponsorship');
    const error = s.reject(principal(['member']), { type: 'EndorseAsSponsor', opinion: 'x' }, 'forbidden_role');
    expect(error.status).toBe(403);
  });

  it.each([
    ['not in the roster', 'nobody'],
    ['departed', 'gone'],
    ['not yet a member on that date', 'future'],
    ['the applicant (same name and birth date)', 'twin'],
  ])('refuses a sponsor who is %s: invalid_sponsor', (_why, memberId) => {
    const s = at('sponsorship');
    s.reject(memberAs(memberId), { type: 'EndorseAsSponsor', opinion: 'x', on: '2024-03-05' }, 'invalid_sponsor');
  });

  it('refuses the same sponsor twice (even through another principal): invalid_sponsor', () => {
    const s = at('sponsorship');
    s.exec(sponsor1, { type: 'EndorseAsSponsor', opinion: 'x' });
    s.reject(sponsor1, { type: 'EndorseAsSponsor', opinion: 'again' }, 'invalid_sponsor');
    s.reject(memberAs('m1'), { type: 'EndorseAsSponsor', opinion: 'again' }, 'invalid_sponsor');
    expect(s.state).toBe('sponsorship');
  });
});

describe('branch_review', () => {
  it('a passed branch vote → committee_review, with `passed` stored', () => {
    const s = at('committee_review');
    expect(s.history.at(-1)?.data).toEqual({ eligible: 10, present: 8, approve: 6, reject: 1, abstain: 1, passed: true });
    expect(s.context.branchVote).toEqual({ eligible: 10, present: 8, approve: 6, reject: 1, abstain: 1, passed: true, on: '2024-03-20' });
    expect(s.allowed().sort()).toEqual(['CastVote', 'CloseVote', 'WithdrawApplication']);
    s.expectReplayable();
  });

  it.each([
    ['half the eligible present is no quorum', { eligible: 10, present: 5, approve: 5, reject: 0, abstain: 0 }],
    ['half the present approving is not a majority', { eligible: 10, present: 6, approve: 3, reject: 3, abstain: 0 }],
  ])('a failed branch vote → rejected: %s', (_why, tally) => {
    const s = at('branch_review');
    s.exec(branchChair, { type: 'RecordBranchVote', ...tally });
    expect(s.state).toBe('rejected');
    expect(s.status).toBe('done');
    expect(s.history.at(-1)?.data).toEqual({ ...tally, passed: false });
    s.expectReplayable();
  });

  it('passes at the smallest majorities', () => {
    const s = at('branch_review');
    s.exec(branchChair, { type: 'RecordBranchVote', eligible: 10, present: 6, approve: 4, reject: 2, abstain: 0 });
    expect(s.state).toBe('committee_review');
  });

  it('only the chair of the applicant’s branch may record it: forbidden_role', () => {
    const s = at('branch_review');
    s.reject(otherBranchChair, branchVote, 'forbidden_role');
    s.reject(principal(['branch_chair']), branchVote, 'forbidden_role');
  });

  it('more present than eligible: invalid_tally', () => {
    const s = at('branch_review');
    s.reject(branchChair, { ...branchVote, eligible: 7 }, 'invalid_tally');
  });

  it('more votes than present: invalid_tally', () => {
    const s = at('branch_review');
    s.reject(branchChair, { ...branchVote, approve: 7 }, 'invalid_tally');
  });

  it('refuses negative or fractional counts', () => {
    const s = at('branch_review');
    s.reject(branchChair, { ...branchVote, reject: -1 }, 'invalid_command');
    s.reject(branchChair, { ...branchVote, approve: 5.5 }, 'invalid_command');
  });
});

describe('committee_review (the shared ballot)', () => {
  it('a passed vote → city_approval', () => {
    const s = at('city_approval');
    expect(s.history.at(-1)?.data).toEqual({
      tally: { approve: 5, reject: 0, abstain: 0, cast: 5, committeeSize: 9 },
      outcome: 'passed',
    });
    expect(s.allowed().sort()).toEqual(['ApproveAdmission', 'RejectAdmission', 'WithdrawApplication']);
    s.expectReplayable();
  });

  it('a failed vote → rejected', () => {
    const s = at('committee_review');
    for (const [i, voter] of committee.entries()) s.exec(voter, { type: 'CastVote', decision: i < 2 ? 'approve' : 'reject' });
    s.exec(chair, { type: 'CloseVote' });
    expect(s.state).toBe('rejected');
    expect(s.context.ballot.result?.outcome).toBe('failed');
    s.expectReplayable();
  });

  it('no quorum: quorum_not_met; one vote per member: already_voted', () => {
    const s = at('committee_review');
    s.exec(committee[0] ?? chair, { type: 'CastVote', decision: 'approve' });
    s.reject(committee[0] ?? chair, { type: 'CastVote', decision: 'approve' }, 'already_voted');
    s.reject(chair, { type: 'CloseVote' }, 'quorum_not_met');
    expect(s.state).toBe('committee_review');
  });
});

describe('city_approval', () => {
  it('ApproveAdmission → admitted: a member from the approval date, with what the roster needs', () => {
    const s = at('admitted', { instanceId: 'app-7', admissionsInYear: 2 });
    expect(s.history.at(-1)?.data).toEqual({
      approvalNo: 'HN-2024-07',
      memberId: 'm-app-7',
      joinedOn: '2024-05-10',
      overQuota: false,
      quota: 3,
      admissionsBefore: 2,
      applicant,
      branchId: 'b1',
    });
    expect(s.context.admission).toMatchObject({ memberId: 'm-app-7', joinedOn: '2024-05-10', overQuota: false });
    s.expectReplayable();
  });

  it('an admission beyond the year’s quota is allowed but recorded overQuota', () => {
    const s = at('admitted', { admissionsInYear: 3 });
    expect(s.history.at(-1)?.data).toMatchObject({ overQuota: true, quota: 3, admissionsBefore: 3 });
    const t = at('admitted', { admissionsInYear: 3, settings: { recruitmentQuota: 4 } });
    expect(t.history.at(-1)?.data).toMatchObject({ overQuota: false, quota: 4 });
  });

  it('counts the admissions of the year of the business date the engine passes', () => {
    const s = at('city_approval');
    const needs = recruitment.commands.ApproveAdmission?.needs;
    expect(needs?.({ type: 'ApproveAdmission', approvalNo: 'x', on: '2025-01-02' } as never, s.context as never, city, '2025-01-02')).toEqual({
      admissionsInYear: 2025,
    });
    expect(needs?.({ type: 'ApproveAdmission', approvalNo: 'x' } as never, s.context as never, city, '2024-12-31')).toEqual({ admissionsInYear: 2024 });
  });

  it('RejectAdmission → rejected (final), with the reason', () => {
    const s = at('city_approval');
    s.exec(city, { type: 'RejectAdmission', reason: 'Quota', on: '2024-05-01' });
    expect(s.state).toBe('rejected');
    expect(s.status).toBe('done');
    expect(s.context.rejection).toEqual({ reason: 'Quota', on: '2024-05-01', by: 'AdmissionRejected' });
    s.expectReplayable();
  });
});

describe('admitted', () => {
  it('is not final: it waits for the induction', () => {
    const s = at('admitted');
    expect(s.status).toBe('active');
    expect(s.allowed().sort()).toEqual(['RecordInduction', 'WithdrawApplication']);
  });

  it('RecordInduction → inducted (final)', () => {
    const s = at('inducted');
    expect(s.history.at(-1)?.data).toEqual({ ceremonyOn: '2024-06-01' });
    expect(s.status).toBe('done');
    s.reject(office, { type: 'WithdrawApplication', reason: 'x' }, 'command_not_allowed');
  });
});

describe('WithdrawApplication', () => {
  const nonFinal = ['qualification_review', 'cultivation', 'sponsorship', 'branch_review', 'committee_review', 'city_approval', 'admitted'];
  it.each(nonFinal)('from %s → withdrawn (final), remembering where from', (state) => {
    const s = at(state);
    s.exec(office, { type: 'WithdrawApplication', reason: 'Moved away', on: '2024-07-01' });
    expect(s.state).toBe('withdrawn');
    expect(s.status).toBe('done');
    expect(s.context.withdrawal).toEqual({ reason: 'Moved away', fromState: state, on: '2024-07-01' });
    expect(s.allowed()).toEqual([]);
    s.reject(office, { type: 'WithdrawApplication', reason: 'again' }, 'command_not_allowed');
    s.expectReplayable();
  });
});

describe('roles', () => {
  const bodies: Record<string, Record<string, unknown>> = {
    SubmitApplication: submit,
    PassQualification: { type: 'PassQualification' },
    RejectApplication: { type: 'RejectApplication', reason: 'x' },
    AssignContact: { type: 'AssignContact', memberId: 'm1' },
    RecordInvestigation: investigation,
    CompleteCultivation: { type: 'CompleteCultivation' },
    EndorseAsSponsor: { type: 'EndorseAsSponsor', opinion: 'x' },
    RecordBranchVote: branchVote,
    CastVote: { type: 'CastVote', decision: 'approve' },
    CloseVote: { type: 'CloseVote' },
    ApproveAdmission: { type: 'ApproveAdmission', approvalNo: 'x' },
    RejectAdmission: { type: 'RejectAdmission', reason: 'x' },
    RecordInduction: { type: 'RecordInduction', ceremonyOn: '2024-06-01' },
    WithdrawApplication: { type: 'WithdrawApplication', reason: 'x' },
  };
  const allowed: Record<string, Role[]> = {
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
  };

  it('covers every command', () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(recruitment.commands).sort());
    for (const [name, roles] of Object.entries(allowed)) expect(recruitment.commands[name]?.roles).toEqual(roles);
  });

  for (const [name, roles] of Object.entries(allowed)) {
    for (const role of ROLES) {
      const expected = roles.includes(role) ? 'allowed' : 'forbidden_role';
      it(`${name} by ${role}: ${expected}`, () => {
        const s = at('start');
        const who: Principal = principal([role], { memberId: 'm1', branchId: 'b1' });
        const code = outcomeCode(() => s.exec(who, bodies[name] ?? {}));
        if (expected === 'forbidden_role') expect(code).toBe('forbidden_role');
        else expect(code).not.toBe('forbidden_role');
      });
    }
  }
});
