/**
 * The front door through HTTP: security headers on every response (API, errors, /docs, the
 * console); Swagger UI keeps no token in localStorage; failed authentication from one address is
 * limited (429 with Retry-After); a principal's command rate is limited when configured; the
 * server's timeouts are set, a slow client is cut off and an idle keep-alive connection closed;
 * bodies over the limit are refused before they are read; behind a trusted proxy the session cookie
 * is Secure and the client's address is the forwarded one.
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { DEFAULT_FRONT_DOOR } from '../../src/http/front-door.ts';

const register = (content: string) => ({ type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'online', category: 'c', content, anonymous: true });

function expectSecurityHeaders(response: LightMyRequestResponse, where: string): void {
  expect(response.headers['x-content-type-options'], where).toBe('nosniff');
  expect(response.headers['x-frame-options'], where).toBe('SAMEORIGIN');
  expect(response.headers['strict-transport-security'], where).toMatch(/max-age=\d+/);
  expect(response.headers['referrer-policy'], where).toBe('no-referrer');
  expect(response.headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(response.headers['cross-origin-resource-policy'], where).toBe('same-origin');
  expect(response.headers['content-security-policy'], where).toMatch(/frame-ancestors 'none'/);
  expect(response.headers['x-powered-by'], where).toBeUndefined();
}

/** Opens a raw connection; resolves with everything the server sent once it closes the connection. */
function rawConnection(port: number): { socket: Socket; closed: Promise<string> } {
  const socket = connect({ host: '127.0.0.1', port });
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('latin1');
  });
  socket.on('error', () => {});
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(received)));
  return { socket, closed };
}

/** Resolves `promise`, or rejects after a generous bound (not a timing assertion: a hang guard). */
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<T>((_resolve, reject) => setTimeout(() => reject(new Error(`${what}: still open after ${ms} ms`)), ms))]);

