/**
 * Hostile input against every route (in-process, `app.inject`, a real PostgreSQL behind it):
 * a deterministic sweep of every route with the classic attacks, then property-based requests
 * (fast-check) mixing hostile params, queries, headers, content types and bodies — including
 * bodies valid but for one field, which reach the engine. For every answer:
 * - never a 5xx;
 * - every error is application/problem+json {type, title, status, detail, code} with the HTTP status;
 * - a request that failed appended nothing to the event log.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import type { InjectOptions } from 'fastify';
import { testApp, type TestApp, type TestPrincipal } from '../app.ts';
import { ROLES } from '../../../workflows/contract.ts';
import { enumerateRoutes, routeKey, type Route } from './routes.ts';
import { fieldPaths, REMOVE, sample, withField } from './sample.ts';
import { BOGUS_AUTHORIZATION, BROKEN_JSON, CONTENT_TYPES, headerString, hostileString, hostileValue, PROTO_KEYS } from './hostile.ts';

type ParamValue = { kind: 'hostile'; value: string; encode: boolean } | { kind: 'existing'; index: number };
type Query = { kind: 'none' } | { kind: 'pairs'; pairs: [string, string][] } | { kind: 'raw'; text: string };
type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; field: number; value: unknown }
  | { kind: 'remove'; field: number }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'proto'; key: string; value: unknown };
type Body =
  | { kind: 'none' }
  | { kind: 'valid-but'; choice: number; mutation: Mutation }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string }
  | { kind: 'huge' };
type Auth = { kind: 'principal' } | { kind: 'none' } | { kind: 'bogus'; value: string };

export interface FuzzRequest {
  route: number;
  params: ParamValue[];
  query: Query;
  body: Body;
  contentType: string | null;
  auth: Auth;
  headers: [string, string][];
}

export interface FuzzFigures {
  routes: number;
  documentedRoutes: number;
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  violations: string[];
  /** Requests the HTTP client itself refused to build (not sent). */
  unsendable: number;
  counterexample: string | null;
  seed: number;
}

const paramValue: fc.Arbitrary<ParamValue> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('hostile' as const), value: hostileString, encode: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('existing' as const), index: fc.nat() }) },
);

function queryArb(names: string[]): fc.Arbitrary<Query> {
  const key = fc.oneof(fc.constantFrom(...names, ...PROTO_KEYS, 'limit', 'cursor', 'asOf', 'unknown'), hostileString);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('pairs' as const), pairs: fc.array(fc.tuple(key, hostileString), { maxLength: 4 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('raw' as const),
        text: fc.constantFrom('a[b]=1&a[c]=2', '__proto__[admin]=true', 'constructor[prototype][x]=1', '%zz=1', 'limit=1&limit=2', '&&&', '=', 'asOf=2023-02-30'),
      }),
    },
  );
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), field: fc.nat(), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), field: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), key: fc.oneof(hostileString, fc.constantFrom('actor', 'role', 'version', 'id')), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const), key: fc.constantFrom(...PROTO_KEYS), value: hostileValue }) },
);

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('valid-but' as const), choice: fc.nat({ max: 200 }), mutation: mutationArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('json' as const), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('raw' as const), text: fc.constantFrom(...BROKEN_JSON) }) },
);

const authArb: fc.Arbitrary<Auth> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'principal' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bogus' as const), value: fc.oneof(fc.constantFrom(...BOGUS_AUTHORIZATION), headerString.map((s) => `Bearer ${s}`)) }) },
);

const headersArb: fc.Arbitrary<[string, string][]> = fc.array(
  fc.tuple(fc.constantFrom('idempotency-key', 'if-match', 'accept', 'x-request-id', 'accept-encoding', 'content-encoding', 'x-forwarded-for'), headerString),
  { maxLength: 3 },
);

export function requestArb(routes: readonly Route[]): fc.Arbitrary<FuzzRequest> {
  return fc.nat({ max: routes.length - 1 }).chain((route) => {
    const r = routes[route];
    const hasBody = r !== undefined && (r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH');
    return fc.record({
      route: fc.constant(route),
      params: fc.array(paramValue, { minLength: r?.params.length ?? 0, maxLength: r?.params.length ?? 0 }),
      query: queryArb(r?.query.map((q) => q.name) ?? []),
      body: hasBody ? bodyArb : fc.oneof({ weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) }, { weight: 1, arbitrary: bodyArb }),
      contentType: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) }),
      auth: authArb,
      headers: headersArb,
    });
  });
}

export interface FuzzTarget {
  t: TestApp;
  routes: Route[];
  principal: TestPrincipal;
  /** Ids that exist (instances, members, principals), so params sometimes hit real records. */
  ids: string[];
  figures: FuzzFigures;
  send(request: FuzzRequest): Promise<string | null>;
  close(): Promise<void>;
}

