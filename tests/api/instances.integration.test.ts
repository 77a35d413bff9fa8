/**
 * The instance routes' success shapes: start (201 + Location), command (200), read (with the
 * caller's allowed commands, deadlines, ETag), read as of a past date, history (version order,
 * actor, business date, hash chain), listing (state filter, keyset paging with a cursor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { cmd, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';
import { eventHash, GENESIS_HASH } from '../../src/store/canonical.ts';
import { readStream } from '../../src/store/event-store.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HEX64 = /^[0-9a-f]{64}$/;

const suggestion = (content: string, receivedOn = '2024-03-01') => ({
  type: 'RegisterSuggestion',
  receivedOn,
  channel: 'online',
  category: 'culture',
  content,
  submitter: { name: 'Mr. Lu', contact: 'lu@example.org' },
});

describe('instance routes', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('POST /workflows/{w}/instances: 201, Location, the command result with its recorded events', async () => {
    const response = await t.as(org.manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { ...suggestion('Library hours'), comment: 'Came in by e-mail' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(response.headers.location).toBe(`/workflows/suggestion/instances/${body.id}`);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      workflow: 'suggestion',
      workflowVersion: 1,
      state: 'registered',
      status: 'active',
      version: 1,
      events: [
        {
          version: 1,
          type: 'SuggestionRegistered',
          data: expect.objectContaining({ receivedOn: '2024-03-01', dueOn: '2024-03-16', channel: 'online' }),
          actor: { id: org.manager.id, name: org.manager.name, role: 'suggestion_manager' },
          occurredOn: '2024-03-01',
          recordedAt: '2024-03-01T09:00:00.000Z',
          comment: 'Came in by e-mail',
          hash: expect.stringMatching(HEX64),
          erased: [],
        },
      ],
    });
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('POST .../commands: 200 with the new state and version; `on` sets the business date', async () => {
    const { id } = await start(t, org.manager, 'suggestion', { ...suggestion('Bus stop', '2024-02-20'), on: '2024-02-28' });
    const response = await t.as(org.manager, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload: { type: 'AssignHandler', principalId: org.handler.id, on: '2024-02-29' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id,
      workflow: 'suggestion',
      workflowVersion: 1,
      state: 'in_progress',
      status: 'active',
      version: 2,
      events: [{ version: 2, type: 'HandlerAssigned', data: { handlerId: org.handler.id }, occurredOn: '2024-02-29', comment: null }],
    });
    expect(response.json().replayed).toBeUndefined();
    // If-Match: * only asks that the instance exists.
    const star = await cmd(t, org.handler, 'suggestion', id, { type: 'ReferTo', organisation: 'Bureau', note: 'n' }, { 'if-match': '*' });
    expect(star.version).toBe(3);
  });

  it('GET an instance: state, data, the caller’s allowed commands, deadlines, ETag', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestion('Park lights'));
    const response = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toEqual({
      id,
      number: expect.stringMatching(/^2024-意见-\d{3}$/),
      workflow: 'suggestion',
      workflowVersion: 1,
      state: 'registered',
      status: 'active',
      version: 1,
      data: expect.objectContaining({ content: 'Park lights', dueOn: '2024-03-16', overdue: false, handlerId: null }),
      names: { member: {}, principal: {}, branch: {}, collection: {} },
      allowedCommands: ['AssignHandler', 'Reply'],
      next: [
        expect.objectContaining({ command: 'AssignHandler', kind: 'forward', dueOn: '2024-03-16', roles: ['suggestion_manager'] }),
        expect.objectContaining({ command: 'Reply', kind: 'forward', dueOn: '2024-03-16', roles: ['suggestion_manager'] }),
      ],
      deadlines: [{ timerId: expect.stringContaining('replyDeadline'), event: 'ReplyOverdue', dueOn: '2024-03-17' }],
      asOf: null,
      redacted: [],
      erased: [],
    });
    // Allowed commands depend on the caller's roles; a handler reads only the suggestions assigned to it (docs/data-protection.md).
    const asHandler = await t.as(org.handler, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(asHandler.statusCode).toBe(404);
    const asChair = await t.as(org.chair, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(asChair.json().allowedCommands).toEqual([]);
  });

  it('refuses business dates that cannot be true: before the previous step, or after today', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestion('Market noise', '2024-02-01'));
    // Registered today (2024-03-01): a step recorded `on` an earlier day would come before the start.
    const back = await t.as(org.manager, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload: { type: 'AssignHandler', principalId: org.handler.id, on: '2024-02-10' },
    });
    expect(back.statusCode).toBe(422);
    expect(back.json()).toMatchObject({ code: 'date_before_previous_step', previousOn: '2024-03-01' });
    const future = await t.as(org.manager, {
      method: 'POST',
      url: `/workflows/suggestion/instances/${id}/commands`,
      payload: { type: 'AssignHandler', principalId: org.handler.id, on: '2024-03-02' },
    });
    expect(future.json()).toMatchObject({ code: 'date_in_future', today: '2024-03-01' });
    const listed = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=2024-03-01` });
    expect(listed.json()).toMatchObject({ state: 'registered', version: 1 });
  });

  it('GET ?asOf= on a history recorded in business-date order', async () => {
    t.clock.set('2024-02-01T09:00:00Z');
    const { id } = await start(t, org.manager, 'suggestion', suggestion('Trees', '2024-02-01'));
    t.clock.set('2024-02-10T09:00:00Z');
    await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id });
    t.clock.set('2024-02-20T09:00:00Z');
    await cmd(t, org.handler, 'suggestion', id, { type: 'Reply', method: 'written', content: 'Planted' });
    t.clock.set('2024-03-01T09:00:00Z');
    const at = async (asOf: string) => (await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=${asOf}` })).json();
    expect(await at('2024-02-01')).toMatchObject({ state: 'registered', version: 1, allowedCommands: [], deadlines: [] });
    expect(await at('2024-02-15')).toMatchObject({ state: 'in_progress', version: 2, data: { handlerId: org.handler.id } });
    expect(await at('2024-02-29')).toMatchObject({ state: 'replied', version: 3 });
    const missing = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}?asOf=2024-01-31` });
    expect(missing.statusCode).toBe(404);
  });

  it('GET .../history: every event in version order, with actor, business date, recorded time and a verifiable hash chain', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestion('Swimming pool'));
    await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id, comment: 'urgent' });
    await cmd(t, org.handler, 'suggestion', id, { type: 'Reply', method: 'phone', content: 'Called back' });
    const response = await t.as(org.chair, { method: 'GET', url: `/workflows/suggestion/instances/${id}/history` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.id).toBe(id);
    expect(body.workflow).toBe('suggestion');
    expect(body.events.map((e: { version: number }) => e.version)).toEqual([1, 2, 3]);
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(['SuggestionRegistered', 'HandlerAssigned', 'ReplySent']);
    expect(body.events[1]).toMatchObject({ actor: { id: org.manager.id, role: 'suggestion_manager' }, comment: 'urgent', occurredOn: '2024-03-01' });
    expect(body.events[2].actor).toEqual({ id: org.handler.id, name: org.handler.name, role: 'handler' });
    for (const e of body.events) {
      expect(e.recordedAt).toMatch(ISO_INSTANT);
      expect(e.hash).toMatch(HEX64);
    }
    // The hashes shown are the chain the store keeps.
    const stored = await readStream(t.handle.db, `suggestion/${id}`);
    let prev = GENESIS_HASH;
    for (const [i, e] of stored.entries()) {
      const recomputed = eventHash(prev, {
        streamId: e.streamId,
        version: e.version,
        type: e.type,
        data: e.data,
        metadata: e.metadata,
        occurredOn: e.occurredOn,
        recordedAt: e.recordedAt.toISOString(),
      });
      expect(recomputed).toBe(body.events[i].hash);
      prev = recomputed;
    }
  });

  it('GET /workflows/{w}/instances lists oldest first, filters by state, pages with a cursor', async () => {
    t.clock.set('2024-04-01T09:00:00Z');
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      t.clock.advanceMs(1000);
      // One secondment at a time per member: seven members.
      const memberId = await registerMember(t, { name: `Member ${i}` });
      ids.push((await start(t, org.office, 'secondment', {
        type: 'ProposeSecondment',
        memberId,
        hostUnit: `Unit ${i}`,
        post: 'Advisor',
        startsOn: '2024-05-01',
        months: 3,
        rationale: 'r',
      })).id);
    }
    const third = ids[2] ?? '';
    await cmd(t, org.chair, 'secondment', third, { type: 'ApproveNomination' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/workflows/secondment/instances?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await t.as(org.chair, { method: 'GET', url });
      expect(page.statusCode).toBe(200);
      const body = page.json<{ items: { id: string; workflow: string; state: string; status: string; version: number; data: object; startedOn: string; updatedOn: string }[]; cursor: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(3);
      for (const item of body.items) {
        expect(item).toMatchObject({ workflow: 'secondment', status: 'active', startedOn: '2024-04-01', updatedOn: '2024-04-01' });
        expect(item.data).toMatchObject({ post: 'Advisor' });
        expect((item as unknown as { names: { member: Record<string, string> } }).names.member[(item.data as { memberId: string }).memberId]).toMatch(/^Member \d$/);
      }
      seen.push(...body.items.map((i) => i.id));
      cursor = body.cursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(ids);
    expect(pages).toBe(3);

    const reviewed = await t.as(org.chair, { method: 'GET', url: '/workflows/secondment/instances?state=united_front_review' });
    expect(reviewed.json().items.map((i: { id: string }) => i.id)).toEqual([third]);
    expect(reviewed.json().cursor).toBeNull();
    const none = await t.as(org.chair, { method: 'GET', url: '/workflows/secondment/instances?state=completed' });
    expect(none.json()).toEqual({ items: [], cursor: null });
    const unauthenticated = await t.as(null, { method: 'GET', url: '/workflows/secondment/instances' });
    expect(unauthenticated.statusCode).toBe(401);
  });

  it('the settings are one instance: the first change starts it (201), later changes continue it (200) and keep the rest', async () => {
    const first = await t.as(t.admin, { method: 'GET', url: '/workflows/settings/instances/organization' });
    expect(first.json()).toMatchObject({ id: 'organization', data: { branches: [{ id: 'b1' }, { id: 'b2' }] } });
    const before = first.json().version as number;
    const change = await t.as(t.admin, { method: 'POST', url: '/workflows/settings/instances', payload: { type: 'ChangeSettings', committeeSize: 7 } });
    expect(change.statusCode).toBe(200);
    expect(change.headers.location).toBe('/workflows/settings/instances/organization');
    expect(change.json()).toMatchObject({ id: 'organization', version: before + 1 });
    const stale = await t.as(t.admin, { method: 'POST', url: '/workflows/settings/instances', headers: { 'if-match': `"${before}"` }, payload: { type: 'ChangeSettings', committeeSize: 8 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', actualVersion: before + 1 });
    const after = await t.as(t.admin, { method: 'GET', url: '/workflows/settings/instances/organization' });
    expect(after.json().data).toMatchObject({ committeeSize: 7, branches: [{ id: 'b1' }, { id: 'b2' }] });
    const listed = await t.as(t.admin, { method: 'GET', url: '/workflows/settings/instances' });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toEqual(['organization']);
    // The rules read the same settings: a branch the settings do not list is refused.
    const unknownBranch = await t.as(org.office, {
      method: 'POST',
      url: '/workflows/recruitment/instances',
      payload: { type: 'SubmitApplication', applicant: { name: 'A', gender: 'male', birthDate: '1990-01-01', education: 'bachelor', title: 'none', employer: 'E', sector: 'S', employment: 'working', cpcMember: false }, branchId: 'b9', receivedOn: '2024-03-01' },
    });
    expect(unknownBranch.json().code).toBe('unknown_branch');
  });
});