describe('front door, default settings', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('security headers on every response: API answers, problems, /docs, its JSON, /health and the console', async () => {
    const responses: [string, LightMyRequestResponse][] = [
      ['GET /me', await t.as(manager, { method: 'GET', url: '/me' })],
      ['401', await t.app.inject({ method: 'GET', url: '/me' })],
      ['404', await t.as(manager, { method: 'GET', url: '/no/such/route' })],
      ['400', await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: { type: 'Nope' } })],
      ['command', await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register('headers') })],
      ['GET /docs/', await t.app.inject({ method: 'GET', url: '/docs/' })],
      ['GET /docs/json', await t.app.inject({ method: 'GET', url: '/docs/json' })],
      ['GET /health', await t.app.inject({ method: 'GET', url: '/health' })],
      ['GET /console/', await t.app.inject({ method: 'GET', url: '/console/' })],
    ];
    for (const [where, response] of responses) {
      expect(response.statusCode, where).toBeLessThan(500);
      expectSecurityHeaders(response, where);
    }
    const docs = responses.find(([where]) => where === 'GET /docs/')?.[1];
    expect(docs?.headers['content-security-policy']).toContain("script-src 'self'");
    expect(docs?.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    // The console keeps its own, stricter policy.
    const console = responses.find(([where]) => where === 'GET /console/')?.[1];
    expect(console?.headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self'/);
  });

  it('Swagger UI does not persist a token in localStorage', async () => {
    const initializer = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toMatch(/"persistAuthorization":\s*false/);
    expect(initializer.body).not.toMatch(/"persistAuthorization":\s*true/);
  });

  it('sets the request, header, connection and keep-alive timeouts', () => {
    const server = t.app.server;
    expect(server.requestTimeout).toBe(DEFAULT_FRONT_DOOR.requestTimeoutMs);
    expect(server.headersTimeout).toBe(DEFAULT_FRONT_DOOR.requestTimeoutMs);
    expect(server.keepAliveTimeout).toBe(DEFAULT_FRONT_DOOR.keepAliveTimeoutMs);
    expect(server.timeout).toBe(DEFAULT_FRONT_DOOR.connectionTimeoutMs);
    expect(DEFAULT_FRONT_DOOR).toMatchObject({ requestTimeoutMs: 30_000, connectionTimeoutMs: 60_000, keepAliveTimeoutMs: 10_000, bodyLimit: 1_048_576 });
  });

  it('failed authentication from one address: 20 a minute, then 429 with Retry-After for any credential from there', async () => {
    t.clock.set('2024-03-01T10:00:00Z');
    const from = (remoteAddress: string, token: string) => t.app.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${token}` }, remoteAddress });
    for (let i = 0; i < 20; i++) expect((await from('10.4.0.1', `dkt_wrong${i}wrong${i}wrong${i}`)).statusCode).toBe(401);
    const blocked = await from('10.4.0.1', 'dkt_onemoreonemoreonemore');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.json()).toMatchObject({ status: 429, code: 'too_many_failures', retryAfterSeconds: 60 });
    expect(blocked.headers['retry-after']).toBe('60');
    // Even a valid token from that address waits; other addresses do not.
    expect((await from('10.4.0.1', manager.token)).statusCode).toBe(429);
    expect((await from('10.4.0.2', manager.token)).statusCode).toBe(200);
    t.clock.advanceMs(30_000);
    expect((await from('10.4.0.1', manager.token)).headers['retry-after']).toBe('30');
    t.clock.advanceMs(30_000);
    expect((await from('10.4.0.1', manager.token)).statusCode).toBe(200);
    // A bad session cookie counts as a failure as well.
    for (let i = 0; i < 20; i++) {
      expect((await t.app.inject({ method: 'GET', url: '/me', headers: { cookie: `docket_session=${'x'.repeat(43)}` }, remoteAddress: '10.4.0.3' })).statusCode).toBe(401);
    }
    expect((await from('10.4.0.3', manager.token)).statusCode).toBe(429);
    t.clock.set('2024-03-01T09:00:00Z');
  });

  it('commands have no rate limit unless configured', async () => {
    for (let i = 0; i < 30; i++) expect((await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register(`unlimited ${i}`) })).statusCode).toBe(201);
  });

  it('refuses a body over the limit with 413 before reading it; an unauthenticated body is never read', async () => {
    const big = 'x'.repeat(DEFAULT_FRONT_DOOR.bodyLimit + 1);
    const tooLarge = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register(big) });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toMatchObject({ code: 'body_too_large' });
    expect((await t.app.inject({ method: 'POST', url: '/workflows/suggestion/instances', payload: register(big) })).statusCode).toBe(401);

    // Over a real socket: headers announcing 10 MB, no body sent. The answer comes without waiting for it.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const answered = (headers: string) => {
      const { socket, closed } = rawConnection(port);
      const first = new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1'))));
      socket.write(`POST /workflows/suggestion/instances HTTP/1.1\r\nHost: localhost\r\ncontent-type: application/json\r\n${headers}\r\n`);
      return within(first, 10_000, 'the answer to an over-long body').finally(() => {
        socket.destroy();
        return closed;
      });
    };
    expect(await answered(`authorization: Bearer ${manager.token}\r\ncontent-length: 10485760\r\n`)).toMatch(/^HTTP\/1\.1 413 /);
    expect(await answered('content-length: 10485760\r\n')).toMatch(/^HTTP\/1\.1 401 /);
  });
});

describe('front door, tuned settings', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await testApp({
      now: '2024-03-01T09:00:00Z',
      settings: {
        frontDoor: { requestTimeoutMs: 300, connectionTimeoutMs: 5_000, keepAliveTimeoutMs: 200, bodyLimit: 4096, trustProxy: true },
        rateLimits: { commandsPerMinute: 3 },
      },
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes the configured timeouts', () => {
    expect(t.app.server.requestTimeout).toBe(300);
    expect(t.app.server.headersTimeout).toBe(300);
    expect(t.app.server.keepAliveTimeout).toBe(200);
    expect(t.app.server.timeout).toBe(5_000);
  });

  it('cuts off a client that trickles its headers (slow loris)', async () => {
    const { socket, closed } = rawConnection(port);
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n');
    let n = 0;
    const trickle = setInterval(() => {
      if (!socket.destroyed) socket.write(`x-slow-${(n += 1)}: y\r\n`);
    }, 50);
    try {
      const received = await within(closed, 15_000, 'a slow client');
      expect(received === '' || /^HTTP\/1\.1 408 /.test(received)).toBe(true);
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  });

  it('closes an idle keep-alive connection', async () => {
    const { socket, closed } = rawConnection(port);
    socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const received = await within(closed, 15_000, 'an idle keep-alive connection');
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toMatch(/keep-alive: timeout=0?\.?\d*/i);
    socket.destroy();
  });

  it('the configured body limit applies, also to a chunked body without a length', async () => {
    const manager = await t.principal(['suggestion_manager']);
    const response = await t.as(manager, { method: 'POST', url: '/workflows/suggestion/instances', payload: register('y'.repeat(5000)) });
    expect(response.json()).toMatchObject({ status: 413, code: 'body_too_large' });

    const { socket, closed } = rawConnection(port);
    socket.write(
      `POST /workflows/suggestion/instances HTTP/1.1\r\nHost: localhost\r\nauthorization: Bearer ${manager.token}\r\n` +
        'content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
    );
    const chunk = 'z'.repeat(1024);
    const answer = new Promise<string>((resolve) => socket.once('data', (data: Buffer) => resolve(data.toString('latin1'))));
    // Keeps sending 1 KiB chunks until the server answers: it must stop reading at the limit.
    const pump = setInterval(() => {
      if (!socket.destroyed) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }, 5);
    try {
      expect(await within(answer, 15_000, 'a chunked body over the limit')).toMatch(/^HTTP\/1\.1 413 /);
    } finally {
      clearInterval(pump);
      socket.destroy();
      await closed;
    }
  });

  it('limits each principal to its command rate: 429 with Retry-After, others unaffected, again after the minute', async () => {
    t.clock.set('2024-03-01T11:00:00Z');
    const busy = await t.principal(['suggestion_manager']);
    const calm = await t.principal(['suggestion_manager']);
    const send = (who: TestPrincipal, content: string) => t.as(who, { method: 'POST', url: '/workflows/suggestion/instances', payload: register(content) });
    for (let i = 0; i < 3; i++) expect((await send(busy, `busy ${i}`)).statusCode).toBe(201);
    const limited = await send(busy, 'busy 3');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 60 });
    expect(limited.headers['retry-after']).toBe('60');
    const recorded = await t.handle.db.selectFrom('events').select('data').where('type', '=', 'SuggestionRegistered').execute();
    expect(recorded.filter((e) => e.data.content === 'busy 3')).toHaveLength(0);
    // Reads are not commands.
    expect((await t.as(busy, { method: 'GET', url: '/me' })).statusCode).toBe(200);
    expect((await send(calm, 'calm 0')).statusCode).toBe(201);
    t.clock.advanceMs(60_000);
    expect((await send(busy, 'busy again')).statusCode).toBe(201);
  });

  it('behind a trusted proxy: the session cookie is Secure over HTTPS, and limits count the forwarded address', async () => {
    t.clock.set('2024-03-01T12:00:00Z');
    await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Proxied', roles: ['office'], username: 'proxied', password: 'a long password' } });
    const signIn = (headers: Record<string, string>, password = 'a long password') =>
      t.app.inject({ method: 'POST', url: '/auth/signin', payload: { username: 'proxied', password }, headers: { 'x-docket-csrf': '1', ...headers } });
    const secure = await signIn({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' });
    expect(secure.statusCode).toBe(200);
    expect(String(secure.headers['set-cookie'])).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    const plain = await signIn({ 'x-forwarded-for': '203.0.113.7' });
    expect(String(plain.headers['set-cookie'])).not.toContain('Secure');
    // An Origin over HTTPS must name the forwarded scheme.
    const cookie = /docket_session=[^;]+/.exec(String(secure.headers['set-cookie']))?.[0] ?? '';
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/signout',
      headers: { cookie, 'x-docket-csrf': '1', origin: 'https://localhost:80', 'x-forwarded-proto': 'https' },
    });
    expect(out.statusCode).toBe(204);
    const guess = (i: number) =>
      t.app.inject({ method: 'POST', url: '/auth/signin', payload: { username: `guess.${i}`, password: 'wrong password!' }, headers: { 'x-docket-csrf': '1', 'x-forwarded-for': '198.51.100.1' } });
    for (let i = 0; i < 20; i++) expect((await guess(i)).statusCode).toBe(401);
    expect((await signIn({ 'x-forwarded-for': '198.51.100.1' })).statusCode).toBe(429);
    expect((await signIn({ 'x-forwarded-for': '198.51.100.2' })).statusCode).toBe(200);
  });
});
