import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, DEFAULT_SETTINGS, ROLES, type Policy } from '../../workflows/contract.ts';
import { POLICY_BOUNDS, settings, settingsFrom, type SettingsContext } from '../../workflows/settings.ts';
import { principal, scenario, type Scenario } from '../support/scenario.ts';

const admin = principal(['admin']);

const change = (extra: Record<string, unknown>) => ({ type: 'ChangeSettings', ...extra });

function changed(first: Record<string, unknown> = { committeeSize: 11 }): Scenario<SettingsContext> {
  const s = scenario(settings);
  s.exec(admin, change(first));
  return s;
}

describe('settings: ChangeSettings', () => {
  it('starts the stream: start → active, recording the full resulting settings', () => {
    const s = scenario(settings);
    expect(s.allowed()).toEqual(['ChangeSettings']);
    s.exec(admin, change({ committeeSize: 11, on: '2024-01-02' }));
    expect(s.state).toBe('active');
    expect(s.status).toBe('active');
    const expected = { ...DEFAULT_SETTINGS, committeeSize: 11 };
    expect(s.history[0]).toMatchObject({
      type: 'SettingsChanged',
      on: '2024-01-02',
      actor: { id: admin.id, name: admin.name, role: 'admin' },
      data: expected,
    });
    expect(s.history[0]?.data).toEqual(expected);
    expect(s.context).toEqual(expected);
    expect(settingsFrom(s.context)).toEqual(expected);
    s.expectReplayable();
  });

  it('is accepted again and again (active → active, never final), each change onto the last', () => {
    const s = changed({ committeeSize: 11, branches: [{ id: 'b1', name: 'Education' }] });
    expect(s.allowed(admin)).toEqual(['ChangeSettings']);
    s.exec(admin, change({ recruitmentQuota: 5 }));
    s.exec(admin, change({ policy: { replyDays: 10 } }));
    s.exec(admin, change({ policy: { maxExtensionDays: 20 } }));
    expect(s.state).toBe('active');
    expect(s.status).toBe('active');
    const expected = {
      committeeSize: 11,
      recruitmentQuota: 5,
      branches: [{ id: 'b1', name: 'Education' }],
      policy: { ...DEFAULT_POLICY, replyDays: 10, maxExtensionDays: 20 },
      vocabulary: 'generic',
      timeZone: 'Asia/Shanghai',
      categories: [],
    };
    expect(settingsFrom(s.context)).toEqual(expected);
    expect(s.history.at(-1)?.data).toEqual(expected);
    expect(s.history.map((e) => e.type)).toEqual(['SettingsChanged', 'SettingsChanged', 'SettingsChanged', 'SettingsChanged']);
    s.expectReplayable();
  });

  it('replaces the whole list of branches, and may empty it', () => {
    const s = changed({ branches: [{ id: 'b1', name: 'Education' }, { id: 'b2', name: 'Health' }] });
    s.exec(admin, change({ branches: [{ id: 'b3', name: 'Culture' }] }));
    expect(settingsFrom(s.context).branches).toEqual([{ id: 'b3', name: 'Culture' }]);
    s.exec(admin, change({ branches: [] }));
    expect(settingsFrom(s.context).branches).toEqual([]);
    s.expectReplayable();
  });

  it('needs at least one field (empty_update)', () => {
    const s = scenario(settings);
    s.reject(admin, change({}), 'empty_update');
    s.reject(admin, change({ comment: 'nothing', on: '2024-01-01' }), 'empty_update');
    s.exec(admin, change({ recruitmentQuota: 0 }));
    s.reject(admin, change({}), 'empty_update');
  });

  it('refuses two branches with the same id (duplicate_branch)', () => {
    const s = scenario(settings);
    const error = s.reject(
      admin,
      change({ branches: [{ id: 'b1', name: 'Education' }, { id: 'b2', name: 'Health' }, { id: 'b1', name: 'Culture' }] }),
      'duplicate_branch',
    );
    expect(error.status).toBe(422);
    s.exec(admin, change({ branches: [{ id: 'b1', name: 'Education' }, { id: 'b2', name: 'Education' }] }));
  });

  it('bounds committeeSize to 1..99 and recruitmentQuota to 0..1000, whole numbers', () => {
    const s = scenario(settings);
    s.reject(admin, change({ committeeSize: 0 }), 'invalid_command');
    s.reject(admin, change({ committeeSize: 100 }), 'invalid_command');
    s.reject(admin, change({ committeeSize: 9.5 }), 'invalid_command');
    s.reject(admin, change({ recruitmentQuota: -1 }), 'invalid_command');
    s.reject(admin, change({ recruitmentQuota: 1001 }), 'invalid_command');
    s.exec(admin, change({ committeeSize: 1, recruitmentQuota: 0 }));
    s.exec(admin, change({ committeeSize: 99, recruitmentQuota: 1000 }));
    expect(settingsFrom(s.context)).toMatchObject({ committeeSize: 99, recruitmentQuota: 1000 });
  });

  it.each(Object.entries(POLICY_BOUNDS) as [keyof Policy, readonly [number, number]][])(
    'bounds policy.%s to %j',
    (field, [min, max]) => {
      const s = scenario(settings);
      s.reject(admin, change({ policy: { [field]: min - 1 } }), 'invalid_command');
      s.reject(admin, change({ policy: { [field]: max + 1 } }), 'invalid_command');
      s.reject(admin, change({ policy: { [field]: min + 0.5 } }), 'invalid_command');
      s.exec(admin, change({ policy: { [field]: min } }));
      s.exec(admin, change({ policy: { [field]: max } }));
      expect(settingsFrom(s.context).policy[field]).toBe(max);
      expect(DEFAULT_POLICY[field]).toBeGreaterThanOrEqual(min);
      expect(DEFAULT_POLICY[field]).toBeLessThanOrEqual(max);
    },
  );

  it('validates the body: unknown fields, empty policy, branch shape', () => {
    const s = scenario(settings);
    s.reject(admin, change({ committeeSize: 9, theme: 'dark' }), 'invalid_command');
    s.reject(admin, change({ policy: {} }), 'invalid_command');
    s.reject(admin, change({ policy: { quorum: 3 } }), 'invalid_command');
    s.reject(admin, change({ branches: [{ id: 'b1' }] }), 'invalid_command');
    s.reject(admin, change({ branches: [{ id: 'b 1', name: 'Education' }] }), 'invalid_command');
    s.reject(admin, change({ branches: [{ id: 'b1', name: 'Education', chair: 'x' }] }), 'invalid_command');
    s.reject(admin, change({ branches: [{ id: 'b1', name: '' }] }), 'invalid_command');
  });
});

