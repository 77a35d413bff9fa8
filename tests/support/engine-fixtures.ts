/**
 * Shared set-up for the engine and API integration specs: an organisation (settings with
 * branches, roster members linked to principals, one principal per role) and HTTP helpers that
 * send commands through app.inject and assert the status.
 */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestPrincipal } from './app.ts';
import { ROLES, type Role } from '../../workflows/contract.ts';

export type Body = Record<string, unknown>;
export type Headers = Record<string, string>;

export interface CommandJson {
  id: string;
  workflow: string;
  workflowVersion: number;
  state: string;
  status: string;
  version: number;
  replayed?: boolean;
  events: { version: number; type: string; data: Body; actor: { id: string; name: string; role: string }; occurredOn: string; hash: string }[];
}

/** POST /workflows/{w}/instances (no id) or /instances/{id}/commands; returns the raw response. */
export function send(
  t: TestApp,
  who: TestPrincipal | null,
  workflow: string,
  id: string | null,
  body: Body,
  headers: Headers = {},
): Promise<LightMyRequestResponse> {
  const url = id === null ? `/workflows/${workflow}/instances` : `/workflows/${workflow}/instances/${id}/commands`;
  return t.as(who, { method: 'POST', url, payload: body, headers });
}

function explain(response: LightMyRequestResponse): string {
  return `${response.statusCode} ${response.body.slice(0, 500)}`;
}

/** Starts an instance; must answer 201. */
export async function start(t: TestApp, who: TestPrincipal, workflow: string, body: Body, headers: Headers = {}): Promise<CommandJson> {
  const response = await send(t, who, workflow, null, body, headers);
  expect(response.statusCode, explain(response)).toBe(201);
  return response.json<CommandJson>();
}

/** Sends a command to an instance; must answer 200. */
export async function cmd(
  t: TestApp,
  who: TestPrincipal,
  workflow: string,
  id: string,
  body: Body,
  headers: Headers = {},
): Promise<CommandJson> {
  const response = await send(t, who, workflow, id, body, headers);
  expect(response.statusCode, explain(response)).toBe(200);
  return response.json<CommandJson>();
}

/** Sends a command that must be refused with `status` and `code`; returns the problem body. */
export async function refused(
  t: TestApp,
  who: TestPrincipal,
  workflow: string,
  id: string | null,
  body: Body,
  status: number,
  code: string,
  headers: Headers = {},
): Promise<Body> {
  const response = await send(t, who, workflow, id, body, headers);
  expect(response.statusCode, explain(response)).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = response.json<Body>();
  expect(problem.code).toBe(code);
  return problem;
}

export async function getJson<T = Body>(t: TestApp, who: TestPrincipal, url: string, status = 200): Promise<T> {
  const response = await t.as(who, { method: 'GET', url });
  expect(response.statusCode, explain(response)).toBe(status);
  return response.json<T>();
}

export async function history(t: TestApp, who: TestPrincipal, workflow: string, id: string): Promise<CommandJson['events']> {
  return (await getJson<{ events: CommandJson['events'] }>(t, who, `/workflows/${workflow}/instances/${id}/history`)).events;
}

export const typesOf = (events: readonly { type: string }[]) => events.map((e) => e.type);

export const BRANCHES = [
  { id: 'b1', name: 'Economy branch' },
  { id: 'b2', name: 'Education branch' },
];

export function memberBody(extra: Body = {}): Body {
  return {
    type: 'RegisterMember',
    name: 'Chen Jing',
    gender: 'female',
    birthDate: '1985-05-05',
    education: 'master',
    title: 'intermediate',
    employment: 'working',
    branchId: 'b1',
    joinedOn: '2015-06-01',
    ...extra,
  };
}

/** Registers a roster member as admin through HTTP; returns its id. */
export async function registerMember(t: TestApp, extra: Body = {}): Promise<string> {
  return (await start(t, t.admin, 'member', memberBody(extra))).id;
}

/**
 * Records the organisation settings (branches, committee size) as admin through HTTP: the first
 * change starts the one settings instance (201), later ones continue it (200).
 */
export async function changeSettings(t: TestApp, fields: Body): Promise<CommandJson> {
  const response = await send(t, t.admin, 'settings', null, { type: 'ChangeSettings', ...fields });
  expect([200, 201], explain(response)).toContain(response.statusCode);
  return response.json<CommandJson>();
}

export interface Sponsor {
  id: string;
  principal: TestPrincipal;
}

/** The unit the organisation's host unit principal speaks for: secondments to it are the ones it may act on. */
export const HOST_UNIT = 'Haining Bureau of Commerce';

export interface Org {
  office: TestPrincipal;
  chair: TestPrincipal;
  committee: [TestPrincipal, TestPrincipal];
  city: TestPrincipal;
  unitedFront: TestPrincipal;
  host: TestPrincipal;
  manager: TestPrincipal;
  handler: TestPrincipal;
  branchChair: TestPrincipal;
  /** Roster members, each with a principal holding `member` linked to it. */
  sponsors: [Sponsor, Sponsor];
}

/**
 * Settings (committee of `committeeSize`, branches b1 and b2), two roster members with
 * `member` principals, and one principal for every other role (the chair also holds committee).
 */
export async function organisation(t: TestApp, options: { committeeSize?: number } = {}): Promise<Org> {
  await changeSettings(t, { committeeSize: options.committeeSize ?? 3, branches: BRANCHES });
  const sponsor = async (name: string, birthDate: string): Promise<Sponsor> => {
    const id = await registerMember(t, { name, birthDate });
    return { id, principal: await t.principal(['member'], { name, memberId: id }) };
  };
  const sponsors: [Sponsor, Sponsor] = [await sponsor('Li Ming', '1970-01-15'), await sponsor('Zhou Hua', '1982-11-30')];
  const committee: [TestPrincipal, TestPrincipal] = [
    await t.principal(['committee'], { name: 'Committee A' }),
    await t.principal(['committee'], { name: 'Committee B' }),
  ];
  return {
    office: await t.principal(['office'], { name: 'Office' }),
    chair: await t.principal(['chair', 'committee'], { name: 'Chair' }),
    committee,
    city: await t.principal(['city_committee'], { name: 'City committee' }),
    unitedFront: await t.principal(['united_front'], { name: 'United front' }),
    host: await t.principal(['host_unit'], { name: 'Host unit', hostUnit: HOST_UNIT }),
    manager: await t.principal(['suggestion_manager'], { name: 'Suggestion manager' }),
    handler: await t.principal(['handler'], { name: 'Handler' }),
    branchChair: await t.principal(['branch_chair'], { name: 'Branch chair b1', branchId: 'b1' }),
    sponsors,
  };
}

/** Every role the workflows know, in their declared order. */
export const ALL_ROLES: readonly Role[] = ROLES;

export function applicantBody(extra: Body = {}): Body {
  return {
    type: 'SubmitApplication',
    applicant: {
      name: 'Wang Fang',
      gender: 'female',
      birthDate: '1988-04-12',
      education: 'doctorate',
      title: 'senior',
      employer: 'Zhejiang University',
      sector: 'education',
      employment: 'working',
      cpcMember: false,
    },
    branchId: 'b1',
    receivedOn: '2024-01-10',
    ...extra,
  };
}
