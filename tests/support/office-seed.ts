/**
 * A small committee office for the console's browser tests and the documentation's screenshots:
 * two branches with names, six members, a clerk, a handler and a chair who sign in with a password,
 * box collections, suggestions (one of them overdue), an application and a secondment, all through
 * the HTTP API. The codes it uses (branch codes, member numbers) are listed, so that a test can
 * check that none of them is ever visible in the console.
 */
import { expect } from 'vitest';
import type { ConsoleServer } from './browser.ts';

export const TODAY = '2026-12-07';

export const BRANCHES = [
  { id: 'edu', name: '教育支社' },
  { id: 'health', name: '医卫支社' },
];

export const MEMBERS = [
  { id: 'hn-031', name: '张伟', gender: 'male', birthDate: '1975-04-02', education: 'master', title: 'senior', employment: 'working', branchId: 'edu', joinedOn: '2010-06-01' },
  { id: 'hn-032', name: '沈丽华', gender: 'female', birthDate: '1982-09-10', education: 'bachelor', title: 'intermediate', employment: 'working', branchId: 'edu', joinedOn: '2015-03-01' },
  { id: 'hn-033', name: '赵强', gender: 'male', birthDate: '1958-01-20', education: 'college', title: 'junior', employment: 'retired', branchId: 'health', joinedOn: '1995-05-01' },
  { id: 'hn-034', name: '孙丽', gender: 'female', birthDate: '1979-07-07', education: 'doctorate', title: 'senior', employment: 'working', branchId: 'health', joinedOn: '2019-02-15' },
  { id: 'hn-035', name: '周敏', gender: 'female', birthDate: '1990-01-01', education: 'master', title: 'intermediate', employment: 'working', branchId: 'health', joinedOn: '2021-01-01' },
  { id: 'hn-036', name: '吴刚', gender: 'male', birthDate: '1986-03-04', education: 'bachelor', title: 'senior', employment: 'working', branchId: 'edu', joinedOn: '2012-01-01' },
];

export const PEOPLE = {
  clerk: { name: '沈晓燕', username: 'shenxy', password: 'clerk password 1', roles: ['office', 'suggestion_manager'] },
  handler: { name: '许文杰', username: 'xuwj', password: 'handler password 1', roles: ['handler'] },
  chair: { name: '李主委', username: 'lizw', password: 'chair password 1', roles: ['chair', 'committee'] },
} as const;

/** Codes the console must never show: branch codes and member numbers. */
export const CODES = [...BRANCHES.map((b) => b.id), ...MEMBERS.map((m) => m.id)];

export interface Office {
  ids: { clerk: string; handler: string; chair: string; overdue: string; application: string; secondment: string };
}

export async function seedOffice(server: ConsoleServer): Promise<Office> {
  const admin = server.admin;
  const ok = async (response: Promise<{ statusCode: number; json(): unknown; body: string }>, status = 201) => {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as Record<string, unknown>;
  };

  const settings = (await server.as(admin, { method: 'GET', url: '/admin/settings' })).json() as { version: number; committeeSize: number; recruitmentQuota: number; policy: Record<string, number> };
  await ok(
    server.as(admin, {
      method: 'PUT',
      url: '/admin/settings',
      headers: { 'if-match': `"${settings.version}"` },
      payload: { committeeSize: 9, recruitmentQuota: 10, branches: BRANCHES, policy: settings.policy },
    }),
    200,
  );
  await ok(server.as(admin, { method: 'POST', url: '/members/import', payload: MEMBERS }));

  const ids: Record<string, string> = {};
  for (const [key, person] of Object.entries(PEOPLE)) {
    const created = await ok(server.as(admin, { method: 'POST', url: '/admin/principals', payload: { ...person, roles: [...person.roles] } }));
    ids[key] = String(created.id);
  }
  // The clerk's own work goes through a token of the clerk (an admin may not register suggestions).
  const clerkToken = String((await ok(server.as(admin, { method: 'POST', url: `/admin/principals/${ids.clerk}/token` }), 200)).token);
  const asClerk = (url: string, payload: Record<string, unknown>) => server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${clerkToken}` } });

  await ok(asClerk('/collections', { box: '北门意见箱', collectedOn: '2026-11-20', count: 1 }));
  await ok(asClerk('/collections', { box: '北门意见箱', collectedOn: '2026-12-01', count: 2 }));
  await ok(asClerk('/collections', { box: '市民中心意见箱', collectedOn: '2026-12-03', count: 1 }));

  const overdue = await ok(
    asClerk('/workflows/suggestion/instances', {
      type: 'RegisterSuggestion',
      receivedOn: '2026-11-02',
      channel: 'visit',
      category: '环境卫生',
      content: '建议整治城东菜市场周边的占道经营。',
      anonymous: false,
      submitter: { name: '王大明', contact: '13800000000' },
      on: '2026-11-02',
    }),
  );
  await server.app.docket.scheduler.tick();

  const application = await ok(
    asClerk('/workflows/recruitment/instances', {
      type: 'SubmitApplication',
      applicant: {
        name: '陈晓',
        gender: 'female',
        birthDate: '1986-05-12',
        education: 'master',
        title: 'intermediate',
        employer: '海宁市人民医院',
        sector: '医药卫生',
        employment: 'working',
        cpcMember: false,
      },
      branchId: 'health',
      receivedOn: '2026-11-20',
      on: '2026-11-21',
    }),
  );
  const secondment = await ok(
    asClerk('/workflows/secondment/instances', {
      type: 'ProposeSecondment',
      memberId: 'hn-032',
      hostUnit: '海宁市发展和改革局',
      post: '副局长',
      startsOn: '2027-01-01',
      months: 12,
      rationale: '熟悉经济工作，年富力强。',
      on: '2026-12-01',
    }),
  );
  return {
    ids: {
      clerk: ids.clerk ?? '',
      handler: ids.handler ?? '',
      chair: ids.chair ?? '',
      overdue: String(overdue.id),
      application: String(application.id),
      secondment: String(secondment.id),
    },
  };
}