describe('settings: settingsFrom', () => {
  it('gives the defaults before any change', () => {
    expect(settingsFrom({})).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom(scenario(settings).context)).toEqual(DEFAULT_SETTINGS);
  });

  it('fills policy fields a recorded change did not know, field by field', () => {
    const recorded: SettingsContext = { committeeSize: 7, recruitmentQuota: 2, branches: [], policy: { replyDays: 20 } };
    expect(settingsFrom(recorded)).toEqual({ ...DEFAULT_SETTINGS, committeeSize: 7, recruitmentQuota: 2, policy: { ...DEFAULT_POLICY, replyDays: 20 } });
  });

  it('returns fresh data the caller may not use to change the context', () => {
    const s = changed({ branches: [{ id: 'b1', name: 'Education' }] });
    const out = settingsFrom(s.context);
    out.branches.push({ id: 'b2', name: 'Health' });
    out.policy.replyDays = 1;
    expect(settingsFrom(s.context).branches).toHaveLength(1);
    expect(settingsFrom(s.context).policy.replyDays).toBe(DEFAULT_POLICY.replyDays);
  });

  it('is the instance view', () => {
    const s = changed({ committeeSize: 13 });
    expect(settings.view?.(s.context)).toEqual({ ...DEFAULT_SETTINGS, committeeSize: 13 });
  });
});

describe('settings: roles', () => {
  it.each(ROLES.map((role) => [role, role === 'admin'] as const))('ChangeSettings by %s: allowed=%s', (role, allowed) => {
    for (const s of [scenario(settings), changed()]) {
      const p = principal([role]);
      if (allowed) s.exec(p, change({ recruitmentQuota: 4 }));
      else expect(s.reject(p, change({ recruitmentQuota: 4 }), 'forbidden_role').status).toBe(403);
    }
  });
});
