import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { applicant } from '../support/realistic-mix.ts';
import { changeSettings, refused, registerMember, send, view } from '../support/view-helpers.ts';

interface Item {
  workflow: string;
  id: string;
  state: string;
  roles: string[];
  commands: string[];
  reasons: string[];
  dueOn: string | null;
  overdue: boolean;
  since: string;
  summary: string;
}
interface Inbox {
  items: Item[];
  cursor: string | null;
}

describe('GET /views/inbox', () => {
  let t: TestApp;
  let office: TestPrincipal;
  let chair: TestPrincipal;
  let manager: TestPrincipal;
  const inbox = (who: TestPrincipal, query = '') => view<Inbox>(t, who, `/views/inbox${query}`);
  const ids = (page: Inbox) => page.items.map((i) => i.id);

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    await changeSettings(t, { committeeSize: 5, branches: [{ id: 'b1', name: 'Health' }, { id: 'b2', name: 'Education' }] });
    for (const [id, branch] of [['m1', 'b1'], ['m2', 'b1']] as const) await registerMember(t, id, branch);
    office = await t.principal(['office']);
    chair = await t.principal(['chair', 'committee']);
    manager = await t.principal(['suggestion_manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  const suggestion = (receivedOn = '2024-03-01', category = 'roads') =>
    send(t, manager, 'suggestion', {
      type: 'RegisterSuggestion',
      receivedOn,
      channel: 'online',
      category,
      content: 'Fix it',
      submitter: { name: 'Zhang', contact: '138' },
    });

  it('scopes recruitment to the branch: each branch chair sees only their branch’s applicants', async () => {
    const sponsor1 = await t.principal(['member'], { memberId: 'm1' });
    const sponsor2 = await t.principal(['member'], { memberId: 'm2' });
    const chair1 = await t.principal(['branch_chair'], { branchId: 'b1' });
    const chair2 = await t.principal(['branch_chair'], { branchId: 'b2' });
    const toBranchReview = async (name: string, branchId: string) => {
      const { id } = await send(t, office, 'recruitment', { type: 'SubmitApplication', applicant: applicant(name), branchId, receivedOn: '2024-02-01' });
      await send(t, office, 'recruitment', { type: 'PassQualification' }, id);
      await send(t, office, 'recruitment', { type: 'RecordInvestigation', employerOpinion: 'Good', summary: 'Fine', outcome: 'positive' }, id);
      await send(t, office, 'recruitment', { type: 'CompleteCultivation' }, id);
      await send(t, sponsor1, 'recruitment', { type: 'EndorseAsSponsor', opinion: 'Yes' }, id);
      expect(ids(await inbox(chair1))).not.toContain(id); // still in sponsorship
      await send(t, sponsor2, 'recruitment', { type: 'EndorseAsSponsor', opinion: 'Yes' }, id);
      return id;
    };
    const inB1 = await toBranchReview('Applicant B1', 'b1');
    const inB2 = await toBranchReview('Applicant B2', 'b2');

    const first = await inbox(chair1);
    expect(first.items).toEqual([
      {
        workflow: 'recruitment',
        id: inB1,
        state: 'branch_review',
        roles: ['branch_chair'],
        commands: ['RecordBranchVote'],
        reasons: ['action'],
        dueOn: null,
        overdue: false,
        since: '2024-03-01T09:00:00.000Z',
        summary: 'Applicant Applicant B1',
      },
    ]);
    expect(ids(await inbox(chair2))).toEqual([inB2]);
    // The office may withdraw any application: both, oldest first.
    const forOffice = (await inbox(office)).items.filter((i) => i.workflow === 'recruitment');
    expect(forOffice.map((i) => i.id)).toEqual([inB1, inB2].sort((a, b) => (a < b ? -1 : 1)));
    expect(forOffice.every((i) => i.commands.includes('WithdrawApplication'))).toBe(true);

    // After the branch vote the item leaves the branch chair's inbox and reaches the committee.
    await send(t, chair1, 'recruitment', { type: 'RecordBranchVote', eligible: 10, present: 8, approve: 6, reject: 1, abstain: 1 }, inB1);
    expect(ids(await inbox(chair1))).toEqual([]);
    const forChair = (await inbox(chair)).items.find((i) => i.id === inB1);
    // One item for the instance, the commands of both roles merged.
    expect(forChair).toMatchObject({ state: 'committee_review', roles: ['chair', 'committee'], reasons: ['action'] });
    expect(forChair?.commands.sort()).toEqual(['CastVote', 'CloseVote']);
    expect((await inbox(chair)).items.filter((i) => i.id === inB1)).toHaveLength(1);
  });

  it('shows a handler only the suggestions assigned to them', async () => {
    const handler = await t.principal(['handler']);
    const other = await t.principal(['handler']);
    const { id } = await suggestion();
    expect((await inbox(manager)).items.find((i) => i.id === id)).toMatchObject({ commands: ['AssignHandler', 'Reply'], dueOn: '2024-03-16' });
    expect(ids(await inbox(handler))).toEqual([]);

    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: handler.id }, id);
    const mine = await inbox(handler);
    expect(ids(mine)).toEqual([id]);
    expect(mine.items[0]).toMatchObject({ state: 'in_progress', roles: ['handler'], dueOn: '2024-03-16', overdue: false });
    expect(mine.items[0]?.commands.sort()).toEqual(['ReferTo', 'Reply', 'RequestExtension']);
    expect(ids(await inbox(other))).toEqual([]);

    await send(t, handler, 'suggestion', { type: 'Reply', method: 'written', content: 'Done' }, id);
    expect(ids(await inbox(handler))).toEqual([]);
  });

  it('merges the roles of one principal into one item per instance', async () => {
    const both = await t.principal(['suggestion_manager', 'handler']);
    const { id } = await suggestion();
    await send(t, both, 'suggestion', { type: 'AssignHandler', principalId: both.id }, id);
    const items = (await inbox(both)).items.filter((i) => i.id === id);
    expect(items).toHaveLength(1);
    expect(items[0]?.roles.sort()).toEqual(['handler', 'suggestion_manager']);
    expect(items[0]?.commands.sort()).toEqual(['ReferTo', 'Reply', 'RequestExtension']);
  });

  it('flags overdue when the clock passes the due date, and shows the chair the overdue alert once the timer fires', async () => {
    const handler = await t.principal(['handler']);
    const { id } = await suggestion('2024-03-01', 'lighting');
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: handler.id }, id);
    expect((await inbox(handler)).items[0]).toMatchObject({ id, dueOn: '2024-03-16', overdue: false });
    expect(ids(await inbox(chair))).not.toContain(id);

    t.clock.set('2024-03-16T12:00:00Z');
    expect((await inbox(handler)).items[0]).toMatchObject({ id, overdue: false }); // due today is not overdue
    t.clock.set('2024-03-17T09:00:00Z');
    expect((await inbox(handler)).items[0]).toMatchObject({ id, overdue: true }); // no write needed
    expect(ids(await inbox(chair))).not.toContain(id);

    await t.app.docket.scheduler.tick();
    const alert = (await inbox(chair)).items.find((i) => i.id === id);
    expect(alert).toMatchObject({ workflow: 'suggestion', roles: ['chair'], commands: [], reasons: ['overdue'], dueOn: '2024-03-16', overdue: true });
    expect(alert?.since).toBe('2024-03-17T09:00:00.000Z');
    // A reply settles it: the alert goes away, and the manager's item (to close it) has no deadline any more.
    await send(t, handler, 'suggestion', { type: 'Reply', method: 'written', content: 'Late, sorry' }, id);
    expect(ids(await inbox(chair))).not.toContain(id);
    expect((await inbox(manager)).items.find((i) => i.id === id)).toMatchObject({ state: 'replied', dueOn: null, overdue: false });
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('pages oldest first with an opaque cursor, every item exactly once, ties broken by id', async () => {
    const handler = await t.principal(['handler']);
    const created: { id: string; since: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const { id } = await suggestion();
      // Two by two at the same instant: equal `since` values must still page cleanly.
      if (i % 2 === 0) t.clock.advanceMs(60_000);
      await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: handler.id }, id);
      created.push({ id, since: t.clock.now().toISOString() });
    }
    const expected = [...created]
      .sort((a, b) => (a.since === b.since ? (`suggestion/${a.id}` < `suggestion/${b.id}` ? -1 : 1) : a.since < b.since ? -1 : 1))
      .map((c) => c.id);

    const pages: Inbox[] = [];
    let cursor: string | null = null;
    do {
      const page: Inbox = await inbox(handler, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(page);
      cursor = page.cursor;
    } while (cursor && pages.length < 10);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap(ids)).toEqual(expected);
    expect(pages[2]?.cursor).toBeNull();
    expect(ids(await inbox(handler, '?limit=200'))).toEqual(expected);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('refuses a bad query with 400 and no token with 401', async () => {
    for (const query of ['?limit=0', '?limit=201', '?limit=ten', '?cursor=%21%21', '?cursor=bm9wZQ', '?foo=1']) {
      await refused(t, office, `/views/inbox${query}`, 400);
    }
    // A cursor of another listing (a date, not a timestamp) is not an inbox cursor.
    const dateCursor = Buffer.from(JSON.stringify({ at: '2024-03-01', key: 'x' })).toString('base64url');
    await refused(t, office, `/views/inbox?cursor=${dateCursor}`, 400, 'invalid_cursor');
    await refused(t, null, '/views/inbox', 401);
  });
});
