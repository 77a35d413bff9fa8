/**
 * What a clerk needs to never see an id: pickers by name (GET /directory), display names of the ids
 * an instance refers to, case numbers per workflow and year (assigned atomically, searchable), and
 * who acts next on every instance and list row, from the machine's own rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { send, view } from '../support/view-helpers.ts';

interface Step {
  command: string;
  kind: string;
  dueOn: string | null;
  roles: string[];
  people: { id: string; name: string }[];
  peopleCount: number;
}

describe('names, case numbers and who acts next', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  let handler: TestPrincipal;
  let otherHandler: TestPrincipal;
  let chair: TestPrincipal;
  let member: TestPrincipal;
  let office: TestPrincipal;
  let collectionId: string;

  const register = (extra: Record<string, unknown> = {}) =>
    send(t, manager, 'suggestion', {
      type: 'RegisterSuggestion',
      receivedOn: '2024-02-20',
      channel: 'online',
      category: '道路交通',
      content: '建议增设公交站',
      submitter: { name: '市民', contact: '139' },
      ...extra,
    });

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager'], { name: '周管理' });
    handler = await t.principal(['handler'], { name: '许文杰' });
    otherHandler = await t.principal(['handler'], { name: '沈丽华' });
    chair = await t.principal(['chair'], { name: '李主委' });
    member = await t.principal(['member'], { name: '普通成员' });
    office = await t.principal(['office'], { name: '办公室' });
    await t.principal(['host_unit'], { name: '发改局联络员', hostUnit: '海宁市发展和改革局' });
    const branches = [{ id: 'health', name: '医卫支部' }, { id: 'edu', name: '教育支部' }];
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { branches } })).statusCode).toBe(200);
    const members = [
      { id: 'm1', name: '张伟', gender: 'male', birthDate: '1985-04-02', education: 'master', title: 'senior', employment: 'working', branchId: 'health', joinedOn: '2010-06-01' },
      { id: 'm2', name: '刘芳', gender: 'female', birthDate: '1992-09-10', education: 'bachelor', title: 'intermediate', employment: 'working', branchId: 'edu', joinedOn: '2015-03-01' },
    ];
    expect((await t.as(t.admin, { method: 'POST', url: '/members/import', payload: members })).statusCode).toBe(201);
    const collected = await t.as(manager, { method: 'POST', url: '/collections', payload: { box: '县政府门口', collectedOn: '2024-02-18', count: 3 } });
    expect(collected.statusCode).toBe(201);
    collectionId = collected.json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds people, members, branches, collections and host units by name, with nothing personal', async () => {
    const handlers = await view<{ items: unknown[] }>(t, manager, `/directory?kind=principal&role=handler&q=${encodeURIComponent('许')}`);
    expect(handlers.items).toEqual([{ id: handler.id, name: '许文杰', branchId: null, branchName: null }]);
    const members = await view<{ items: unknown[] }>(t, office, `/directory?kind=member&q=${encodeURIComponent('张')}`);
    expect(members.items).toEqual([{ id: 'm1', name: '张伟', branchId: 'health', branchName: '医卫支部' }]);
    const branches = await view<{ items: unknown[] }>(t, member, `/directory?kind=branch&q=${encodeURIComponent('教育')}`);
    expect(branches.items).toEqual([{ id: 'edu', name: '教育支部', branchId: null, branchName: null }]);
    const collections = await view<{ items: unknown[] }>(t, manager, '/directory?kind=collection&q=2024-02');
    expect(collections.items).toEqual([{ id: collectionId, name: '县政府门口 · 2024-02-18', branchId: null, branchName: null }]);
    const units = await view<{ items: unknown[] }>(t, member, `/directory?kind=hostUnit&q=${encodeURIComponent('发展和改革')}`);
    expect(units.items).toEqual([{ id: '海宁市发展和改革局', name: '海宁市发展和改革局', branchId: null, branchName: null }]);
    // Who may look a kind up follows the commands that name one: a member may not list the roster or the principals.
    for (const kind of ['member', 'principal', 'collection']) {
      const res = await t.as(member, { method: 'GET', url: `/directory?kind=${kind}` });
      expect(res.statusCode, kind).toBe(403);
    }
    expect((await t.as(handler, { method: 'GET', url: '/directory?kind=principal' })).statusCode).toBe(403);
    expect((await t.as(manager, { method: 'GET', url: '/directory?kind=nobody' })).statusCode).toBe(400);
    // The schemas say which fields are pickers.
    const workflows = await view<{ workflows: { name: string; commands: { type: string; kind: string; schema: { properties: Record<string, Record<string, unknown>> } }[] }[] }>(t, manager, '/workflows');
    const suggestion = workflows.workflows.find((w) => w.name === 'suggestion');
    expect(suggestion?.commands.find((c) => c.type === 'AssignHandler')?.schema.properties.principalId?.['x-docket-ref']).toBe('principal');
    expect(suggestion?.commands.find((c) => c.type === 'RegisterSuggestion')?.schema.properties.collectionId?.['x-docket-ref']).toBe('collection');
    const recruitment = workflows.workflows.find((w) => w.name === 'recruitment');
    expect(recruitment?.commands.at(-1)?.kind).toBe('backward');
  });

  it('numbers cases per workflow and year, once each even when started at the same moment', async () => {
    const started = await Promise.all(Array.from({ length: 8 }, (_, i) => register({ content: `并发 ${i}` })));
    const numbers = await Promise.all(started.map(async (s) => (await view<{ number: string }>(t, manager, `/workflows/suggestion/instances/${s.id}`)).number));
    expect(new Set(numbers).size).toBe(8);
    expect([...numbers].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `2024-意见-${String(i + 1).padStart(3, '0')}`));
    // Another year starts again at 001; the year is the start's business date.
    const lastYear = await register({ receivedOn: '2023-12-20', on: '2023-12-28' });
    expect((await view<{ number: string }>(t, manager, `/workflows/suggestion/instances/${lastYear.id}`)).number).toBe('2023-意见-001');
    // Searchable by the number, by its sequence, and by text of the case.
    const byNumber = await view<{ items: { id: string; number: string }[] }>(t, manager, `/workflows/suggestion/instances?q=${encodeURIComponent('2024-意见-003')}`);
    expect(byNumber.items.map((i) => i.number)).toEqual(['2024-意见-003']);
    expect((await view<{ items: unknown[] }>(t, manager, '/workflows/suggestion/instances?q=3')).items).toHaveLength(1);
    const byText = await view<{ items: { id: string }[] }>(t, manager, `/workflows/suggestion/instances?q=${encodeURIComponent('并发 5')}`);
    expect(byText.items).toHaveLength(1);
    // A workflow without numbers has none.
    const members = await view<{ items: { number: string | null }[] }>(t, manager, '/workflows/member/instances');
    expect(members.items.every((m) => m.number === null)).toBe(true);
  });

  it('says who acts next, by name and by when, forward steps first; the handler and branch show by name', async () => {
    const s = await register({ content: '谁来办' });
    const registered = await view<{ number: string; next: Step[]; names: unknown }>(t, manager, `/workflows/suggestion/instances/${s.id}`);
    expect(registered.next.map((n) => n.command)).toEqual(['AssignHandler', 'Reply']);
    expect(registered.next[0]).toMatchObject({ kind: 'forward', dueOn: '2024-03-06', roles: ['suggestion_manager'], people: [{ id: manager.id, name: '周管理' }], peopleCount: 1 });

    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: handler.id }, s.id);
    const assigned = await view<{ data: { handlerId: string }; next: Step[]; names: { principal: Record<string, string> } }>(
      t,
      manager,
      `/workflows/suggestion/instances/${s.id}`,
    );
    expect(assigned.names.principal[assigned.data.handlerId]).toBe('许文杰');
    const reply = assigned.next.find((n) => n.command === 'Reply');
    // Only the assigned handler (and the managers) may reply: never the other handler.
    expect(reply?.people.map((p) => p.name).sort()).toEqual(['周管理', '许文杰']);
    expect(assigned.next.flatMap((n) => n.people.map((p) => p.name))).not.toContain(otherHandler.name);

    // The same in lists: the instances, the pending replies, the handler's inbox (with why it is there).
    const list = await view<{ items: { id: string; number: string; next: Step[]; names: { principal: Record<string, string> } }[] }>(
      t,
      manager,
      `/workflows/suggestion/instances?q=${encodeURIComponent(registered.number)}`,
    );
    expect(list.items[0]?.names.principal[handler.id]).toBe('许文杰');
    expect(list.items[0]?.next.find((n) => n.command === 'Reply')?.people.map((p) => p.name)).toContain('许文杰');
    const pending = await view<{ items: { id: string; number: string; handlerName: string; next: Step[] }[] }>(t, manager, '/views/suggestions/pending-replies');
    expect(pending.items.find((p) => p.id === s.id)).toMatchObject({ number: registered.number, handlerName: '许文杰' });
    const inbox = await view<{ items: { id: string; number: string; why: unknown[]; next: Step[] }[] }>(t, handler, '/views/inbox');
    expect(inbox.items.find((i) => i.id === s.id)).toMatchObject({
      number: registered.number,
      why: [{ reason: 'action', role: 'handler', scope: 'assigned' }],
    });

    // Once replied and closed, nobody is waited on.
    await send(t, handler, 'suggestion', { type: 'Reply', method: 'written', content: '已答复' }, s.id);
    await send(t, manager, 'suggestion', { type: 'Close' }, s.id);
    expect((await view<{ next: Step[] }>(t, manager, `/workflows/suggestion/instances/${s.id}`)).next).toEqual([]);
  });

  it('offers withdrawing and rejecting last, and names the branch', async () => {
    const application = await send(t, office, 'recruitment', {
      type: 'SubmitApplication',
      receivedOn: '2024-02-25',
      branchId: 'edu',
      applicant: { name: '陈静', gender: 'female', birthDate: '1990-05-01', education: 'master', title: 'intermediate', employer: '海宁市第一中学', sector: '教育', employment: 'working', cpcMember: false },
    });
    const read = await view<{ number: string; allowedCommands: string[]; next: Step[]; names: { branch: Record<string, string> } }>(
      t,
      t.admin,
      `/workflows/recruitment/instances/${application.id}`,
    );
    expect(read.number).toBe('2024-入会-001');
    expect(read.names.branch.edu).toBe('教育支部');
    const kinds = read.next.map((n) => n.kind);
    expect(kinds.indexOf('backward')).toBeGreaterThan(kinds.lastIndexOf('forward'));
    expect(read.next.at(-1)?.kind).toBe('backward');
    // In the Jiusan vocabulary the same case reads 入社.
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { vocabulary: 'jiusan' } })).statusCode).toBe(200);
    expect((await view<{ number: string }>(t, t.admin, `/workflows/recruitment/instances/${application.id}`)).number).toBe('2024-入社-001');
  });
});
