/**
 * Instances and commands, registered once per workflow so each route documents its own
 * command union in OpenAPI: start, send a command, read (as of a date), history, listing.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ROLES, type Principal, type WorkflowDefinition } from '../../../workflows/contract.ts';
import { stateName, statusOf } from '../../engine/decider.ts';
import { streamIdOf } from '../../engine/registry.ts';
import { toEventView, type CommandRequest, type CommandResult, type LoadedInstance } from '../../engine/engine.ts';
import { canSee, instanceNotFound } from '../../engine/scope.ts';
import { readStream, readStreamHeader } from '../../store/event-store.ts';
import { SETTINGS_ROW } from '../../engine/facts.ts';
import { DomainError, VersionConflict } from '../../errors.ts';
import { AUTH, CommandResultSchema, errors, EventViewSchema, FreeObject, IdParam, InstanceStatus, IsoDateSchema, named } from '../schemas.ts';
import { COMPONENT, ETAG } from '../openapi-document.ts';
import { principalOf } from '../auth.ts';
import { VALIDATED_BY_ENGINE } from '../validation.ts';
import { decodePageCursor, encodePageCursor } from '../page-cursor.ts';
import { instanceDeadlines, listInstances } from '../../views/instances.query.ts';
import { answer, everyPage, exportable } from '../../export/respond.ts';
import { instancesTable } from '../../export/tables.ts';

const CommandHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$', description: 'Retry-safe key: a retry returns the original result' }),
  ),
  'if-match': Type.Optional(Type.String({ maxLength: 40, description: 'Expected instance version, e.g. "3"' })),
});

/** If-Match: the expected version as an entity tag ("3", W/"3") or a bare number; `*` only asks that the instance exists. */
function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const value = ifMatch.trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?(?:"(\d{1,9})"|(\d{1,9}))$/.exec(value);
  if (!match) throw new DomainError('invalid_if_match', 'If-Match must be the expected version, e.g. "3"', 400);
  return Number(match[1] ?? match[2]);
}

/** A closed list of names as one string enum (the document shows it as `enum`). */
const OneOf = (names: readonly string[], description?: string) => Type.Union(names.map((n) => Type.Literal(n)), description ? { description } : {});

/** What GET /workflows/{w}/instances/{id} answers, named `<Workflow>Instance`: its states and commands as enums. */
function instanceSchema(def: WorkflowDefinition, pascal: string) {
  const states = Object.keys(def.machine.root.states).filter((s) => s !== 'start');
  return named(
    `${pascal}Instance`,
    Type.Object({
      id: Type.String(),
      workflow: Type.String(),
      workflowVersion: Type.Integer(),
      state: Type.String({ description: `One of ${states.join(', ')} (a nested state as parent.child)` }),
      status: InstanceStatus,
      version: Type.Integer({ description: 'The instance version (also the ETag); send it as If-Match' }),
      data: FreeObject,
      allowedCommands: Type.Array(OneOf(Object.keys(def.commands)), {
        description: 'Commands the caller may send now: role, state, an earlier vote, four eyes and assignment or scope already checked',
      }),
      deadlines: Type.Array(Type.Object({ timerId: Type.String(), event: Type.String(), dueOn: Type.String() })),
      asOf: Type.Union([Type.String(), Type.Null()]),
    }),
  );
}

const ListItem = Type.Object({
  id: Type.String(),
  workflow: Type.String(),
  state: Type.String(),
  status: Type.String(),
  version: Type.Integer(),
  data: FreeObject,
  startedOn: Type.String(),
  updatedOn: Type.String(),
});

const ListQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z_.]+$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

/** Workflows with one instance under a fixed id: POST /workflows/{w}/instances starts it, then continues it. */
const SINGLETONS: Readonly<Record<string, string>> = { settings: SETTINGS_ROW };

