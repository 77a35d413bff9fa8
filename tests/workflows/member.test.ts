import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../workflows/contract.ts';
import { member, memberFacts, type MemberContext } from '../../workflows/member.ts';
import { principal, scenario, type Scenario, type ScenarioOptions } from '../support/scenario.ts';

const admin = principal(['admin']);
const office = principal(['office']);

const BRANCHES = [
  { id: 'b1', name: 'Education' },
  { id: 'b2', name: 'Health' },
];

const register = (extra: Record<string, unknown> = {}) => ({
  type: 'RegisterMember',
  name: 'Alice Wang',
  gender: 'female',
  birthDate: '1985-05-05',
  education: 'master',
  title: 'intermediate',
  employment: 'working',
  branchId: 'b1',
  joinedOn: '2010-06-01',
  ...extra,
});

const COMMANDS = {
  RegisterMember: register(),
  RecordRetirement: { type: 'RecordRetirement', on: '2024-02-01' },
  RecordDeparture: { type: 'RecordDeparture', reason: 'Moved to another city', on: '2024-02-01' },
  UpdateProfile: { type: 'UpdateProfile', title: 'senior' },
} as const;

const ALLOWED: Record<keyof typeof COMMANDS, readonly Role[]> = {
  RegisterMember: ['admin'],
  RecordRetirement: ['office'],
  RecordDeparture: ['office'],
  UpdateProfile: ['office'],
};

function registered(options: ScenarioOptions = {}, extra: Record<string, unknown> = {}): Scenario<MemberContext> {
  const s = scenario(member, { settings: { branches: BRANCHES }, today: '2024-03-01', ...options });
  // Recorded on the day the member joined, as the roster import does: later steps follow it.
  const command = register(extra);
  s.exec(admin, { on: command.joinedOn, ...command });
  return s;
}

describe('member: RegisterMember', () => {
  it('puts a member on the roster: start → active', () => {
    const s = scenario(member, { settings: { branches: BRANCHES } });
    expect(s.allowed()).toEqual(['RegisterMember']);
    s.exec(admin, register({ on: '2024-01-15' }));
    expect(s.state).toBe('active');
    expect(s.status).toBe('active');
    expect(s.history).toHaveLength(1);
    expect(s.history[0]).toMatchObject({
      type: 'MemberRegistered',
      on: '2024-01-15',
      actor: { id: admin.id, name: admin.name, role: 'admin' },
      data: {
        name: 'Alice Wang',
        gender: 'female',
        birthDate: '1985-05-05',
        education: 'master',
        title: 'intermediate',
        employment: 'working',
        branchId: 'b1',
        joinedOn: '2010-06-01',
        cpcMember: null,
        admittedBy: null,
      },
    });
    expect(s.context).toEqual({
      name: 'Alice Wang',
      gender: 'female',
      birthDate: '1985-05-05',
      education: 'master',
      title: 'intermediate',
      employment: 'working',
      branchId: 'b1',
      joinedOn: '2010-06-01',
      cpcMember: null,
      admittedBy: null,
      retiredOn: null,
      departedOn: null,
      departureReason: null,
    });
    s.expectReplayable();
  });

  it('keeps cpcMember and the admitting recruitment instance when given', () => {
    const s = registered({}, { cpcMember: true, admittedBy: 'rec-42', joinedOn: '2018-06-20' });
    expect(s.context.cpcMember).toBe(true);
    expect(s.context.admittedBy).toBe('rec-42');
    expect(s.history[0]?.data).toMatchObject({ cpcMember: true, admittedBy: 'rec-42', joinedOn: '2018-06-20' });
    s.expectReplayable();
  });

  it('registers a retired member as retired, with no retirement date', () => {
    const s = registered({}, { employment: 'retired' });
    expect(s.context.employment).toBe('retired');
    expect(s.context.retiredOn).toBeNull();
  });

  it('refuses a branch that is not in the settings (unknown_branch)', () => {
    const s = scenario(member, { settings: { branches: BRANCHES } });
    const error = s.reject(admin, register({ branchId: 'b9' }), 'unknown_branch');
    expect(error.status).toBe(422);
    s.exec(admin, register({ branchId: 'b2' }));
    expect(s.context.branchId).toBe('b2');
  });

  it('accepts any branch id while no branches are configured', () => {
    const s = scenario(member, { settings: { branches: [] } });
    s.exec(admin, register({ branchId: 'anything' }));
    expect(s.context.branchId).toBe('anything');
  });

  it('refuses to be born on or after joining (invalid_dates)', () => {
    const s = scenario(member, { settings: { branches: BRANCHES } });
    s.reject(admin, register({ birthDate: '2010-06-02' }), 'invalid_dates');
    s.reject(admin, register({ birthDate: '2010-06-01' }), 'invalid_dates');
    s.exec(admin, register({ birthDate: '2010-05-31' }));
  });

  it('validates the body: value sets, dates, unknown fields, required fields', () => {
    const s = scenario(member, { settings: { branches: BRANCHES } });
    s.reject(admin, register({ gender: 'other' }), 'invalid_command');
    s.reject(admin, register({ education: 'phd' }), 'invalid_command');
    s.reject(admin, register({ title: 'chief' }), 'invalid_command');
    s.reject(admin, register({ employment: 'unemployed' }), 'invalid_command');
    s.reject(admin, register({ birthDate: '1985-02-30' }), 'invalid_command');
    s.reject(admin, register({ cpcMember: 'yes' }), 'invalid_command');
    s.reject(admin, register({ admittedBy: 'has spaces' }), 'invalid_command');
    s.reject(admin, register({ salary: 1 }), 'invalid_command');
    s.reject(admin, register({ name: '' }), 'invalid_command');
    const { joinedOn: _omitted, ...withoutJoinedOn } = register();
    s.reject(admin, withoutJoinedOn, 'invalid_command');
  });

  it('cannot register the same stream twice', () => {
    const s = registered();
    s.reject(admin, register(), 'command_not_allowed');
  });

  it('accepts no other command on a new stream', () => {
    const s = scenario(member);
    s.reject(office, COMMANDS.RecordRetirement, 'command_not_allowed');
    s.reject(office, COMMANDS.RecordDeparture, 'command_not_allowed');
    s.reject(office, COMMANDS.UpdateProfile, 'command_not_allowed');
  });
});

