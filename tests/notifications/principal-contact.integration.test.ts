import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';

describe('principals: where notices reach them (email, locale), set at creation and with PATCH', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (payload: object) => t.as(t.admin, { method: 'POST', url: '/admin/principals', payload });

  it('are given at creation, listed for the admin, changed and cleared', async () => {
    const created = await create({ name: 'Chair', roles: ['chair'], email: 'chair@example.org', locale: 'en' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'chair@example.org', locale: 'en' });
    const plain = await create({ name: 'Office', roles: ['office'] });
    expect(plain.json()).toMatchObject({ email: null, locale: null });

    const id = created.json().id as string;
    const changed = await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${id}`, payload: { locale: 'zh-CN' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ email: 'chair@example.org', locale: 'zh-CN' });
    const cleared = await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${id}`, payload: { email: null } });
    expect(cleared.json()).toMatchObject({ email: null, locale: 'zh-CN' });
    const listed = (await t.as(t.admin, { method: 'GET', url: '/admin/principals' })).json().principals.find((p: { id: string }) => p.id === id);
    expect(listed).toMatchObject({ email: null, locale: 'zh-CN' });
    // Not part of who the caller is: /me does not show it.
    const me = await t.as({ ...t.admin, token: created.json().token }, { method: 'GET', url: '/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).not.toHaveProperty('email');
  });

  it('refuse bad addresses, unknown languages, other roles and unknown principals', async () => {
    for (const payload of [
      { name: 'X', roles: ['chair'], email: 'not an address' },
      { name: 'X', roles: ['chair'], locale: 'fr' },
      { name: 'X', roles: ['chair'], email: `${'a'.repeat(250)}@example.org` },
    ]) {
      const res = await create(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const office = await t.principal(['office']);
    expect((await t.as(office, { method: 'PATCH', url: `/admin/principals/${office.id}`, payload: { email: 'me@example.org' } })).statusCode).toBe(403);
    expect((await t.as(t.admin, { method: 'PATCH', url: '/admin/principals/nobody', payload: { email: 'x@example.org' } })).statusCode).toBe(404);
    expect((await t.as(t.admin, { method: 'PATCH', url: `/admin/principals/${office.id}`, payload: { locale: 'fr' } })).statusCode).toBe(400);
  });
});
