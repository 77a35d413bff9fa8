/**
 * Instances and commands, registered once per workflow so each route documents its own
 * command union in OpenAPI: start, send a command, read (as of a date), history, listing.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readDbOf, ReadHeaders } from '../read-your-writes.ts';
import { Type } from '@sinclair/typebox';
import { ROLES, type WorkflowDefinition } from '../../../workflows/contract.ts';
import { stateName, stateNamesOf, statusOf } from '../../engine/decider.ts';
import { streamIdOf } from '../../engine/registry.ts';
import { toEventView, type CommandRequest, type CommandResult, type LoadedInstance } from '../../engine/engine.ts';
import { instanceNotFound } from '../../engine/scope.ts';
import { readStream, readStreamHeader } from '../../store/event-store.ts';
import { SETTINGS_ROW } from '../../engine/facts.ts';
import { DomainError, VersionConflict } from '../../errors.ts';
import { AUTH, CommandResultSchema, Erased, errors, EventEnvelope, FreeObject, IdParam, InstanceStatus, IsoDateSchema, named, NamesSchema, NextStepsSchema, PageCursor, Redacted, StringEnum } from '../schemas.ts';
import { documentedAs, instanceDataSchema, pascalOf, typedEnvelope } from '../data-schemas.ts';
import { nextSteps } from '../../projections/next-steps.ts';
import { presentedRows, withPeople } from '../../views/next-steps.query.ts';
import { loadSettings } from '../../engine/facts.ts';
import { namesForEach } from '../../views/directory.query.ts';
import { caseNumber as caseNumberText, vocabularyOf } from '../../vocabulary.ts';
import { caseNumberOf } from '../../../workflows/contract.ts';
import { COMPONENT, ETAG } from '../openapi-document.ts';
import { principalOf } from '../auth.ts';
import { VALIDATED_BY_ENGINE } from '../validation.ts';
import { decodePageCursor, encodePageCursor } from '../page-cursor.ts';
import { instanceDeadlines, listInstances } from '../../views/instances.query.ts';
import { answer, everyPage, exportable } from '../../export/respond.ts';
import { instancesTable } from '../../export/tables.ts';
import { discloseEvent, discloseInstance, disclosedPage, visibleTo, type Reader } from '../../privacy/disclose.ts';
import type { Subject } from '../../privacy/read-policy.ts';
import { ERASURE_EVENT } from '../../privacy/personal-fields.ts';
import { readerOf } from '../reader.ts';
import { IdempotencyHeaders } from './start-instance.ts';

const CommandHeaders = Type.Object({
  ...IdempotencyHeaders.properties,
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

const NumberSchema = Type.Union([Type.String(), Type.Null()], {
  description: 'The case number in the organisation’s words, e.g. 2026-意见-012 (null for a workflow without numbers)',
});

/** The instance's state, one of the workflow's states (a nested one as parent.child). */
const StateSchema = (def: WorkflowDefinition) => StringEnum(stateNamesOf(def.machine).filter((s) => s !== 'start'), 'The instance’s state');

/** The instance's data: serialized as recorded, documented as `<Workflow>InstanceData`. */
const DataSchema = (def: WorkflowDefinition) => documentedAs(FreeObject, instanceDataSchema(def));

/** What GET /workflows/{w}/instances/{id} answers, named `<Workflow>Instance`: its states and commands as enums. */
function instanceSchema(def: WorkflowDefinition, pascal: string) {
  return named(
    `${pascal}Instance`,
    Type.Object({
      id: Type.String(),
      number: NumberSchema,
      workflow: StringEnum([def.name]),
      workflowVersion: Type.Integer(),
      state: StateSchema(def),
      status: InstanceStatus,
      version: Type.Integer({ description: 'The instance version (also the ETag); send it as If-Match' }),
      data: DataSchema(def),
      names: NamesSchema,
      allowedCommands: Type.Array(StringEnum(Object.keys(def.commands)), {
        description: 'Commands the caller may send now, forward ones first (withdrawing or rejecting last): role, state, an earlier vote, four eyes and assignment or scope already checked',
      }),
      next: NextStepsSchema,
      deadlines: Type.Array(Type.Object({ timerId: Type.String(), event: Type.String(), dueOn: Type.String() })),
      asOf: Type.Union([Type.String(), Type.Null()]),
      redacted: Redacted,
      erased: Erased,
    }),
  );
}

