/** Shared steps for the read-view specs: send commands over HTTP, read a view, seed members and settings. */
import { expect } from 'vitest';
import type { TestApp, TestPrincipal } from './app.ts';
import { memberProfile, startWithId } from './realistic-mix.ts';

export interface Sent {
  id: string;
  state: string;
  version: number;
}

/** Sends a command (starts an instance without `id`); fails the test unless it is accepted. */
export async function send(t: TestApp, who: TestPrincipal, workflow: string, payload: Record<string, unknown>, id?: string): Promise<Sent> {
  const url = id ? `/workflows/${workflow}/instances/${id}/commands` : `/workflows/${workflow}/instances`;
  const res = await t.as(who, { method: 'POST', url, payload });
  expect(res.statusCode, `${String(payload.type)}: ${res.body}`).toBeLessThan(300);
  return res.json() as Sent;
}

/** GET that must answer 200. */
export async function view<T>(t: TestApp, who: TestPrincipal, url: string): Promise<T> {
  const res = await t.as(who, { method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

/** GET that must fail with this status (and code). */
export async function refused(t: TestApp, who: TestPrincipal | null, url: string, status: number, code?: string): Promise<void> {
  const res = await t.as(who, { method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  if (code) expect(res.json().code).toBe(code);
}

export async function registerMember(t: TestApp, id: string, branchId: string, birthDate?: string): Promise<void> {
  const { engine, scheduler } = t.app.docket;
  await startWithId({ db: t.handle.db, engine, scheduler, clock: t.clock }, t.admin, 'member', { type: 'RegisterMember', ...memberProfile(`Member ${id}`, branchId, birthDate) }, id);
}

/** Changes the organisation settings (starting the settings stream on first use). */
export async function changeSettings(t: TestApp, patch: Record<string, unknown>): Promise<void> {
  const { engine, scheduler } = t.app.docket;
  const command = { type: 'ChangeSettings', ...patch };
  const exists = await t.handle.db.selectFrom('streams').select('stream_id').where('stream_id', '=', 'settings/organization').executeTakeFirst();
  if (exists) await engine.execute({ workflow: 'settings', instanceId: 'organization', principal: t.admin, command });
  else await startWithId({ db: t.handle.db, engine, scheduler, clock: t.clock }, t.admin, 'settings', command, 'organization');
}
