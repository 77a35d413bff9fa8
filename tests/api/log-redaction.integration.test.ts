/**
 * Logs never carry secrets or personal data: while requests that include a bearer token, an
 * Idempotency-Key and personal fields (birthDate, a submitter's contact) are served — including
 * 4xx answers, a 401 with a wrong token and a 500 — none of those values appears in any log line,
 * at the most verbose level. The requests themselves are logged (with their request id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { appendEvents } from '../support/log.ts';

const BIRTH_DATE = '1977-07-17';
const OTHER_BIRTH_DATE = '1966-06-16';
const CONTACT = 'contact-secret-0573-555-0199';
const SUBMITTER_NAME = 'Submitter Secretname';
const [KEY_1, KEY_2, KEY_3, KEY_4] = ['idem-secret-aaa111', 'idem-secret-bbb222', 'idem-secret-ccc333', 'idem-secret-ddd444'] as const;
const IDEMPOTENCY_KEYS = [KEY_1, KEY_2, KEY_3, KEY_4];
const WRONG_TOKEN = 'dkt_wrongtokenwrongtokenwrongtokenwrongtoken123';

describe('log redaction', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({
      now: '2024-03-01T09:00:00Z',
      logLevel: 'trace',
      logStream: { write: (line: string) => void lines.push(line) },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('tokens, idempotency keys, birth dates and contacts never reach the logs, on 2xx, 4xx and 500 paths', async () => {
    const manager = await t.principal(['suggestion_manager'], { name: 'Manager' });
    const statuses: number[] = [];
    const send = async (...args: Parameters<TestApp['as']>) => {
      const response = await t.as(...args);
      statuses.push(response.statusCode);
      return response;
    };

    // 201: a member with a birth date; a suggestion with a submitter's contact.
    const member = await send(t.admin, {
      method: 'POST',
      url: '/workflows/member/instances',
      headers: { 'idempotency-key': KEY_1, 'x-request-id': 'log-test-1' },
      payload: {
        type: 'RegisterMember',
        name: 'Log Member',
        gender: 'male',
        birthDate: BIRTH_DATE,
        education: 'bachelor',
        title: 'junior',
        employment: 'working',
        branchId: 'b1',
        joinedOn: '2010-01-01',
      },
    });
    expect(member.statusCode).toBe(201);
    const memberId = member.json().id as string;
    const registered = await send(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      headers: { 'idempotency-key': KEY_2 },
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'visit', category: 'c', content: 'x', submitter: { name: SUBMITTER_NAME, contact: CONTACT } },
    });
    expect(registered.statusCode).toBe(201);
    // A replayed retry (same key and body).
    expect((await send(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      headers: { 'idempotency-key': KEY_2 },
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'visit', category: 'c', content: 'x', submitter: { name: SUBMITTER_NAME, contact: CONTACT } },
    })).statusCode).toBe(201);
    // Reading the instance returns the contact to an authorised caller (but never logs it).
    expect((await send(manager, { method: 'GET', url: `/workflows/suggestion/instances/${registered.json().id}` })).body).toContain(CONTACT);

    // 4xx: invalid body with personal data; a reused key (its detail names the key); a wrong token; a 403.
    expect((await send(t.admin, {
      method: 'POST',
      url: '/workflows/member/instances',
      headers: { 'idempotency-key': KEY_3 },
      payload: { type: 'RegisterMember', name: 'Bad', birthDate: OTHER_BIRTH_DATE, contact: CONTACT },
    })).statusCode).toBe(400);
    expect((await send(manager, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      headers: { 'idempotency-key': KEY_2 },
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'visit', category: 'c', content: 'other', submitter: { name: SUBMITTER_NAME, contact: CONTACT } },
    })).statusCode).toBe(422);
    expect((await send(null, { method: 'GET', url: '/me', headers: { authorization: `Bearer ${WRONG_TOKEN}` } })).statusCode).toBe(401);
    expect((await send(manager, {
      method: 'POST',
      url: '/workflows/member/instances',
      payload: { type: 'RegisterMember', name: 'N', gender: 'male', birthDate: OTHER_BIRTH_DATE, education: 'bachelor', title: 'junior', employment: 'working', branchId: 'b1', joinedOn: '2010-01-01' },
    })).statusCode).toBe(403);

    // 500: the member stream diverges from the code; a command carrying a birth date then fails inside.
    await appendEvents(
      t.handle.db,
      {
        streamId: `member/${memberId}`,
        workflow: 'member',
        workflowVersion: 1,
        expectedVersion: 1,
        events: [{ type: 'NotAMemberEvent', data: {}, occurredOn: '2024-03-01', metadata: { actor: { id: 'x', name: 'x', role: 'office' } } }],
      },
      t.clock.now(),
    );
    const office = await t.principal(['office']);
    const failed = await send(office, {
      method: 'POST',
      url: `/workflows/member/instances/${memberId}/commands`,
      headers: { 'idempotency-key': KEY_4, 'x-request-id': 'log-test-500' },
      payload: { type: 'UpdateProfile', birthDate: OTHER_BIRTH_DATE },
    });
    expect(failed.statusCode).toBe(500);
    expect(statuses).toEqual([201, 201, 201, 200, 400, 422, 401, 403, 500]);

    const log = lines.join('');
    // The requests were logged, with their ids, and the failure with its error...
    expect(log).toContain('"reqId":"log-test-1"');
    expect(lines.some((l) => l.includes('"reqId":"log-test-500"') && l.includes('"level":50'))).toBe(true);
    expect(lines.some((l) => l.includes('"statusCode":500'))).toBe(true);
    // ...but no secret and no personal value appears anywhere.
    const secrets = [t.admin.token, manager.token, office.token, WRONG_TOKEN, ...IDEMPOTENCY_KEYS, BIRTH_DATE, OTHER_BIRTH_DATE, CONTACT, SUBMITTER_NAME];
    for (const secret of secrets) expect(log.includes(secret), `logs contain ${secret}`).toBe(false);
    expect(log).not.toMatch(/Bearer /);
  });

  it('passwords and session cookies never reach the logs: sign-in, a wrong password, a password change, cookie requests', async () => {
    lines.length = 0;
    const password = 'password-secret-7731';
    const next = 'password-secret-8842';
    const created = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Logged person', roles: ['office'], username: 'logged.person', password } });
    expect(created.statusCode).toBe(201);
    const csrf = { 'x-docket-csrf': '1' };
    expect((await t.app.inject({ method: 'POST', url: '/auth/signin', headers: csrf, payload: { username: 'logged.person', password: `${password}-wrong` } })).statusCode).toBe(401);
    const signedIn = await t.app.inject({ method: 'POST', url: '/auth/signin', headers: csrf, payload: { username: 'logged.person', password } });
    expect(signedIn.statusCode).toBe(200);
    const cookie = /docket_session=([^;]+)/.exec(String(signedIn.headers['set-cookie']))?.[1] ?? 'missing';
    const headers = { ...csrf, cookie: `docket_session=${cookie}` };
    expect((await t.app.inject({ method: 'GET', url: '/me', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/me/password', headers, payload: { currentPassword: password, newPassword: next } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/me/password', headers, payload: { currentPassword: 'x', newPassword: 'short' } })).statusCode).toBe(400);
    const log = lines.join('');
    expect(log).toContain('signed in');
    for (const secret of [password, next, cookie]) expect(log.includes(secret), `logs contain ${secret}`).toBe(false);
  });

  it('the app logger redacts the shapes a request, a command or an error could carry', () => {
    lines.length = 0;
    const log = t.app.log.child({ reqId: 'redaction-shapes' });
    log.info({ req: { method: 'POST', headers: { authorization: `Bearer ${WRONG_TOKEN}`, 'idempotency-key': IDEMPOTENCY_KEYS[0] } } }, 'request with headers');
    log.info({ body: { birthDate: BIRTH_DATE, submitter: { name: SUBMITTER_NAME, contact: CONTACT } } }, 'a body');
    log.info({ applicant: { name: 'A', birthDate: BIRTH_DATE }, submitter: { name: SUBMITTER_NAME, contact: CONTACT } }, 'a command');
    log.info({ principal: { id: 'p', token: WRONG_TOKEN }, token: WRONG_TOKEN }, 'a principal');
    const text = lines.join('');
    expect(lines).toHaveLength(4);
    expect(text).toContain('[redacted]');
    expect(text).toContain('"reqId":"redaction-shapes"');
    for (const secret of [WRONG_TOKEN, KEY_1, BIRTH_DATE, CONTACT, SUBMITTER_NAME]) expect(text.includes(secret), secret).toBe(false);
  });
});