/** The commands a route takes, named `name` in the document, each command named by its type, with a discriminator on `type`. */
function commandUnion(def: WorkflowDefinition, names: readonly string[], name: string, description: string) {
  return Type.Union(
    names.map((n) => def.commands[n]!.schema),
    { description, [VALIDATED_BY_ENGINE]: true, [COMPONENT]: name },
  );
}

/** An instance the caller may not see (a host unit and another unit's secondment) answers as if it did not exist. */
function assertVisible(loaded: LoadedInstance, principal: Principal): void {
  if (!canSee(loaded.def, loaded.folded.snapshot.context, principal)) throw instanceNotFound(loaded.def.name, loaded.id);
}

export const instanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { engine, registry, database, metrics } = app.docket;

  async function run(request: CommandRequest): Promise<CommandResult> {
    try {
      const result = await engine.execute(request);
      metrics.command(request.workflow, result.replayed ? 'replayed' : 'accepted');
      return result;
    } catch (error) {
      metrics.command(request.workflow, (error as { code?: string }).code ?? 'error');
      throw error;
    }
  }

  for (const name of registry.names()) {
    const def = registry.latest(name);
    const base = `/workflows/${name}/instances`;
    const params = Type.Object({ id: IdParam });
    const continuing = Object.keys(def.commands).filter((c) => !def.startCommands.includes(c));
    // A workflow whose start command is also its only command (settings) takes it on both routes.
    const others = continuing.length > 0 ? continuing : Object.keys(def.commands);

    const singleton = SINGLETONS[name];
    const pascal = name.replace(/(^|-)([a-z])/g, (_m, _dash: string, c: string) => c.toUpperCase());
    const rolesFor = (commands: readonly string[]) => ROLES.filter((role) => commands.some((c) => def.commands[c]!.roles.includes(role)));
    app.post(
      base,
      {
        config: { command: true, operationId: `${singleton ? 'change' : 'start'}${pascal}`, roles: rolesFor(def.startCommands) },
        schema: {
          tags: ['workflows'],
          summary: singleton ? `Change the ${name} (one instance, ${singleton})` : `Start a ${name} instance`,
          description: singleton
            ? `Body: ${def.startCommands.join(', ')}. There is one ${name} instance, \`${singleton}\`: the first change starts it (201), later ones continue it (200).`
            : `Body: the starting command (${def.startCommands.join(', ')}). The id is generated by the server.`,
          security: AUTH,
          headers: CommandHeaders,
          body: commandUnion(def, def.startCommands, `${pascal}StartCommand`, 'The starting command'),
          response: {
            201: CommandResultSchema,
            ...(singleton ? { 200: CommandResultSchema } : {}),
            ...errors(400, 401, 403, 409, 413, 415, 422, 503),
          },
        },
      },
      async (request, reply) => {
        // A singleton (the organisation's settings) is one stream: started by the first change, continued after.
        const exists = singleton !== undefined && (await readStreamHeader(database.db, streamIdOf(name, singleton))) !== null;
        // If-Match only means something for a singleton: the version of the one instance (0 before it exists).
        const ifMatch = singleton ? expectedVersion(request.headers['if-match']) : undefined;
        if (singleton && !exists && ifMatch !== undefined && ifMatch !== 0) throw new VersionConflict(streamIdOf(name, singleton), ifMatch, 0);
        const result = await run({
          workflow: name,
          ...(exists ? { instanceId: singleton, expectedVersion: ifMatch } : { startAs: singleton }),
          command: request.body,
          principal: principalOf(request),
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
          verifyPrincipal: true,
        });
        const created = result.events[0]?.version === 1;
        return reply.code(created ? 201 : 200).header('location', `${base}/${result.id}`).send(result);
      },
    );

    app.post(
      `${base}/:id/commands`,
      {
        config: { command: true, operationId: `send${pascal}Command`, roles: rolesFor(others) },
        schema: {
          tags: ['workflows'],
          summary: `Send a command to a ${name} instance`,
          description: `Commands: ${others.join(', ')}. Each also takes optional \`on\` (business date) and \`comment\`.`,
          security: AUTH,
          params,
          headers: CommandHeaders,
          body: commandUnion(def, others, `${pascal}Command`, 'A command: {type, ...fields}'),
          response: { 200: CommandResultSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503) },
        },
      },
      async (request) =>
        run({
          workflow: name,
          instanceId: request.params.id,
          command: request.body,
          principal: principalOf(request),
          expectedVersion: expectedVersion(request.headers['if-match']),
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
          verifyPrincipal: true,
        }),
    );

    app.get(
      `${base}/:id`,
      {
        config: { operationId: `get${pascal}` },
        schema: {
          tags: ['workflows'],
          summary: `A ${name} instance: state, data, the caller's allowed commands, deadlines`,
          security: AUTH,
          params,
          querystring: Type.Object({ asOf: Type.Optional(IsoDateSchema) }, { additionalProperties: false }),
          [ETAG]: true,
          response: { 200: instanceSchema(def, pascal), ...errors(400, 401, 404, 503) },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const { asOf } = request.query;
        const loaded = await engine.load(database.db, name, request.params.id, asOf);
        assertVisible(loaded, principal);
        const deadlines = asOf ? [] : await instanceDeadlines(database.db, loaded.streamId);
        const context = loaded.folded.snapshot.context as Record<string, unknown>;
        const version = loaded.version;
        reply.header('etag', `"${version}"`);
        return {
          id: loaded.id,
          workflow: name,
          workflowVersion: loaded.def.version,
          state: stateName(loaded.folded.snapshot),
          status: statusOf(loaded.folded.snapshot),
          version,
          data: loaded.def.view ? loaded.def.view(context) : context,
          allowedCommands: asOf ? [] : engine.allowedFor(loaded, principal),
          deadlines,
          asOf: asOf ?? null,
        };
      },
    );

    app.get(
      `${base}/:id/history`,
      {
        config: { operationId: `get${pascal}History` },
        schema: {
          tags: ['workflows'],
          summary: `Every event of a ${name} instance, in order, with actor, role, business date and hash`,
          security: AUTH,
          params,
          response: { 200: Type.Object({ id: Type.String(), workflow: Type.String(), events: Type.Array(EventViewSchema) }), ...errors(400, 401, 404, 503) },
        },
      },
      async (request) => {
        const streamId = streamIdOf(name, request.params.id);
        const events = await readStream(database.db, streamId);
        if (events.length === 0 || events[0]!.workflow !== name) throw instanceNotFound(name, request.params.id);
        if (def.inScope) assertVisible(await engine.load(database.db, name, request.params.id), principalOf(request));
        return { id: request.params.id, workflow: name, events: events.map(toEventView) };
      },
    );

    app.get(
      base,
      {
        config: { operationId: `list${pascal}Instances` },
        schema: {
          tags: ['workflows'],
          summary: `List ${name} instances, oldest first, optionally in one state`,
          security: AUTH,
          querystring: ListQuery,
          response: {
            200: exportable(Type.Object({ items: Type.Array(ListItem), cursor: Type.Union([Type.String(), Type.Null()]) }), `The ${name} instances`),
            ...errors(400, 401, 503),
          },
        },
      },
      async (request, reply) => {
        principalOf(request);
        const { state } = request.query;
        const page = async (cursor: string | null | undefined, limit: number) => {
          const found = await listInstances(database.db, { workflow: name, state, after: cursor ? decodePageCursor(cursor) : null, limit });
          return { items: found.items, cursor: found.next ? encodePageCursor(found.next) : null };
        };
        return answer(request, reply, {
          table: instancesTable(name),
          json: () => page(request.query.cursor, request.query.limit ?? 50),
          rows: () => everyPage(page),
        });
      },
    );
  }
};