/** A page of GET /workflows/{w}/instances, named `<Workflow>InstancePage` (its items `<Workflow>InstanceSummary`). */
function instancePageSchema(def: WorkflowDefinition, pascal: string) {
  const item = named(
    `${pascal}InstanceSummary`,
    Type.Object({
      id: Type.String(),
      number: NumberSchema,
      workflow: StringEnum([def.name]),
      state: StateSchema(def),
      status: InstanceStatus,
      version: Type.Integer(),
      data: DataSchema(def),
      names: NamesSchema,
      next: NextStepsSchema,
      startedOn: Type.String(),
      updatedOn: Type.String(),
      redacted: Redacted,
      erased: Erased,
    }),
  );
  return named(`${pascal}InstancePage`, Type.Object({ items: Type.Array(item), cursor: PageCursor }));
}

/** What GET …/history answers, named `<Workflow>History`: its events typed as `<Workflow>Event`, the union of the workflow's own events. */
function historySchema(def: WorkflowDefinition, pascal: string) {
  const event = documentedAs(EventEnvelope, typedEnvelope(`${pascal}Event`, EventEnvelope, [def]));
  return named(`${pascal}History`, Type.Object({ id: Type.String(), workflow: Type.String(), events: Type.Array(event) }));
}

const ListQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z_.]+$' })),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'A case number (2026-意见-012, 2026-12 or 12), or any text of the data (a name, a category)' }),
    ),
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

/** A loaded instance as the read policy sees it: its id, state and data (the workflow's view of its context). */
function subjectOf(loaded: LoadedInstance): Subject {
  const context = loaded.folded.snapshot.context as Record<string, unknown>;
  const erased = loaded.folded.history.some((e) => e.type === ERASURE_EVENT);
  return { id: loaded.id, state: stateName(loaded.folded.snapshot), data: loaded.def.view ? loaded.def.view(context) : context, erased };
}

/** The instance's data as the reader may see it; an instance it may not see answers as if it did not exist. */
function disclosed(reader: Reader, loaded: LoadedInstance) {
  const shown = discloseInstance(reader, loaded.def.name, subjectOf(loaded));
  if (shown === null) throw instanceNotFound(loaded.def.name, loaded.id);
  return shown;
}