describe('member: RecordRetirement', () => {
  it('sets employment to retired and records the date (active → active)', () => {
    const s = registered();
    s.exec(office, { type: 'RecordRetirement', on: '2024-02-01' });
    expect(s.state).toBe('active');
    expect(s.context.employment).toBe('retired');
    expect(s.context.retiredOn).toBe('2024-02-01');
    expect(s.history[1]).toMatchObject({ type: 'RetirementRecorded', on: '2024-02-01', data: { retiredOn: '2024-02-01' } });
    s.expectReplayable();
  });

  it('defaults the date to today', () => {
    const s = registered({ today: '2024-03-05' });
    s.exec(office, { type: 'RecordRetirement' });
    expect(s.context.retiredOn).toBe('2024-03-05');
  });

  it('refuses a member who is already retired (already_retired)', () => {
    const s = registered();
    s.exec(office, { type: 'RecordRetirement', on: '2024-02-01' });
    s.reject(office, { type: 'RecordRetirement', on: '2024-02-02' }, 'already_retired');
    const imported = registered({}, { employment: 'retired' });
    imported.reject(office, { type: 'RecordRetirement' }, 'already_retired');
  });

  it('refuses a retirement before the member joined (invalid_dates)', () => {
    const s = registered();
    s.reject(office, { type: 'RecordRetirement', on: '2010-05-31' }, 'date_before_previous_step');
    s.exec(office, { type: 'RecordRetirement', on: '2010-06-01' });
  });

  it('takes no fields besides on and comment', () => {
    registered().reject(office, { type: 'RecordRetirement', retiredOn: '2024-01-01' }, 'invalid_command');
  });
});