function encodeParam(value: string, encode: boolean): string {
  if (!encode) return value;
  try {
    return encodeURIComponent(value);
  } catch {
    return value; // a lone surrogate cannot be encoded: send it raw
  }
}

function bodyText(route: Route, body: Body): string | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'huge':
      return JSON.stringify({ type: 'RegisterSuggestion', content: 'x'.repeat(1_200_000) });
    case 'raw':
      return body.text;
    case 'json':
      return JSON.stringify(body.value) ?? 'null';
    case 'valid-but': {
      const valid = route.body ? sample(route.body, body.choice) : {};
      const m = body.mutation;
      const fields = fieldPaths(valid);
      const pick = (n: number) => fields[n % Math.max(fields.length, 1)] ?? [];
      let value: unknown = valid;
      if (m.kind === 'replace') value = withField(valid, pick(m.field), m.value);
      if (m.kind === 'remove') value = withField(valid, pick(m.field), REMOVE);
      if (m.kind === 'add' && valid !== null && typeof valid === 'object' && !Array.isArray(valid)) value = { ...valid, [m.key]: m.value };
      const text = JSON.stringify(value) ?? 'null';
      if (m.kind === 'proto' && text.startsWith('{')) {
        return `{${JSON.stringify(m.key)}:${JSON.stringify(m.value) ?? 'null'}${text === '{}' ? '' : ','}${text.slice(1)}`;
      }
      return text;
    }
  }
}

function describe(route: Route, options: InjectOptions): string {
  const payload = typeof options.payload === 'string' ? options.payload : '';
  return `${options.method} ${String(options.url).slice(0, 300)} headers=${JSON.stringify(options.headers ?? {}).slice(0, 300)} body=${payload.slice(0, 300)}`;
}

export async function createFuzzTarget(): Promise<FuzzTarget> {
  // The fuzzer sends many bad credentials from one address: with the default limit its requests would
  // mostly meet 429 (tested in tests/api/front-door.integration.test.ts) instead of the routes they aim at.
  const t = await testApp({ now: '2024-03-01T09:00:00Z', settings: { rateLimits: { authFailuresPerMinute: 1_000_000 } } });
  const routes = enumerateRoutes(t.app);
  const principal = await t.principal([...ROLES], { name: 'Fuzzer', memberId: 'm-fuzz', branchId: 'branch-1', hostUnit: 'Fuzz bureau' });
  // Not the fuzzer's own id: DELETE /admin/principals/{id} would revoke it and end the run in 401s.
  const ids: string[] = [t.admin.id, 'm-fuzz', 'branch-1'];
  // A few real records for params to hit.
  const created = await t.as(principal, {
    method: 'POST',
    url: '/workflows/suggestion/instances',
    payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'box', category: 'roads', content: 'Fix the lights', anonymous: true },
  });
  if (created.statusCode === 201) ids.push((created.json() as { id: string }).id);

  const figures: FuzzFigures = {
    routes: routes.length,
    documentedRoutes: routes.filter((r) => r.documented).length,
    requests: 0,
    byStatus: {},
    serverErrors: 0,
    violations: [],
    unsendable: 0,
    counterexample: null,
    seed: 0,
  };
  const countEvents = async () => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(t.handle.db)).rows[0]?.n ?? 0);

  async function send(request: FuzzRequest): Promise<string | null> {
    const route = routes[request.route % routes.length];
    if (!route) return null;
    let path = route.path;
    route.params.forEach((name, i) => {
      const p = request.params[i] ?? { kind: 'existing', index: 0 };
      const value = p.kind === 'existing' ? encodeURIComponent(ids[p.index % ids.length] ?? 'x') : encodeParam(p.value, p.encode);
      path = name === '*' ? path.replace('*', value) : path.replace(`:${name}`, value);
    });
    if (request.query.kind === 'pairs' && request.query.pairs.length > 0) {
      const search = new URLSearchParams();
      for (const [k, v] of request.query.pairs) {
        try {
          search.append(k, v);
        } catch {
          // unencodable (lone surrogate): skip this pair
        }
      }
      path += `?${search.toString()}`;
    } else if (request.query.kind === 'raw') {
      path += `?${request.query.text}`;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of request.headers) headers[k] = v;
    if (request.auth.kind === 'principal') headers.authorization = `Bearer ${principal.token}`;
    if (request.auth.kind === 'bogus') headers.authorization = request.auth.value;
    const payload = bodyText(route, request.body);
    if (payload !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    else if (request.contentType) headers['content-type'] = request.contentType;
    const options: InjectOptions = { method: route.method as InjectOptions['method'], url: path, headers, ...(payload !== undefined ? { payload } : {}) };

    const before = await countEvents();
    let response: Awaited<ReturnType<TestApp['app']['inject']>>;
    try {
      response = await t.app.inject(options);
    } catch {
      figures.unsendable += 1;
      return null;
    }
    const after = await countEvents();
    figures.requests += 1;
    const status = response.statusCode;
    figures.byStatus[String(status)] = (figures.byStatus[String(status)] ?? 0) + 1;
    if (status >= 200 && status < 300 && route.method === 'POST') {
      const id = (() => {
        try {
          return (response.json() as { id?: unknown }).id;
        } catch {
          return undefined;
        }
      })();
      if (typeof id === 'string' && ids.length < 200) ids.push(id);
    }
    const problems: string[] = [];
    if (status >= 500) {
      figures.serverErrors += 1;
      problems.push(`answered ${status}`);
    }
    if (status >= 400) {
      const type = String(response.headers['content-type'] ?? '');
      if (!type.startsWith('application/problem+json')) problems.push(`error with content-type ${type}`);
      try {
        const body = response.json() as Record<string, unknown>;
        for (const field of ['type', 'title', 'detail', 'code']) if (typeof body[field] !== 'string') problems.push(`problem without ${field}`);
        if (body.status !== status) problems.push(`problem status ${String(body.status)} on a ${status}`);
      } catch {
        problems.push('error body is not JSON');
      }
      if (after !== before) problems.push(`failed with ${status} but ${after - before} events were appended`);
    }
    if (problems.length === 0) return null;
    const violation = `${routeKey(route)}: ${problems.join('; ')} — ${describe(route, options)} → ${response.body.slice(0, 300)}`;
    if (figures.violations.length < 50) figures.violations.push(violation);
    return violation;
  }

  return { t, routes, principal, ids, figures, send, close: () => t.close() };
}