export const instanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { engine, registry, database, metrics, personalData } = app.docket;

  /** The command's type as a metrics label: one of the workflow's commands, else `unknown` (labels stay few). */
  const commandType = (workflow: string, command: unknown): string => {
    const type = (command as { type?: unknown } | null)?.type;
    return typeof type === 'string' && Object.hasOwn(registry.latest(workflow).commands, type) ? type : 'unknown';
  };
  const run = (request: CommandRequest): Promise<CommandResult> =>
    metrics.timeCommand(request.workflow, commandType(request.workflow, request.command), () => engine.execute(request));


  for (const name of registry.names()) {
    const def = registry.latest(name);
    const base = `/workflows/${name}/instances`;
    const params = Type.Object({ id: IdParam });
    const continuing = Object.keys(def.commands).filter((c) => !def.startCommands.includes(c));
    // A workflow whose start command is also its only command (settings) takes it on both routes.
    const others = continuing.length > 0 ? continuing : Object.keys(def.commands);

    const singleton = SINGLETONS[name];
    const pascal = pascalOf(name);
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
          [ETAG]: true,
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
        return reply.code(created ? 201 : 200).header('location', `${base}/${result.id}`).header('etag', `"${result.version}"`).send(result);
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
          [ETAG]: true,
          response: { 200: CommandResultSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422, 503) },
        },
      },
      async (request, reply) => {
        let result: CommandResult;
        try {
          result = await run({
            workflow: name,
            instanceId: request.params.id,
            command: request.body,
            principal: principalOf(request),
            expectedVersion: expectedVersion(request.headers['if-match']),
            idempotencyKey: request.headers['idempotency-key'],
            requestId: request.id,
            verifyPrincipal: true,
          });
        } catch (error) {
          // A command refused on an instance the caller may not even read answers as that read
          // does, 404, so that a refusal never tells whether the instance exists.
          if ((error as { status?: unknown }).status === 403) {
            const loaded = await engine.load(database.db, name, request.params.id);
            if (!visibleTo(readerOf(request), name, subjectOf(loaded))) throw instanceNotFound(name, request.params.id);
          }
          throw error;
        }
        reply.header('etag', `"${result.version}"`);
        return result;
      },
    );

    app.get(
      `${base}/:id`,
      {
        config: { reads: 'replica', operationId: `get${pascal}` },
        schema: {
          tags: ['workflows'],
          summary: `A ${name} instance: state, data, the caller's allowed commands, deadlines`,
          description: 'As the read policy lets the caller see it: 404 for an instance it may not see; personal fields it may not see are left out and named in `redacted`.',
          security: AUTH,
          headers: ReadHeaders,
          params,
          querystring: Type.Object({ asOf: Type.Optional(IsoDateSchema) }, { additionalProperties: false }),
          [ETAG]: true,
          response: { 200: instanceSchema(def, pascal), ...errors(400, 401, 404, 503) },
        },
      },
      async (request, reply) => {
        const reader = readerOf(request);
        const principal = reader.principal;
        const { asOf } = request.query;
        const loaded = await engine.load(readDbOf(request), name, request.params.id, asOf);
        const shown = disclosed(reader, loaded);
        const deadlines = asOf ? [] : await instanceDeadlines(readDbOf(request), loaded.streamId);
        const version = loaded.version;
        const settings = loaded.settings ?? (await loadSettings(readDbOf(request)));
        const [names] = await namesForEach(readDbOf(request), settings.branches, [shown.data]);
        const caseNumber = caseNumberOf(loaded.folded.history);
        const [next] = asOf ? [[]] : await withPeople(readDbOf(request), [nextSteps(loaded.def, loaded.folded.snapshot)]);
        reply.header('etag', `"${version}"`);
        return {
          id: loaded.id,
          number: caseNumber ? caseNumberText(vocabularyOf(settings.vocabulary), name, caseNumber) : null,
          workflow: name,
          workflowVersion: loaded.def.version,
          state: stateName(loaded.folded.snapshot),
          status: statusOf(loaded.folded.snapshot),
          version,
          data: shown.data,
          names: names ?? { member: {}, principal: {}, branch: {}, collection: {} },
          allowedCommands: asOf ? [] : engine.allowedFor(loaded, principal),
          next: next ?? [],
          deadlines,
          asOf: asOf ?? null,
          redacted: shown.redacted,
          erased: shown.erased,
        };
      },
    );

    app.get(
      `${base}/:id/history`,
      {
        config: { reads: 'replica', operationId: `get${pascal}History` },
        schema: {
          tags: ['workflows'],
          summary: `Every event of a ${name} instance, in order, with actor, role, business date and hash`,
          security: AUTH,
          headers: ReadHeaders,
          params,
          [ETAG]: true,
          response: { 200: historySchema(def, pascal), ...errors(400, 401, 404, 503) },
        },
      },
      async (request, reply) => {
        const reader = readerOf(request);
        const streamId = streamIdOf(name, request.params.id);
        const events = await personalData.open(readDbOf(request), await readStream(readDbOf(request), streamId));
        if (events.length === 0 || events[0]!.workflow !== name) throw instanceNotFound(name, request.params.id);
        const loaded = await engine.load(readDbOf(request), name, request.params.id);
        disclosed(reader, loaded);
        const subject = subjectOf(loaded);
        const shown = events.map((e) => discloseEvent(reader, name, streamId, subject, toEventView(e)));
        // The version of the last event shown (the same read as the body).
        reply.header('etag', `"${events.at(-1)?.version ?? loaded.version}"`);
        return { id: request.params.id, workflow: name, events: shown.filter((e) => e !== null) };
      },
    );

    app.get(
      base,
      {
        config: { reads: 'replica', operationId: `list${pascal}Instances` },
        schema: {
          tags: ['workflows'],
          summary: `List ${name} instances, oldest first, optionally in one state`,
          description:
            'Only the instances the read policy lets the caller see, each with the personal fields it may see (the others named in `redacted`; ' +
            'docs/data-protection.md). A page may hold fewer than `limit` items: follow `cursor` until it is null.',
          security: AUTH,
          headers: ReadHeaders,
          querystring: ListQuery,
          response: {
            200: exportable(instancePageSchema(def, pascal), `The ${name} instances`),
            ...errors(400, 401, 503),
          },
        },
      },
      async (request, reply) => {
        const reader = readerOf(request);
        const { state, q } = request.query;
        const read = async (cursor: string | null, limit: number) => {
          const db = readDbOf(request);
          const found = await listInstances(db, { workflow: name, state, q, after: cursor ? decodePageCursor(cursor) : null, limit });
          const settings = await loadSettings(db);
          const [names, rows] = await Promise.all([
            namesForEach(db, settings.branches, found.items.map((i) => i.data)),
            presentedRows(db, registry, vocabularyOf(settings.vocabulary), found.items),
          ]);
          const items = rows.map((item, i) => ({ ...item, names: names[i] ?? { member: {}, principal: {}, branch: {}, collection: {} } }));
          return { items, cursor: found.next ? encodePageCursor(found.next) : null };
        };
        const page = (cursor: string | null | undefined, limit: number) =>
          disclosedPage(reader, name, read, cursor ?? null, limit, (items) =>
            items.map((item) => {
              const shown = discloseInstance(reader, name, { id: item.id, state: item.state, data: item.data, erased: item.subjectErased });
              return shown && { ...item, data: shown.data, redacted: shown.redacted, erased: shown.erased };
            }),
          );
        return answer(request, reply, {
          table: instancesTable(name),
          json: () => page(request.query.cursor, request.query.limit ?? 50),
          rows: () => everyPage(page),
        });
      },
    );
  }
};