describe('member: RecordDeparture', () => {
  it('ends the membership: active → departed (final)', () => {
    const s = registered();
    s.exec(office, { type: 'RecordDeparture', reason: 'Moved to another city', on: '2024-02-01', comment: 'letter on file' });
    expect(s.state).toBe('departed');
    expect(s.status).toBe('done');
    expect(s.context.departedOn).toBe('2024-02-01');
    expect(s.context.departureReason).toBe('Moved to another city');
    expect(s.history[1]).toMatchObject({
      type: 'DepartureRecorded',
      comment: 'letter on file',
      data: { reason: 'Moved to another city', departedOn: '2024-02-01' },
    });
    expect(s.allowed()).toEqual([]);
    s.expectReplayable();
  });

  it('accepts nothing after the departure', () => {
    const s = registered();
    s.exec(office, COMMANDS.RecordDeparture);
    s.reject(office, COMMANDS.RecordRetirement, 'command_not_allowed');
    s.reject(office, COMMANDS.UpdateProfile, 'command_not_allowed');
    s.reject(office, COMMANDS.RecordDeparture, 'command_not_allowed');
    s.reject(admin, register(), 'command_not_allowed');
  });

  it('needs a reason', () => {
    const s = registered();
    s.reject(office, { type: 'RecordDeparture' }, 'invalid_command');
    s.reject(office, { type: 'RecordDeparture', reason: '' }, 'invalid_command');
  });

  it('refuses a departure before the member joined (invalid_dates)', () => {
    const s = registered();
    s.reject(office, { type: 'RecordDeparture', reason: 'Error', on: '2010-05-31' }, 'date_before_previous_step');
    s.exec(office, { type: 'RecordDeparture', reason: 'Left the same day', on: '2010-06-01' });
  });
});

describe('member: UpdateProfile', () => {
  it('changes only the given fields (active → active)', () => {
    const s = registered();
    s.exec(office, { type: 'UpdateProfile', title: 'senior', education: 'doctorate', on: '2024-02-10' });
    expect(s.state).toBe('active');
    expect(s.context).toMatchObject({ name: 'Alice Wang', title: 'senior', education: 'doctorate', branchId: 'b1' });
    expect(s.history[1]).toMatchObject({ type: 'ProfileUpdated', data: { title: 'senior', education: 'doctorate' } });
    expect(Object.keys(s.history[1]?.data ?? {}).sort()).toEqual(['education', 'title']);
    s.expectReplayable();
  });

  it('can change every profile field at once', () => {
    const s = registered();
    const changes = {
      name: 'Alice Wang-Li',
      gender: 'male',
      birthDate: '1986-01-01',
      education: 'bachelor',
      title: 'junior',
      employment: 'retired',
      branchId: 'b2',
    };
    s.exec(office, { type: 'UpdateProfile', ...changes });
    expect(s.context).toMatchObject(changes);
    expect(s.context.joinedOn).toBe('2010-06-01');
    s.expectReplayable();
  });

  it('needs at least one field (empty_update)', () => {
    const s = registered();
    s.reject(office, { type: 'UpdateProfile' }, 'empty_update');
    s.reject(office, { type: 'UpdateProfile', comment: 'nothing' }, 'empty_update');
  });

  it('refuses a branch that is not in the settings (unknown_branch)', () => {
    const s = registered();
    s.reject(office, { type: 'UpdateProfile', branchId: 'b9' }, 'unknown_branch');
    s.exec(office, { type: 'UpdateProfile', branchId: 'b2' });
    expect(s.context.branchId).toBe('b2');
  });

  it('refuses a birth date on or after joining (invalid_dates)', () => {
    const s = registered();
    s.reject(office, { type: 'UpdateProfile', birthDate: '2010-06-01' }, 'invalid_dates');
    s.exec(office, { type: 'UpdateProfile', birthDate: '2010-05-31' });
  });

  it('refuses fields it cannot change', () => {
    const s = registered();
    s.reject(office, { type: 'UpdateProfile', joinedOn: '2011-01-01' }, 'invalid_command');
    s.reject(office, { type: 'UpdateProfile', cpcMember: true }, 'invalid_command');
    s.reject(office, { type: 'UpdateProfile', title: 'chief' }, 'invalid_command');
  });

  it('correcting employment back to working forgets the retirement date', () => {
    const s = registered();
    s.exec(office, { type: 'RecordRetirement', on: '2024-02-01' });
    s.exec(office, { type: 'UpdateProfile', name: 'Alice W.', on: '2024-02-10' });
    expect(s.context.retiredOn).toBe('2024-02-01');
    s.exec(office, { type: 'UpdateProfile', employment: 'working', on: '2024-02-10' });
    expect(s.context.employment).toBe('working');
    expect(s.context.retiredOn).toBeNull();
    s.exec(office, { type: 'RecordRetirement', on: '2024-02-20' });
    expect(s.context.retiredOn).toBe('2024-02-20');
    s.expectReplayable();
  });

  it('setting employment to retired by correction makes RecordRetirement refuse', () => {
    const s = registered();
    s.exec(office, { type: 'UpdateProfile', employment: 'retired' });
    expect(s.context.retiredOn).toBeNull();
    s.reject(office, { type: 'RecordRetirement' }, 'already_retired');
  });
});

