/**
 * The OpenAPI document: served without a token, equal to the committed openapi/openapi.json
 * (regenerate with `npm run openapi`), and a valid OpenAPI 3 document — every operation tagged
 * with a declared tag, with responses, declared path parameters, resolvable $refs and bearer or
 * session-cookie security on everything but the public routes. Swagger UI is served at /docs without
 * a token; /health, /metrics, sign-in, sign-out and the checkpoint public key are public too.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { testApp, type TestApp } from '../support/app.ts';
import { PROBLEM_CODES } from '../../src/errors.ts';
import { pascalOf } from '../../src/http/data-schemas.ts';
import { ERASURE_EVENT } from '../../src/privacy/personal-fields.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const COMMITTED = new URL('../../openapi/openapi.json', import.meta.url);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const PUBLIC = new Set(['GET /health', 'GET /health/live', 'GET /health/ready', 'GET /metrics', 'POST /auth/signin', 'POST /auth/signout', 'GET /audit/public-key']);
/** Operations that never touch the database (`config.database: false`), so document no 503. */
const NO_DATABASE = new Set(['GET /workflows', 'GET /health/live']);

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolvePointer(document: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

function refsIn(value: Json, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refsIn(item, found);
    }
  }
  return found;
}

describe('OpenAPI document and docs', () => {
  let t: TestApp;
  let served: JsonObject;
  beforeAll(async () => {
    t = await testApp();
    const response = await t.as(null, { method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    served = response.json<JsonObject>();
  });
  afterAll(async () => {
    await t.close();
  });

  it('equals the committed openapi/openapi.json (run `npm run openapi` after changing routes)', () => {
    const committed = JSON.parse(readFileSync(COMMITTED, 'utf8')) as JsonObject;
    expect(served).toEqual(committed);
  });

  it('is an OpenAPI 3 document with info, bearer security and declared tags', () => {
    expect(served.openapi).toMatch(/^3\.[01]\.\d+$/);
    expect(served.info).toMatchObject({ title: 'Docket API', version: expect.any(String) });
    const components = served.components;
    expect(isObject(components) && isObject(components.securitySchemes) && components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    expect(Array.isArray(served.tags)).toBe(true);
  });

  it('every operation has tags, responses with descriptions, declared path parameters and the right security', () => {
    const tags = new Set((served.tags as JsonObject[]).map((tag) => tag.name));
    const paths = served.paths;
    if (!isObject(paths)) throw new Error('no paths');
    const operationIds = new Set<string>();
    let operations = 0;
    for (const [path, item] of Object.entries(paths)) {
      expect(path.startsWith('/')).toBe(true);
      if (!isObject(item)) throw new Error(`${path} is not a path item`);
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS, `${method} ${path}`).toContain(method);
        if (!isObject(op)) throw new Error(`${method} ${path}`);
        operations += 1;
        const where = `${method.toUpperCase()} ${path}`;
        expect(Array.isArray(op.tags) && op.tags.length > 0, `${where} has tags`).toBe(true);
        for (const tag of op.tags as string[]) expect(tags.has(tag), `${where} tag ${tag} is declared`).toBe(true);
        expect(typeof op.summary, `${where} has a summary`).toBe('string');
        const responses = op.responses;
        expect(isObject(responses) && Object.keys(responses).length > 0, `${where} has responses`).toBe(true);
        for (const [status, response] of Object.entries(responses as JsonObject)) {
          expect(status, where).toMatch(/^([1-5]\d\d|default)$/);
          expect(isObject(response) && typeof response.description === 'string', `${where} ${status} has a description`).toBe(true);
        }
        const params = (Array.isArray(op.parameters) ? op.parameters : []) as JsonObject[];
        for (const p of params) {
          expect(['query', 'header', 'path', 'cookie'], where).toContain(p.in);
          expect(typeof p.name, where).toBe('string');
          expect(isObject(p.schema), `${where} ${String(p.name)} has a schema`).toBe(true);
        }
        for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
          expect(params.some((p) => p.in === 'path' && p.name === name && p.required === true), `${where} declares path parameter ${name}`).toBe(true);
        }
        // Declared in the route's config (src/http/operations.ts): a stable name, the roles, 503 where the database is used.
        expect(op.operationId, `${where} has an operationId (config.operationId)`).toMatch(/^[a-z][A-Za-z]+$/);
        expect(operationIds.has(op.operationId as string), `${where} operationId unique`).toBe(false);
        operationIds.add(op.operationId as string);
        expect(Array.isArray(op['x-roles']), `${where} lists x-roles`).toBe(true);
        expect(op.description, `${where} names its roles`).toMatch(/(Roles: .+|Public: no credential needed)\.$/);
        if (!NO_DATABASE.has(where)) expect(Object.keys(responses as JsonObject), `${where} documents 503`).toContain('503');
        if (PUBLIC.has(where)) expect(op.security, where).toBeUndefined();
        else expect(op.security, `${where} needs a bearer token or the session cookie`).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
      }
    }
    expect(operations).toBeGreaterThan(20);
  });

  it('passes an OpenAPI validator (@apidevtools/swagger-parser)', async () => {
    // validate() dereferences in place: give it a copy.
    const validated = await SwaggerParser.validate(structuredClone(served) as never);
    expect(Object.keys(validated.paths ?? {}).length).toBe(Object.keys(served.paths as JsonObject).length);
  });

  it('names the operations as integrators call them', () => {
    const ids = Object.values(served.paths as Record<string, JsonObject>).flatMap((item) => Object.values(item).map((op) => (op as JsonObject).operationId));
    expect(ids).toEqual(expect.arrayContaining(['startRecruitment', 'sendRecruitmentCommand', 'getRecruitment', 'listRecruitmentInstances', 'listPendingReplies', 'getInbox']));
    const command = (served.paths as Record<string, JsonObject>)['/workflows/recruitment/instances/{id}/commands']!.post as JsonObject;
    expect(command['x-roles']).toEqual(expect.arrayContaining(['office', 'committee', 'chair', 'city_committee']));
    expect(command['x-roles']).not.toContain('admin');
  });

  it('names the shared shapes, types closed lists as enums and discriminates command unions by type', () => {
    const schemas = (served.components as JsonObject).schemas as Record<string, JsonObject>;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Problem', 'Actor', 'Event', 'CommandResult', 'RecruitmentInstance', 'RecruitmentCommand', 'CastVote']));
    // Members, principals and every page of a listing have names too.
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining(['Member', 'MemberPage', 'Principal', 'Me', 'InboxPage', 'PendingReplyPage', 'EventFeedPage', 'AccessLogPage', 'NotificationPage', 'RecruitmentInstancePage']),
    );
    const member = schemas.Member!.properties as Record<string, JsonObject>;
    expect(member.gender!.enum).toEqual(['male', 'female']);
    expect(schemas.Member!.required).not.toContain('birthDate');
    expect(((schemas.Principal!.properties as Record<string, JsonObject>).roles!.items as JsonObject).enum).toContain('host_unit');
    const instance = schemas.RecruitmentInstance!.properties as Record<string, JsonObject>;
    expect((instance.allowedCommands!.items as JsonObject).enum).toEqual(Object.keys(t.app.docket.registry.latest('recruitment').commands));
    expect(instance.status!.enum).toEqual(['active', 'done']);
    expect(((schemas.Actor!.properties as Record<string, JsonObject>).role!).enum).toContain('committee');
    const union = schemas.RecruitmentCommand!;
    expect(union.discriminator).toMatchObject({ propertyName: 'type', mapping: { CastVote: '#/components/schemas/CastVote' } });
    expect((union.oneOf as JsonObject[]).every((variant) => typeof variant.$ref === 'string')).toBe(true);
    // No closed list is left as an anyOf of one-value enums.
    const anyOfSingletons = JSON.stringify(served).match(/"anyOf":\[\{"type":"string","enum":\["[^"]*"\]\},\{"type":"string","enum"/g);
    expect(anyOfSingletons).toBeNull();
    const get = ((served.paths as Record<string, JsonObject>)['/workflows/recruitment/instances/{id}']!.get as JsonObject).responses as Record<string, JsonObject>;
    expect(Object.keys(get['200']!.headers as JsonObject)).toEqual(['ETag']);
    // Every answer that sends an ETag documents it, as a required header (tests/support/documented.ts checks it is sent).
    const paths = served.paths as Record<string, Record<string, JsonObject>>;
    const etagged = [
      paths['/workflows/suggestion/instances/{id}/commands']!.post!,
      paths['/workflows/suggestion/instances/{id}/history']!.get!,
      paths['/admin/settings']!.get!,
      paths['/admin/settings']!.put!,
      paths['/activities']!.post!,
    ];
    for (const op of etagged) {
      const ok = Object.entries(op.responses as Record<string, JsonObject>).find(([status]) => status.startsWith('2'))![1];
      expect((ok.headers as Record<string, JsonObject>).ETag, String(op.operationId)).toMatchObject({ required: true });
    }
  });

  it('types event and instance data from the workflows’ own schemas, personal fields optional and nullable', () => {
    const schemas = (served.components as JsonObject).schemas as Record<string, JsonObject>;
    const { registry } = t.app.docket;
    for (const name of registry.names()) {
      const def = registry.latest(name);
      const pascal = pascalOf(name);
      const data = schemas[`${pascal}InstanceData`];
      expect(Object.keys(data?.properties as JsonObject), `${pascal}InstanceData`).toEqual(Object.keys(def.instanceData.properties));
      const instance = schemas[`${pascal}Instance`]!.properties as Record<string, JsonObject>;
      expect(instance.data).toEqual({ $ref: `#/components/schemas/${pascal}InstanceData` });
      const states = Object.keys(def.machine.root.states).filter((state) => state !== 'start');
      expect(instance.state!.enum, `${pascal}Instance.state`).toEqual(states);
      // Its history holds its own events only (and an erasure, the log's own), discriminated by type.
      const history = schemas[`${pascal}Event`]!;
      expect(Object.keys((history.discriminator as JsonObject).mapping as JsonObject).sort()).toEqual([...Object.keys(def.eventData), ERASURE_EVENT].sort());
      const page = schemas[`${pascal}InstancePage`]!.properties as Record<string, JsonObject>;
      expect(page.items!.items).toEqual({ $ref: `#/components/schemas/${pascal}InstanceSummary` });
      for (const type of Object.keys(def.eventData)) {
        const event = schemas[`${type}Event`]!.properties as Record<string, JsonObject>;
        expect(event.type!.enum).toEqual([type]);
        expect(event.data).toEqual({ $ref: `#/components/schemas/${type}EventData` });
      }
    }
    // The event envelopes carry the union of every event type, discriminated by type.
    for (const envelope of ['Event', 'FeedEvent']) {
      const union = schemas[envelope]!;
      expect(union.discriminator).toMatchObject({ propertyName: 'type', mapping: { SuggestionRegistered: '#/components/schemas/SuggestionRegisteredEvent' } });
      expect((union.oneOf as JsonObject[]).length).toBe(Object.keys((union.discriminator as JsonObject).mapping as JsonObject).length);
    }
    // A personal field may be left out (redacted) or erased (null); the others stay required.
    const submitter = ((schemas.SuggestionInstanceData!.properties as Record<string, JsonObject>).submitter!.anyOf as JsonObject[])[0]!;
    expect(submitter.required).toBeUndefined();
    expect(JSON.stringify((submitter.properties as JsonObject).contact)).toContain('{"type":"null"}');
    const registered = schemas.MemberRegisteredEventData!;
    expect(registered.required).not.toContain('birthDate');
    expect(registered.required).toContain('joinedOn');
    expect(JSON.stringify((registered.properties as JsonObject).birthDate)).toContain('{"type":"null"}');
  });

  it('types Problem.code as the error catalogue and its extension fields', () => {
    const schemas = (served.components as JsonObject).schemas as Record<string, JsonObject>;
    const problem = schemas.Problem!.properties as Record<string, JsonObject>;
    expect(problem.code).toEqual({ $ref: '#/components/schemas/ProblemCode' });
    expect(schemas.ProblemCode!.enum).toEqual([...PROBLEM_CODES]);
    expect(Object.keys(problem)).toEqual(expect.arrayContaining(['requiredRoles', 'retryAfterSeconds', 'expectedVersion', 'actualVersion', 'invalidRows', 'errors']));
    expect(JSON.stringify(problem.errors)).toContain('#/components/schemas/ImportRowProblem');
  });

  it('every $ref resolves inside the document', () => {
    const refs = refsIn(served);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(resolvePointer(served, ref), ref).toBeDefined();
  });

  it('documents the stable paths of DESIGN.md', () => {
    const paths = Object.keys(served.paths as JsonObject);
    const expected = [
      '/health',
      '/metrics',
      '/admin/principals',
      '/admin/principals/{id}',
      '/me',
      '/workflows',
      '/workflows/{workflow}/diagram',
    ];
    for (const workflow of ['recruitment', 'cadre-training', 'secondment', 'suggestion', 'member', 'settings']) {
      expected.push(
        `/workflows/${workflow}/instances`,
        `/workflows/${workflow}/instances/{id}`,
        `/workflows/${workflow}/instances/{id}/commands`,
        `/workflows/${workflow}/instances/{id}/history`,
      );
    }
    expect(paths).toEqual(expect.arrayContaining(expected));
    const start = (served.paths as Record<string, JsonObject | undefined>)['/workflows/recruitment/instances']?.post as JsonObject;
    // The start route documents its command union (named, with a discriminator) and its headers.
    expect(JSON.stringify(start.requestBody)).toContain('#/components/schemas/RecruitmentStartCommand');
    expect(JSON.stringify(resolvePointer(served, '#/components/schemas/RecruitmentStartCommand'))).toContain('#/components/schemas/SubmitApplication');
    const headerNames = (start.parameters as JsonObject[]).filter((p) => p.in === 'header').map((p) => p.name);
    expect(headerNames).toEqual(expect.arrayContaining(['idempotency-key', 'if-match']));
  });

  it('/docs serves Swagger UI without a token', async () => {
    const docs = await t.as(null, { method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    expect(docs.body).toContain('Swagger UI');
    const json = await t.as(null, { method: 'GET', url: '/docs/json' });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toEqual(served);
  });

  it('/health and /metrics answer without a token; the API does not', async () => {
    const health = await t.as(null, { method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: 'postgres' });
    const metrics = await t.as(null, { method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.body).toContain('docket_http_requests_total');
    expect((await t.as(null, { method: 'GET', url: '/me' })).statusCode).toBe(401);
  });
});
