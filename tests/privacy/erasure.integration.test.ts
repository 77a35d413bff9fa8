/**
 * Crypto-shredding end to end through HTTP: personal fields never reach the `events` table in
 * clear; entitled readers see them; POST /admin/erasures destroys the subject's key, after which
 * every read shows them erased (null, listed in `erased`), the hash chains still verify, and the
 * 2018 demo report keeps its figures. Bad erasures change nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { cmd, HOST_UNIT, memberBody, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';
import { commitOne, planAppend } from '../../src/store/commit.ts';
import { eventHash, GENESIS_HASH } from '../../src/store/canonical.ts';
import { loadHainingDemoInto } from '../../scripts/demo-load.ts';
import { DEMO_REPORT_2018 } from '../support/expected-report.ts';
import { inlineProjector } from '../../src/projections/inline.ts';
import { rebuildProjections } from '../../src/projections/rebuild.ts';
import { ERASABLE } from '../../src/privacy/erasure.ts';

const NAME = 'Wang Fangfei';
const BIRTH = '1975-06-01';
const SUBMITTER = 'Zhao Leiming';
const PHONE = '13800001111';
const COMMENT = 'Zhao rang twice, upset';

/** Every text the database holds for these streams outside the views: events, stream heads, stored answers. */
async function logText(t: TestApp, streamIds: string[]): Promise<{ events: string; heads: string; answers: string }> {
  const db = t.handle.db;
  const { rows } = await sql<{ events: string | null; heads: string | null; answers: string | null }>`SELECT
      (SELECT string_agg(data::text || metadata::text, ' ') FROM events WHERE stream_id = ANY(${streamIds})) AS events,
      (SELECT string_agg(state::text, ' ') FROM streams WHERE stream_id = ANY(${streamIds})) AS heads,
      (SELECT string_agg(result::text, ' ') FROM idempotency_keys) AS answers`.execute(db);
  return { events: rows[0]?.events ?? '', heads: rows[0]?.heads ?? '', answers: rows[0]?.answers ?? '' };
}

async function viewText(t: TestApp): Promise<string> {
  const { rows } = await sql<{ text: string }>`SELECT
      coalesce((SELECT string_agg(to_jsonb(v)::text, ' ') FROM view_instances v), '') ||
      coalesce((SELECT string_agg(to_jsonb(m)::text, ' ') FROM view_members m), '') ||
      coalesce((SELECT string_agg(to_jsonb(i)::text, ' ') FROM view_inbox i), '') AS text`.execute(t.handle.db);
  return rows[0]?.text ?? '';
}

