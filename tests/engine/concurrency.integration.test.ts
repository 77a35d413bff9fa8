/**
 * Optimistic concurrency and idempotency through HTTP on PostgreSQL: If-Match, many identical
 * commands at once on one instance, Idempotency-Key retries (sequential and concurrent), and a
 * reused key with a different body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { readStream } from '../../src/store/event-store.ts';
import { changeSettings, cmd, organisation, refused, send, start, type Org } from '../support/engine-fixtures.ts';

const suggestionBody = (content: string) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-02-28',
  channel: 'online',
  category: 'environment',
  content,
  anonymous: true,
});

describe('concurrency and idempotency', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const versionsOf = async (id: string) => (await readStream(t.handle.db, `suggestion/${id}`)).map((e) => e.version);

  it('If-Match: a stale version is 409 version_conflict and appends nothing; the current one succeeds', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestionBody('If-Match'));
    const stale = await refused(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id }, 409, 'version_conflict', {
      'if-match': '"0"',
    });
    expect(stale).toMatchObject({ status: 409, expectedVersion: 0, actualVersion: 1 });
    expect(await versionsOf(id)).toEqual([1]);
    const ok = await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id }, { 'if-match': '"1"' });
    expect(ok.version).toBe(2);
    const weak = await cmd(t, org.handler, 'suggestion', id, { type: 'ReferTo', organisation: 'Bureau', note: 'n' }, { 'if-match': 'W/"2"' });
    expect(weak.version).toBe(3);
    const instance = await t.as(org.manager, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(instance.headers.etag).toBe('"3"');
  });

  it('40 identical commands at once: exactly one is accepted, the others get 409 or 422, versions stay gapless', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestionBody('Forty'));
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => send(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id })),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const r of responses.filter((x) => x.statusCode !== 200)) {
      expect([409, 422]).toContain(r.statusCode);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(['version_conflict', 'command_not_allowed']).toContain(r.json().code);
    }
    expect(await versionsOf(id)).toEqual([1, 2]);
  });

  it('40 commands with the same If-Match at once: one wins, 39 are version_conflict', async () => {
    const { id } = await start(t, org.manager, 'suggestion', suggestionBody('Forty with If-Match'));
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        send(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id, comment: `attempt ${i}` }, { 'if-match': '1' }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, ...Array.from({ length: 39 }, () => 409)]);
    expect(await versionsOf(id)).toEqual([1, 2]);
  });

  it('40 different votes at once on one ballot: every vote is recorded once, versions gapless', async () => {
    await changeSettings(t, { committeeSize: 41 });
    const memberId = (await start(t, t.admin, 'member', { type: 'RegisterMember', name: 'Voter Target', gender: 'male', birthDate: '1980-01-01', education: 'bachelor', title: 'junior', employment: 'working', branchId: 'b1', joinedOn: '2010-01-01' })).id;
    const { id } = await start(t, org.committee[0], 'cadre-training', { type: 'NominateCadre', memberId, method: 'democratic_recommendation', rationale: 'r' });
    await cmd(t, org.chair, 'cadre-training', id, { type: 'ScreenCandidate', result: 'pass' });
    const voters = await Promise.all(Array.from({ length: 40 }, (_, i) => t.principal(['committee'], { name: `Voter ${i}` })));
    const responses = await Promise.all(voters.map((v) => send(t, v, 'cadre-training', id, { type: 'CastVote', decision: 'approve' })));
    // Without If-Match a command that lost the race is decided again (a few times) on the new version.
    const ok = responses.filter((r) => r.statusCode === 200).length;
    expect(responses.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const events = await readStream(t.handle.db, `cadre-training/${id}`);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'VoteCast')).toHaveLength(ok);
    expect(new Set(events.filter((e) => e.type === 'VoteCast').map((e) => e.metadata.actor.id)).size).toBe(ok);
    await changeSettings(t, { committeeSize: 3 });
  });

  describe('Idempotency-Key', () => {
    it('a retry with the same key and body gets the same answer and appends nothing', async () => {
      const { id } = await start(t, org.manager, 'suggestion', suggestionBody('Idempotent command'));
      const body = { type: 'AssignHandler', principalId: org.handler.id };
      const first = await send(t, org.manager, 'suggestion', id, body, { 'idempotency-key': 'assign-1' });
      expect(first.statusCode).toBe(200);
      const again = await send(t, org.manager, 'suggestion', id, body, { 'idempotency-key': 'assign-1' });
      expect(again.statusCode).toBe(200);
      const { replayed, ...rest } = again.json();
      expect(replayed).toBe(true);
      expect(rest).toEqual(first.json());
      expect(await versionsOf(id)).toEqual([1, 2]);
      // Even after the instance moved on, the retry still gets the original answer (not command_not_allowed).
      await cmd(t, org.handler, 'suggestion', id, { type: 'Reply', method: 'posted_notice', content: 'Done' });
      const late = await send(t, org.manager, 'suggestion', id, body, { 'idempotency-key': 'assign-1' });
      expect(late.statusCode).toBe(200);
      expect(late.json()).toMatchObject({ version: 2, state: 'in_progress', replayed: true });
      expect(await versionsOf(id)).toEqual([1, 2, 3]);
    });

    it('a start command retried with its key creates one instance', async () => {
      const body = suggestionBody('Idempotent start');
      const first = await send(t, org.manager, 'suggestion', null, body, { 'idempotency-key': 'start-1' });
      const again = await send(t, org.manager, 'suggestion', null, body, { 'idempotency-key': 'start-1' });
      expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
      expect(again.json().id).toBe(first.json().id);
      const rows = await t.handle.db.selectFrom('events').select('stream_id').where('type', '=', 'SuggestionRegistered').where(({ eb }) => eb(eb.ref('data', '->>').key('content'), '=', 'Idempotent start')).execute();
      expect(rows).toHaveLength(1);
    });

    it('20 concurrent requests with one key: one append, every answer the same', async () => {
      const { id } = await start(t, org.manager, 'suggestion', suggestionBody('Concurrent idempotent'));
      const body = { type: 'AssignHandler', principalId: org.handler.id };
      const responses = await Promise.all(Array.from({ length: 20 }, () => send(t, org.manager, 'suggestion', id, body, { 'idempotency-key': 'burst-1' })));
      expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 200));
      const answers = responses.map((r) => {
        const { replayed: _r, ...rest } = r.json();
        return rest;
      });
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(responses.filter((r) => r.json().replayed !== true)).toHaveLength(1);
      expect(await versionsOf(id)).toEqual([1, 2]);

      const starts = await Promise.all(
        Array.from({ length: 20 }, () => send(t, org.manager, 'suggestion', null, suggestionBody('Concurrent idempotent start'), { 'idempotency-key': 'burst-start' })),
      );
      expect(starts.map((r) => r.statusCode)).toEqual(starts.map(() => 201));
      expect(new Set(starts.map((r) => r.json().id)).size).toBe(1);
      const created = await t.handle.db.selectFrom('view_instances').select('id').where('id', '=', starts[0]?.json().id).execute();
      expect(created).toHaveLength(1);
      const all = await t.handle.db.selectFrom('events').select('stream_id').where(({ eb }) => eb(eb.ref('data', '->>').key('content'), '=', 'Concurrent idempotent start')).execute();
      expect(all).toHaveLength(1);
    });

    it('the same key with a different body is 422 idempotency_key_reused and appends nothing', async () => {
      const { id } = await start(t, org.manager, 'suggestion', suggestionBody('Key reuse'));
      await cmd(t, org.manager, 'suggestion', id, { type: 'AssignHandler', principalId: org.handler.id }, { 'idempotency-key': 'reuse-1' });
      const problem = await refused(
        t,
        org.manager,
        'suggestion',
        id,
        { type: 'Reply', method: 'posted_notice', content: 'Different' },
        422,
        'idempotency_key_reused',
        { 'idempotency-key': 'reuse-1' },
      );
      expect(problem).toMatchObject({ status: 422, type: '/problems/idempotency_key_reused' });
      // Same body, other target: also a different request.
      const other = await start(t, org.manager, 'suggestion', suggestionBody('Key reuse 2'));
      await refused(t, org.manager, 'suggestion', other.id, { type: 'AssignHandler', principalId: org.handler.id }, 422, 'idempotency_key_reused', {
        'idempotency-key': 'reuse-1',
      });
      expect(await versionsOf(id)).toEqual([1, 2]);
      expect(await versionsOf(other.id)).toEqual([1]);
      // Keys belong to their principal: another principal may use the same key for its own request.
      const manager2 = await t.principal(['suggestion_manager']);
      await cmd(t, manager2, 'suggestion', other.id, { type: 'AssignHandler', principalId: org.handler.id }, { 'idempotency-key': 'reuse-1' });
    });
  });
});
