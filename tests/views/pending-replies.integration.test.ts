import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { refused, send, view } from '../support/view-helpers.ts';

interface Pending {
  id: string;
  state: string;
  receivedOn: string;
  dueOn: string;
  daysLeft: number;
  overdue: boolean;
  handlerId: string | null;
  channel: string;
  category: string;
}
interface Page {
  items: Pending[];
  cursor: string | null;
}

const URL = '/views/suggestions/pending-replies';

describe('GET /views/suggestions/pending-replies', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  let chair: TestPrincipal;
  let h1: TestPrincipal;
  let h2: TestPrincipal;
  let late: string; // received 02-10, due 02-25, nobody assigned
  let soon: string; // received 02-20, due 03-06, h1
  let later: string; // received 02-28, due 03-14, h2
  const list = (who: TestPrincipal, query = '') => view<Page>(t, who, `${URL}${query}`);
  const ids = (page: Page) => page.items.map((i) => i.id);

  const register = async (receivedOn: string, category: string, channel = 'online') =>
    (
      await send(t, manager, 'suggestion', {
        type: 'RegisterSuggestion',
        receivedOn,
        channel,
        category,
        content: 'Please fix',
        submitter: { name: 'Wang', contact: '139' },
      })
    ).id;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
    chair = await t.principal(['chair', 'committee']);
    h1 = await t.principal(['handler']);
    h2 = await t.principal(['handler']);
    late = await register('2024-02-10', 'roads', 'box');
    soon = await register('2024-02-20', 'parks');
    later = await register('2024-02-28', 'schools', 'visit');
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: h1.id }, soon);
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: h2.id }, later);
    const answered = await register('2024-02-25', 'water');
    await send(t, manager, 'suggestion', { type: 'Reply', method: 'phone', content: 'Done' }, answered);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every suggestion awaiting a reply by due date, with days left and overdue against today', async () => {
    expect(await list(chair)).toEqual({
      items: [
        { id: late, state: 'registered', receivedOn: '2024-02-10', dueOn: '2024-02-25', daysLeft: -5, overdue: true, handlerId: null, channel: 'box', category: 'roads' },
        { id: soon, state: 'in_progress', receivedOn: '2024-02-20', dueOn: '2024-03-06', daysLeft: 5, overdue: false, handlerId: h1.id, channel: 'online', category: 'parks' },
        { id: later, state: 'in_progress', receivedOn: '2024-02-28', dueOn: '2024-03-14', daysLeft: 13, overdue: false, handlerId: h2.id, channel: 'visit', category: 'schools' },
      ],
      cursor: null,
    });
  });

  it('filters by overdue and by handler', async () => {
    expect(ids(await list(manager, '?overdue=true'))).toEqual([late]);
    expect(ids(await list(manager, '?overdue=false'))).toEqual([soon, later]);
    expect(ids(await list(manager, `?handler=${h1.id}`))).toEqual([soon]);
    expect(ids(await list(manager, `?handler=${h2.id}&overdue=true`))).toEqual([]);
  });

  it('flips overdue when the clock passes the due date', async () => {
    t.clock.set('2024-03-06T15:00:00Z'); // 23:00 on the due date in Asia/Shanghai
    const onDueDate = (await list(chair)).items.find((i) => i.id === soon);
    expect(onDueDate).toMatchObject({ daysLeft: 0, overdue: false });
    t.clock.set('2024-03-07T08:00:00Z');
    const dayAfter = (await list(chair)).items.find((i) => i.id === soon);
    expect(dayAfter).toMatchObject({ daysLeft: -1, overdue: true });
    expect(ids(await list(chair, '?overdue=true'))).toEqual([late, soon]);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('shows a handler only their own suggestions, and nobody else without a suggestion role', async () => {
    expect(ids(await list(h1))).toEqual([soon]);
    expect(ids(await list(h1, `?handler=${h1.id}`))).toEqual([soon]);
    await refused(t, h1, `${URL}?handler=${h2.id}`, 403, 'forbidden_role');
    await refused(t, await t.principal(['member']), URL, 403, 'forbidden_role');
    await refused(t, null, URL, 401);
  });

  it('follows the suggestion: a reply removes it, an unsatisfied submitter brings it back, an extension moves the date', async () => {
    await send(t, h1, 'suggestion', { type: 'Reply', method: 'written', content: 'More benches soon' }, soon);
    expect(ids(await list(chair))).toEqual([late, later]);
    await send(t, manager, 'suggestion', { type: 'RecordSatisfaction', satisfied: false }, soon);
    const reopened = (await list(chair)).items.find((i) => i.id === soon);
    // A new deadline from the day the dissatisfaction was recorded (2024-03-01 + 15 days).
    expect(reopened).toMatchObject({ state: 'in_progress', handlerId: h1.id, dueOn: '2024-03-16', daysLeft: 15, overdue: false });

    await send(t, h2, 'suggestion', { type: 'RequestExtension', days: 10, reason: 'Waiting for the bureau' }, later);
    expect((await list(chair)).items.find((i) => i.id === later)?.dueOn).toBe('2024-03-14');
    await send(t, chair, 'suggestion', { type: 'ApproveExtension' }, later);
    expect((await list(chair)).items.find((i) => i.id === later)).toMatchObject({ dueOn: '2024-03-24', daysLeft: 23 });
  });

  it('pages by due date with an opaque cursor, each item once', async () => {
    const all = ids(await list(chair));
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = await list(chair, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(page));
      cursor = page.cursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(all);
  });

  it('refuses a bad query with 400', async () => {
    for (const query of ['?overdue=maybe', '?limit=0', '?limit=201', '?handler=a%20b', '?cursor=%2A', '?sort=due']) {
      await refused(t, chair, `${URL}${query}`, 400);
    }
    const timestampCursor = Buffer.from(JSON.stringify({ at: '2024-03-01T09:00:00.000Z', key: 'x' })).toString('base64url');
    await refused(t, chair, `${URL}?cursor=${timestampCursor}`, 400, 'invalid_cursor');
  });
});