describe('erasure (crypto-shredding)', () => {
  let t: TestApp;
  let org: Org;
  let memberId: string;
  let suggestionId: string;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    memberId = await registerMember(t, { name: NAME, birthDate: BIRTH });
    suggestionId = (
      await start(t, org.manager, 'suggestion', {
        type: 'RegisterSuggestion',
        receivedOn: '2024-02-28',
        channel: 'phone',
        category: 'transport',
        content: 'More buses on route 3',
        submitter: { name: SUBMITTER, contact: PHONE },
        comment: COMMENT,
      }, { 'idempotency-key': 'suggestion-1' })
    ).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async (url: string, who = t.admin) => {
    const response = await t.as(who, { method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  };
  const erase = (subject: unknown, reason: unknown = 'asked to be forgotten', who = t.admin) =>
    t.as(who, { method: 'POST', url: '/admin/erasures', payload: { subject, reason } });
  const eventCount = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(t.handle.db)).rows[0]!.n);

  it('never stores a personal field in clear in the events table: each is sealed, with a fresh IV', async () => {
    const { events } = await logText(t, [`member/${memberId}`, `suggestion/${suggestionId}`]);
    for (const plain of [NAME, BIRTH, SUBMITTER, PHONE, COMMENT]) expect(events).not.toContain(plain);
    const { rows } = await sql<{ data: Record<string, { $sealed?: string; decade?: string }> }>`SELECT data FROM events
      WHERE stream_id = ${`member/${memberId}`} AND type = 'MemberRegistered'`.execute(t.handle.db);
    const data = rows[0]!.data;
    expect(data.name?.$sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    // The birth decade stays in clear for the reports; the non-personal fields too.
    expect(data.birthDate).toMatchObject({ decade: '1970s' });
    expect(data.gender).toBeTypeOf('string');
    expect(data.name?.$sealed).not.toBe(data.birthDate?.$sealed);
  });

  it('shows the fields in clear to those entitled, in instances, history, listings, /members and /events', async () => {
    expect((await get(`/workflows/member/instances/${memberId}`)).data).toMatchObject({ name: NAME, birthDate: BIRTH });
    const history = await get(`/workflows/member/instances/${memberId}/history`);
    expect(history.events[0]).toMatchObject({ type: 'MemberRegistered', data: { name: NAME, birthDate: BIRTH }, erased: [] });
    expect(await get(`/members/${memberId}`)).toMatchObject({ name: NAME, birthDate: BIRTH, erased: [] });
    const suggestion = await get(`/workflows/suggestion/instances/${suggestionId}`, org.manager);
    expect(suggestion.data.submitter).toEqual({ name: SUBMITTER, contact: PHONE });
    const feed = await get('/events?limit=500');
    const registered = feed.events.find((e: { streamId: string }) => e.streamId === `suggestion/${suggestionId}`);
    expect(registered.data.submitter).toEqual({ name: SUBMITTER, contact: PHONE });
    expect(registered.metadata.comment).toBe(COMMENT);
    expect(registered.storedMetadata.comment.$sealed).toEqual(expect.any(String));
    const suggestionHistory = await get(`/workflows/suggestion/instances/${suggestionId}/history`, org.manager);
    expect(suggestionHistory.events[0]).toMatchObject({ comment: COMMENT, erased: [] });
  });

  it('refuses bad erasures with a problem and changes nothing', async () => {
    const before = await eventCount();
    const malformed = ['member', 'member/', 'nobody/x1', 'settings/organization', 'member/a b', 42];
    for (const subject of malformed) {
      const response = await erase(subject);
      expect(response.statusCode, String(subject)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await erase(`member/${memberId}`, '')).statusCode).toBe(400);
    const unknown = await erase('member/m-no-such-member');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    // A subject named with another workflow than its stream's is unknown too.
    expect((await erase(`recruitment/${memberId}`)).statusCode).toBe(404);
    expect((await erase(`member/${memberId}`, 'r', org.office)).statusCode).toBe(403);
    expect((await t.as(null, { method: 'POST', url: '/admin/erasures', payload: { subject: `member/${memberId}`, reason: 'r' } })).statusCode).toBe(401);
    expect(await eventCount()).toBe(before);
    expect((await get(`/members/${memberId}`)).name).toBe(NAME);
  });

  it('erases a member: every read shows the fields erased, the record is kept, the chain verifies', async () => {
    t.clock.set('2024-03-05T10:00:00Z');
    const response = await erase(`member/${memberId}`, 'left, asked to be forgotten (PIPL art. 47)');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ subject: `member/${memberId}`, erasedAt: '2024-03-05T10:00:00.000Z' });

    const instance = await get(`/workflows/member/instances/${memberId}`);
    expect(instance.data).toMatchObject({ name: null, birthDate: null, branchId: 'b1' });
    expect(instance.erased).toEqual(expect.arrayContaining(['data.name', 'data.birthDate']));
    expect(instance.redacted).toEqual([]);

    const history = await get(`/workflows/member/instances/${memberId}/history`);
    expect(history.events[0]).toMatchObject({ type: 'MemberRegistered', data: { name: null, birthDate: null }, erased: ['data.name', 'data.birthDate'] });
    // Who, when and why — not what.
    expect(history.events.at(-1)).toMatchObject({
      type: 'PersonalDataErased',
      data: { reason: 'left, asked to be forgotten (PIPL art. 47)' },
      actor: { id: t.admin.id, role: 'admin' },
      recordedAt: '2024-03-05T10:00:00.000Z',
      erased: [],
    });

    expect(await get(`/members/${memberId}`)).toMatchObject({ name: null, birthDate: null, erased: ['name', 'birthDate'], redacted: [] });
    const roster = await get('/members?limit=500');
    expect(roster.items.find((m: { id: string }) => m.id === memberId)).toMatchObject({ name: null, erased: ['name', 'birthDate'] });
    const csv = await t.as(t.admin, { method: 'GET', url: '/members?limit=500', headers: { accept: 'text/csv' } });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(memberId);
    expect(csv.body).not.toContain(NAME);
    const listed = await get('/workflows/member/instances?limit=500');
    expect(listed.items.find((i: { id: string }) => i.id === memberId)).toMatchObject({ data: { name: null }, erased: expect.arrayContaining(['data.name']) });
    const feed = await get('/events?limit=500');
    const registered = feed.events.find((e: { streamId: string; type: string }) => e.streamId === `member/${memberId}` && e.type === 'MemberRegistered');
    expect(registered).toMatchObject({ data: { name: null }, erased: ['data.name', 'data.birthDate'] });
    // An offline checker recomputes the stream's chain from the feed: from the data as stored.
    let prev = GENESIS_HASH;
    for (const e of feed.events.filter((x: { streamId: string }) => x.streamId === `member/${memberId}`)) {
      const recomputed = eventHash(prev, { streamId: e.streamId, version: e.version, type: e.type, data: e.storedData ?? e.data, metadata: e.metadata, occurredOn: e.occurredOn, recordedAt: e.recordedAt });
      expect(recomputed).toBe(e.hash);
      prev = recomputed;
    }
    expect(registered.storedData.name.$sealed).toEqual(expect.any(String));

    // Nowhere in the database any more: not in the log, the stream head's recorded state or the views.
    const { events, heads } = await logText(t, [`member/${memberId}`]);
    expect(`${events} ${heads} ${await viewText(t)}`).not.toContain(NAME);
    expect(heads).not.toContain(BIRTH);
    expect((await sql<{ n: string }>`SELECT count(*) AS n FROM data_keys WHERE subject = ${`member/${memberId}`}`.execute(t.handle.db)).rows[0]!.n).toBe('0');

    expect(await get('/audit/verify')).toMatchObject({ ok: true, firstBroken: null });
  });

  it('answers a second erasure with 409 already_erased, changing nothing', async () => {
    const before = await eventCount();
    const again = await erase(`member/${memberId}`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_erased' });
    expect(await eventCount()).toBe(before);
  });

  it('takes no new personal data for an erased member, and other steps go on', async () => {
    const update = await t.as(org.office, { method: 'POST', url: `/workflows/member/instances/${memberId}/commands`, payload: { type: 'UpdateProfile', name: 'New Name' } });
    expect(update.statusCode, update.body).toBe(409);
    expect(update.json()).toMatchObject({ code: 'subject_erased' });
    await cmd(t, org.office, 'member', memberId, { type: 'RecordRetirement', on: '2024-03-05' });
    expect(await get(`/members/${memberId}`)).toMatchObject({ name: null, employment: 'retired' });
  });

  it('erases a suggestion submitter: the contact is gone, the stored command answer too', async () => {
    expect((await logText(t, [])).answers).toContain(PHONE);
    const response = await erase(`suggestion/${suggestionId}`);
    expect(response.statusCode, response.body).toBe(201);
    const instance = await get(`/workflows/suggestion/instances/${suggestionId}`, org.manager);
    expect(instance.data.submitter).toEqual({ name: null, contact: null });
    expect(instance.erased).toEqual(['data.submitter.name', 'data.submitter.contact']);
    const history = await get(`/workflows/suggestion/instances/${suggestionId}/history`, org.manager);
    expect(history.events[0]).toMatchObject({ comment: null, erased: ['data.submitter.name', 'data.submitter.contact', 'comment'] });
    const text = await logText(t, [`suggestion/${suggestionId}`]);
    expect(`${text.events} ${text.heads} ${text.answers} ${await viewText(t)}`).not.toContain(PHONE);
    expect(`${text.events} ${text.answers}`).not.toContain(COMMENT);
    // A retry of the command that registered it is still answered, without the erased data.
    const retry = await t.as(org.manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      headers: { 'idempotency-key': 'suggestion-1' },
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-28', channel: 'phone', category: 'transport', content: 'More buses on route 3', submitter: { name: SUBMITTER, contact: PHONE }, comment: COMMENT },
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toMatchObject({ id: suggestionId, replayed: true, events: [{ version: 1, type: 'SuggestionRegistered', data: {} }] });
    expect(retry.body).not.toContain(PHONE);
    expect(retry.body).not.toContain(COMMENT);
    expect(await get('/audit/verify')).toMatchObject({ ok: true });
  });

  it('erases a subject recorded before personal fields were sealed: its values in clear read as erased', async () => {
    // As a server before this version appended it: the fields in clear, no data key.
    const streamId = 'member/m-legacy';
    const { type: _command, ...data } = memberBody({ name: 'Legacy Lu', birthDate: '1961-01-01', cpcMember: null, admittedBy: null });
    const append = planAppend(null, { streamId, workflow: 'member', workflowVersion: 1 }, [
      { type: 'MemberRegistered', data, occurredOn: '2015-06-01', metadata: { actor: { id: t.admin.id, name: 'Admin', role: 'admin' } } },
    ], t.clock.now());
    await commitOne(t.handle.db, { appends: [append], timers: [], views: {} });
    expect((await get('/workflows/member/instances/m-legacy')).data).toMatchObject({ name: 'Legacy Lu' });

    expect((await erase(streamId)).statusCode).toBe(201);
    const instance = await get('/workflows/member/instances/m-legacy');
    expect(instance.data).toMatchObject({ name: null, birthDate: null });
    expect(instance.erased).toEqual(expect.arrayContaining(['data.name', 'data.birthDate']));
    const history = await get('/workflows/member/instances/m-legacy/history');
    expect(history.events[0]).toMatchObject({ data: { name: null, birthDate: null }, erased: ['data.name', 'data.birthDate'] });
    expect(await get('/members/m-legacy')).toMatchObject({ name: null, erased: ['name', 'birthDate'] });
    const { heads } = await logText(t, [streamId]);
    expect(`${heads} ${await viewText(t)}`).not.toContain('Legacy Lu');
    expect(await get('/audit/verify')).toMatchObject({ ok: true });
  });

  it('erases a secondment: its inbox summary and its audit view forget the secondee and the reason', async () => {
    const secondee = await registerMember(t, { name: 'Sun Secondee', birthDate: '1980-02-02' });
    const { id } = await start(t, org.office, 'secondment', {
      type: 'ProposeSecondment', memberId: secondee, hostUnit: HOST_UNIT, post: 'Adviser', startsOn: '2024-04-01', months: 6, rationale: 'Knows the district',
    });
    expect(await viewText(t)).toContain('Sun Secondee');
    await cmd(t, org.chair, 'secondment', id, { type: 'RejectNomination', reason: 'Sun is needed in the branch' });
    const before = await get(`/views/secondments/${id}/audit`);
    expect(before.decisions.at(-1)).toMatchObject({ reason: 'Sun is needed in the branch' });

    expect((await erase(`secondment/${id}`)).statusCode).toBe(201);
    const audit = await get(`/views/secondments/${id}/audit`);
    expect(audit.member).toMatchObject({ id: secondee, name: null });
    expect(audit.decisions.at(-1)).toMatchObject({ reason: null });
    expect(audit.erased).toEqual(expect.arrayContaining(['member.name', 'decisions[].reason']));
    expect(audit.chain).toMatchObject({ ok: true });
    const instance = await get(`/workflows/secondment/instances/${id}`);
    expect(instance.data).toMatchObject({ memberName: null, rationale: null, hostUnit: HOST_UNIT });
    const text = `${(await logText(t, [`secondment/${id}`])).heads} ${await viewText(t)}`;
    expect(text).not.toContain('Sun is needed');
    expect(text).not.toContain('Knows the district');
    // The member's own record is another subject, not erased.
    expect((await get(`/members/${secondee}`)).name).toBe('Sun Secondee');
  });

  it('a rebuild of the views from the log shows the erased subjects as erased', async () => {
    await rebuildProjections(t.handle.db, { registry: t.app.docket.registry, projector: inlineProjector(), personalData: t.app.docket.personalData });
    expect(await get(`/members/${memberId}`)).toMatchObject({ name: null, erased: ['name', 'birthDate'] });
    expect(await viewText(t)).not.toContain(NAME);
    expect(await viewText(t)).not.toContain('Legacy Lu');
    expect((await get(`/workflows/suggestion/instances?limit=50`, org.manager)).items.find((i: { id: string }) => i.id === suggestionId)).toMatchObject({
      erased: ['data.submitter.name', 'data.submitter.contact'],
    });
  });
});

describe('erasure and the 2018 demo report', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const loaded = await loadHainingDemoInto(t.app, {});
    expect(loaded.status).toBe('loaded');
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the figures of 2018-12-31 after members are erased', async () => {
    const report = async () => {
      const response = await t.as(t.admin, { method: 'GET', url: '/reports/organization?asOf=2018-12-31' });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const annual = async (accept: string) => {
      const response = await t.as(t.admin, { method: 'GET', url: '/reports/annual?year=2018', headers: { accept } });
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      return response;
    };
    const before = await report();
    expect(before).toMatchObject(DEMO_REPORT_2018);
    const annualBefore = (await annual('application/json')).json();
    const roster = await t.as(t.admin, { method: 'GET', url: '/members?limit=500' });
    const members = roster.json<{ items: { id: string; joinedOn: string; admittedBy: string | null }[] }>().items.filter((m) => m.joinedOn <= '2018-12-31');
    // Among them a member admitted in 2018, whom the annual report names.
    const admitted = members.filter((m) => m.admittedBy !== null).slice(0, 1);
    expect(admitted).toHaveLength(1);
    // And a secondment and a reserve cadre the annual report lists.
    const listed = async (workflow: string) =>
      (await t.as(t.admin, { method: 'GET', url: `/workflows/${workflow}/instances?limit=500` })).json<{ items: { id: string }[] }>().items.map((i) => `${workflow}/${i.id}`);
    const others = [...(await listed('secondment')).slice(0, 1), ...(await listed('cadre-training')).slice(0, 1), ...(await listed('recruitment')).slice(0, 1)];
    expect(others).toHaveLength(3);
    for (const subject of [...members.slice(0, 3).map((m) => `member/${m.id}`), ...admitted.map((m) => `member/${m.id}`), ...others]) {
      const erased = await t.as(t.admin, { method: 'POST', url: '/admin/erasures', payload: { subject, reason: 'test' } });
      expect(erased.statusCode, erased.body).toBe(201);
    }
    expect(await report()).toEqual(before);
    // The annual report keeps its figures; it names nobody it can no longer name.
    const annualAfter = (await annual('application/json')).json();
    expect(annualAfter.membership).toEqual(annualBefore.membership);
    expect(annualAfter.membership.members).toBe(DEMO_REPORT_2018.members);
    expect(annualAfter.recruitment.admitted).toBe(annualBefore.recruitment.admitted);
    expect(annualAfter.secondments.items).toHaveLength(annualBefore.secondments.items.length);
    // The erased secondee is listed without a name.
    expect(annualAfter.secondments.items.filter((i: { memberName: string }) => i.memberName === '')).toHaveLength(1);
    expect(annualAfter.reserveCadres.pool).toBe(annualBefore.reserveCadres.pool);
    expect(annualAfter.reserveCadres.cadres).toHaveLength(annualBefore.reserveCadres.cadres.length);
    expect((await annual('text/html')).body).toContain('</html>');
    expect((await annual('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).rawPayload.subarray(0, 2).toString()).toBe('PK');
    const verify = await t.as(t.admin, { method: 'GET', url: '/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true });
  });

  it('erases every subject of the demo, whatever state it reached: figures kept, no plaintext left in events or views', async () => {
    const report = await t.as(t.admin, { method: 'GET', url: '/reports/organization?asOf=2018-12-31' });
    const subjects: string[] = [];
    for (const workflow of ERASABLE) {
      const page = await t.as(t.admin, { method: 'GET', url: `/workflows/${workflow}/instances?limit=500` });
      expect(page.json().cursor).toBeNull();
      subjects.push(...page.json<{ items: { id: string }[] }>().items.map((i) => `${workflow}/${i.id}`));
    }
    expect(subjects.length).toBeGreaterThan(90);
    for (const subject of subjects) {
      const erased = await t.as(t.admin, { method: 'POST', url: '/admin/erasures', payload: { subject, reason: 'all' } });
      expect([201, 409], `${subject}: ${erased.body}`).toContain(erased.statusCode);
    }
    const after = await t.as(t.admin, { method: 'GET', url: '/reports/organization?asOf=2018-12-31' });
    expect(after.json()).toEqual(report.json());
    // No member name of the roster is left in clear anywhere but in the principals' own names.
    const { rows } = await sql<{ name: string }>`SELECT DISTINCT data->>'name' AS name FROM events
      WHERE workflow = 'member' AND jsonb_typeof(data->'name') = 'string'`.execute(t.handle.db);
    expect(rows).toEqual([]);
    const views = await viewText(t);
    const stillNamed = await sql<{ n: string }>`SELECT count(*) AS n FROM view_members WHERE name IS NOT NULL`.execute(t.handle.db);
    expect(stillNamed.rows[0]!.n).toBe('0');
    expect(views).not.toMatch(/"birth_date":"\d{4}/);
    expect((await t.as(t.admin, { method: 'GET', url: '/audit/verify' })).json()).toMatchObject({ ok: true });
  });
});