/** Every route × the classic attacks, deterministically; returns how many requests that is. */
export async function sweep(target: FuzzTarget): Promise<number> {
  const cases: Omit<FuzzRequest, 'route'>[] = [];
  const bodyCases: Omit<FuzzRequest, 'route'>[] = [];
  const base: Omit<FuzzRequest, 'route' | 'params'> = { query: { kind: 'none' }, body: { kind: 'none' }, contentType: null, auth: { kind: 'principal' }, headers: [] };
  const params = (value: string, encode = true): ParamValue[] => Array.from({ length: 3 }, () => ({ kind: 'hostile', value, encode }));
  const existing: ParamValue[] = Array.from({ length: 3 }, (_, i) => ({ kind: 'existing', index: i + 3 }));
  cases.push({ ...base, params: existing, auth: { kind: 'none' } });
  for (const value of BOGUS_AUTHORIZATION.slice(0, 6)) cases.push({ ...base, params: existing, auth: { kind: 'bogus', value } });
  for (const value of ["'; DROP TABLE events; --", '../../../etc/passwd', '__proto__', 'a'.repeat(5_000), '\uD800']) {
    cases.push({ ...base, params: params(value) });
  }
  cases.push({ ...base, params: params('../../etc/passwd', false) });
  cases.push({ ...base, params: existing, body: { kind: 'huge' } });
  for (const text of BROKEN_JSON) bodyCases.push({ ...base, params: existing, body: { kind: 'raw', text } });
  for (const contentType of CONTENT_TYPES) bodyCases.push({ ...base, params: existing, body: { kind: 'valid-but', choice: 0, mutation: { kind: 'none' } }, contentType });
  cases.push({ ...base, params: existing, query: { kind: 'raw', text: '__proto__[admin]=true&constructor=1&limit=-1&asOf=2023-02-30&unknown=1' } });
  bodyCases.push({ ...base, params: existing, body: { kind: 'valid-but', choice: 1, mutation: { kind: 'add', key: 'unknownField', value: 1 } } });
  bodyCases.push({ ...base, params: existing, body: { kind: 'valid-but', choice: 0, mutation: { kind: 'proto', key: '__proto__', value: { roles: ['admin'] } } } });
  cases.push({ ...base, params: existing, headers: [['idempotency-key', 'k'.repeat(300)], ['if-match', '"99999999999"']] });
  let planned = 0;
  for (const [route, r] of target.routes.entries()) {
    const takesBody = r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH';
    for (const c of takesBody ? [...cases, ...bodyCases] : cases) {
      planned += 1;
      await target.send({ route, ...c });
    }
  }
  return planned;
}

/** Property-based requests; returns fast-check's counterexample (if any) in the figures. */
export async function fuzz(target: FuzzTarget, numRuns: number, seed = Date.now() % 2_147_483_647): Promise<void> {
  target.figures.seed = seed;
  const result = await fc.check(
    fc.asyncProperty(requestArb(target.routes), async (request) => (await target.send(request)) === null),
    { numRuns, seed, endOnFailure: true },
  );
  if (result.failed) target.figures.counterexample = `seed ${seed}: ${fc.stringify(result.counterexample)}`;
}
