/**
 * Principals: an admin creates (token shown once), lists (tokens never again) and revokes them
 * (the token stops working at once); nobody else may, and a non-admin cannot mint an admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('principals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('an admin creates a principal: 201 with its token, which then authenticates it', async () => {
    const response = await t.as(t.admin, {
      method: 'POST',
      url: '/admin/principals',
      payload: { name: 'Branch chair Li', roles: ['branch_chair', 'member'], memberId: 'm-17', branchId: 'b2' },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Branch chair Li',
      roles: ['branch_chair', 'member'],
      memberId: 'm-17',
      branchId: 'b2',
      hostUnit: null,
      email: null,
      locale: null,
      username: null,
      hasPassword: false,
      hasToken: true,
      expiresAt: null,
      createdAt: '2024-03-01T09:00:00.000Z',
      revokedAt: null,
      token: expect.stringMatching(/^dkt_[A-Za-z0-9_-]{43}$/),
    });
    const me = await t.as(null, { method: 'GET', url: '/me', headers: { authorization: `Bearer ${created.token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id: created.id,
      name: 'Branch chair Li',
      roles: ['branch_chair', 'member'],
      memberId: 'm-17',
      branchId: 'b2',
      hostUnit: null,
      username: null,
      expiresAt: null,
      signedInWith: 'token',
      sessionExpiresAt: null,
    });
    // Without links they are null.
    const plain = await t.as(t.admin, { method: 'POST', url: '/admin/principals', payload: { name: 'Office', roles: ['office'] } });
    expect(plain.json()).toMatchObject({ memberId: null, branchId: null });
  });

  it('the list shows every principal without any token or hash', async () => {
    const office = await t.principal(['office'], { name: 'Listed office' });
    const response = await t.as(t.admin, { method: 'GET', url: '/admin/principals' });
    expect(response.statusCode).toBe(200);
    const { principals } = response.json<{ principals: Record<string, unknown>[] }>();
    const listed = principals.find((p) => p.id === office.id);
    expect(listed).toEqual({
      id: office.id,
      name: 'Listed office',
      roles: ['office'],
      memberId: null,
      branchId: null,
      hostUnit: null,
      email: null,
      locale: null,
      username: null,
      hasPassword: false,
      hasToken: true,
      expiresAt: null,
      createdAt: expect.stringMatching(ISO_INSTANT),
      revokedAt: null,
    });
    expect(principals.some((p) => p.id === t.admin.id)).toBe(true);
    expect(response.body).not.toContain(office.token);
    // Whether a principal has a token is listed; no token, hash or password ever is.
    expect(response.body).not.toMatch(/dkt_|[0-9a-f]{64}|scrypt|"token"|"password"/i);
  });

  it('revoking: 200 with revokedAt, the token is refused at once, revoking again keeps the first time', async () => {
    const target = await t.principal(['handler'], { name: 'Leaving handler' });
    expect((await t.as(target, { method: 'GET', url: '/me' })).statusCode).toBe(200);
    const revoked = await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${target.id}` });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: target.id, revokedAt: '2024-03-01T09:00:00.000Z' });
    expect((await t.as(target, { method: 'GET', url: '/me' })).statusCode).toBe(401);
    t.clock.advanceDays(1);
    const again = await t.as(t.admin, { method: 'DELETE', url: `/admin/principals/${target.id}` });
    expect(again.statusCode).toBe(200);
    expect(again.json().revokedAt).toBe('2024-03-01T09:00:00.000Z');
    const listed = (await t.as(t.admin, { method: 'GET', url: '/admin/principals' })).json<{ principals: { id: string; revokedAt: string | null }[] }>();
    expect(listed.principals.find((p) => p.id === target.id)?.revokedAt).toBe('2024-03-01T09:00:00.000Z');
  });

  it('only an admin manages principals: a non-admin cannot create an admin (or anyone), list or revoke', async () => {
    const chair = await t.principal(['chair', 'committee', 'office']);
    const asAdmin = await t.as(chair, { method: 'POST', url: '/admin/principals', payload: { name: 'Sneaky', roles: ['admin'] } });
    expect(asAdmin.statusCode).toBe(403);
    expect(asAdmin.json()).toMatchObject({ code: 'forbidden_role', requiredRoles: ['admin'] });
    expect((await t.as(chair, { method: 'POST', url: '/admin/principals', payload: { name: 'Helper', roles: ['office'] } })).statusCode).toBe(403);
    expect((await t.as(chair, { method: 'GET', url: '/admin/principals' })).statusCode).toBe(403);
    expect((await t.as(chair, { method: 'DELETE', url: `/admin/principals/${t.admin.id}` })).statusCode).toBe(403);
    const all = (await t.as(t.admin, { method: 'GET', url: '/admin/principals' })).json<{ principals: { name: string }[] }>();
    expect(all.principals.some((p) => p.name === 'Sneaky' || p.name === 'Helper')).toBe(false);
    expect((await t.as(null, { method: 'GET', url: '/admin/principals' })).statusCode).toBe(401);
  });

  it('validates the new principal: roles from the list, at least one, no duplicates, no unknown fields', async () => {
    const post = (payload: Record<string, unknown>) => t.as(t.admin, { method: 'POST', url: '/admin/principals', payload });
    for (const payload of [
      { name: 'x', roles: [] },
      { name: 'x', roles: ['king'] },
      { name: 'x', roles: ['office', 'office'] },
      { name: '', roles: ['office'] },
      { name: 'x', roles: 'office' },
      { name: 'x', roles: ['office'], token: 'dkt_mine' },
      { name: 'x', roles: ['office'], memberId: 'has space' },
      { roles: ['office'] },
    ]) {
      const response = await post(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ status: 400, code: 'invalid_request' });
    }
  });

  it('revoking an unknown principal is 404; a bad id is 400', async () => {
    expect((await t.as(t.admin, { method: 'DELETE', url: '/admin/principals/nobody' })).statusCode).toBe(404);
    expect((await t.as(t.admin, { method: 'DELETE', url: '/admin/principals/a%20b' })).statusCode).toBe(400);
  });
});