describe('member: memberFacts', () => {
  it('gives the roster facts of a current member', () => {
    const s = registered();
    expect(memberFacts('m1', s.context, true)).toEqual({
      id: 'm1',
      name: 'Alice Wang',
      gender: 'female',
      birthDate: '1985-05-05',
      education: 'master',
      title: 'intermediate',
      employment: 'working',
      branchId: 'b1',
      joinedOn: '2010-06-01',
      current: true,
    });
  });

  it('follows retirement, profile changes and departure', () => {
    const s = registered();
    s.exec(office, { type: 'RecordRetirement', on: '2024-02-01' });
    s.exec(office, { type: 'UpdateProfile', branchId: 'b2', on: '2024-02-01' });
    s.exec(office, COMMANDS.RecordDeparture);
    const facts = memberFacts('m1', s.context, s.status !== 'done');
    expect(facts).toMatchObject({ employment: 'retired', branchId: 'b2', current: false });
  });
});

describe('member: roles', () => {
  const ready: Record<keyof typeof COMMANDS, () => Scenario<MemberContext>> = {
    RegisterMember: () => scenario(member, { settings: { branches: BRANCHES } }),
    RecordRetirement: () => registered(),
    RecordDeparture: () => registered(),
    UpdateProfile: () => registered(),
  };
  const cases = (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]).flatMap((command) =>
    ROLES.map((role) => [command, role, ALLOWED[command].includes(role)] as const),
  );

  it.each(cases)('%s by %s: allowed=%s', (command, role, allowed) => {
    const s = ready[command]();
    const p = principal([role]);
    if (allowed) {
      s.exec(p, COMMANDS[command]);
    } else {
      expect(s.reject(p, COMMANDS[command], 'forbidden_role').status).toBe(403);
    }
  });

  it('lists what each role may do in active', () => {
    const s = registered();
    expect(s.allowed(office)).toEqual(['RecordRetirement', 'RecordDeparture', 'UpdateProfile']);
    expect(s.allowed(admin)).toEqual([]);
    expect(s.allowed()).toEqual(['RecordRetirement', 'RecordDeparture', 'UpdateProfile']);
  });
});

describe('member: replay', () => {
  it('replays a whole life on the roster', () => {
    const s = registered({}, { cpcMember: false });
    s.exec(office, { type: 'UpdateProfile', title: 'senior', on: '2015-01-01' });
    s.exec(office, { type: 'RecordRetirement', on: '2020-07-01' });
    s.exec(office, { type: 'UpdateProfile', branchId: 'b2', on: '2021-01-01' });
    s.exec(office, { type: 'RecordDeparture', reason: 'Passed away', on: '2023-11-11' });
    expect(s.history.map((e) => e.type)).toEqual([
      'MemberRegistered',
      'ProfileUpdated',
      'RetirementRecorded',
      'ProfileUpdated',
      'DepartureRecorded',
    ]);
    expect(s.context).toMatchObject({ title: 'senior', employment: 'retired', retiredOn: '2020-07-01', branchId: 'b2', departedOn: '2023-11-11' });
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
    s.expectReplayable();
  });
});
