import { describe, expect, it } from 'vitest';
import { activity } from '../../workflows/activity.ts';
import { member, principal, scenario } from '../support/scenario.ts';

const members = [member('m1'), member('m2', { joinedOn: '2018-06-01' })];
const record = (extra: Record<string, unknown> = {}) => ({
  type: 'RecordActivity',
  date: '2018-05-20',
  kind: 'study',
  title: 'Study session',
  place: 'Town hall',
  participants: ['m1'],
  ...extra,
});

describe('activity', () => {
  const office = principal(['office']);

  it('records an activity with its participants, then withdraws a record made in error', () => {
    const s = scenario(activity, { members });
    s.exec(office, record({ participants: ['m1', 'm2'], date: '2018-06-02' }));
    expect(s.state).toBe('recorded');
    expect(s.context).toEqual({ date: '2018-06-02', kind: 'study', title: 'Study session', place: 'Town hall', participants: ['m1', 'm2'], withdrawal: null });
    expect(s.history[0]?.actor).toEqual({ id: office.id, name: office.name, role: 'office' });
    s.exec(office, { type: 'WithdrawActivity', reason: 'Recorded twice' });
    expect(s.state).toBe('withdrawn');
    expect(s.status).toBe('done');
    expect(s.history.map((e) => e.type)).toEqual(['ActivityRecorded', 'ActivityWithdrawn']);
    s.expectReplayable();
  });

  it('refuses non-members, members who joined later, other roles and bad bodies', () => {
    const s = scenario(activity, { members });
    s.reject(office, record({ participants: ['m1', 'm2'] }), 'not_a_member');
    s.reject(office, record({ participants: ['nobody'] }), 'not_a_member');
    s.reject(principal(['chair']), record(), 'forbidden_role');
    s.reject(office, record({ participants: [] }), 'invalid_command');
    s.reject(office, record({ kind: 'party' }), 'invalid_command');
    s.reject(office, { type: 'WithdrawActivity', reason: 'x' }, 'command_not_allowed');
    s.exec(office, record());
    s.reject(office, record(), 'command_not_allowed');
  });
});
