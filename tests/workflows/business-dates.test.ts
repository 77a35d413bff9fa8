/**
 * Dates that can be true, for every workflow: a step is not dated after today (the organisation's
 * day), nor before the instance's previous step by a person; a reply does not predate the receipt.
 */
import { describe, expect, it } from 'vitest';
import { suggestion } from '../../workflows/suggestion.ts';
import { recruitment } from '../../workflows/recruitment.ts';
import { principal, scenario } from '../support/scenario.ts';

const manager = principal(['suggestion_manager'], { id: 'manager', name: 'Manager' });
const handler = principal(['handler'], { id: 'h1', name: 'Handler One' });
const office = principal(['office'], { id: 'office', name: 'Office' });

const register = (extra: Record<string, unknown> = {}) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-02-20',
  channel: 'online',
  category: 'transport',
  content: 'More buses',
  submitter: { name: 'Zhang Wei', contact: '138' },
  on: '2024-02-21',
  ...extra,
});

describe('business dates', () => {
  it('refuses a step dated after today (date_in_future), today itself is fine', () => {
    const s = scenario(suggestion, { today: '2024-03-01', clockFollowsSteps: false });
    const refused = s.reject(manager, register({ receivedOn: '2024-03-01', on: '2024-03-02' }), 'date_in_future');
    expect(refused.status).toBe(422);
    expect(refused.message).toContain('2024-03-02');
    s.exec(manager, register({ receivedOn: '2024-03-01', on: '2024-03-01' }));
    s.reject(manager, { type: 'AssignHandler', principalId: handler.id, on: '2024-03-05' }, 'date_in_future');
  });

  it('refuses a step dated before the previous one (date_before_previous_step), naming its date', () => {
    const s = scenario(suggestion, { today: '2024-03-01', clockFollowsSteps: false });
    s.exec(manager, register());
    const refused = s.reject(manager, { type: 'AssignHandler', principalId: handler.id, on: '2024-02-20' }, 'date_before_previous_step');
    expect((refused as unknown as { extra: Record<string, unknown> }).extra).toMatchObject({ previousOn: '2024-02-21' });
    s.exec(manager, { type: 'AssignHandler', principalId: handler.id, on: '2024-02-21' });
    s.reject(handler, { type: 'Reply', method: 'written', content: 'x', on: '2024-02-20' }, 'date_before_previous_step');
    s.exec(handler, { type: 'Reply', method: 'written', content: 'x', on: '2024-02-28' });
    s.reject(manager, { type: 'Close', on: '2024-02-27' }, 'date_before_previous_step');
  });

  it('a reply never predates the receipt: it follows the registration, itself not before the receipt', () => {
    scenario(suggestion, { today: '2024-12-08', clockFollowsSteps: false }).reject(manager, register({ receivedOn: '2024-12-04', on: '2024-12-03' }), 'received_after_registration');
    const s = scenario(suggestion, { today: '2024-12-08', clockFollowsSteps: false });
    s.exec(manager, register({ receivedOn: '2024-12-04', on: '2024-12-04' }));
    const refused = s.reject(manager, { type: 'Reply', method: 'written', content: 'x', on: '2024-11-01' }, 'date_before_previous_step');
    expect(refused.status).toBe(422);
    expect(s.context.reply).toBeNull();
  });

  it('applies to every workflow: an application’s steps follow its submission', () => {
    const s = scenario(recruitment, { today: '2024-03-01', clockFollowsSteps: false });
    s.exec(office, {
      type: 'SubmitApplication',
      receivedOn: '2024-02-10',
      branchId: 'b1',
      on: '2024-02-12',
      applicant: { name: 'Chen', gender: 'female', birthDate: '1990-05-01', education: 'master', title: 'intermediate', employer: 'School', sector: 'education', employment: 'working', cpcMember: false },
    });
    s.reject(office, { type: 'PassQualification', on: '2024-02-11' }, 'date_before_previous_step');
    s.reject(office, { type: 'PassQualification', on: '2024-03-02' }, 'date_in_future');
    s.exec(office, { type: 'PassQualification', on: '2024-02-12' });
  });
});

describe('suggestion categories', () => {
  it('takes a category from the managed list once the settings have one (unknown_category)', () => {
    const settings = { categories: ['交通', '教育'] };
    scenario(suggestion, { today: '2024-03-01', settings }).reject(manager, register({ category: 'transport' }), 'unknown_category');
    scenario(suggestion, { today: '2024-03-01', settings }).exec(manager, register({ category: '交通' }));
    // No list: any category, as before.
    scenario(suggestion, { today: '2024-03-01' }).exec(manager, register({ category: 'transport' }));
  });
});
