/** Schemas shared by the routes (TypeBox → JSON Schema → OpenAPI). */
import { Type, type TSchema } from '@sinclair/typebox';
import { ROLES } from '../../workflows/contract.ts';
import { PROBLEM_CODES } from '../errors.ts';
import { PositionHeader } from './read-your-writes.ts';
import { COMPONENT } from './openapi-document.ts';
import { ALL_WORKFLOWS } from '../engine/registry.ts';
import { documentedAs, jsonOf, typedEnvelope } from './data-schemas.ts';

/** The same schema, named `name` in the OpenAPI document's components (src/http/openapi-document.ts). */
export function named<T extends TSchema>(name: string, schema: T): T {
  return { ...schema, [COMPONENT]: name };
}

/**
 * A closed list as one JSON Schema `enum` of strings. Answers are serialized through their schema:
 * a plain string costs nothing, where a union of literals (TypeBox's `Union`) has the serializer
 * compile a check per value (one per problem code, in every route's error answers). The API tests
 * hold every answer to the list.
 */
export const StringEnum = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

/** Any JSON object, written as it is (data documented with `documentedAs`, metadata). */
export const FreeObject = Type.Object({}, { additionalProperties: true });

/** Every code a problem can carry (src/errors.ts `PROBLEM_CODES`). */
const ProblemCodeSchema = named(
  'ProblemCode',
  StringEnum(PROBLEM_CODES, 'Stable machine-readable error code: the server’s error catalogue (src/errors.ts) and the workflows’ rule codes (docs/workflows.md)'),
);

/** invalid_request, invalid_command: where the body or parameter is wrong. */
const FieldErrorSchema = named('FieldError', Type.Object({
  path: Type.String({ description: 'JSON pointer of the value (/ for the whole body)' }),
  message: Type.String(),
}));

/** One problem of one row of a member import (POST /members/import: its refusal, its dry run). */
export const ImportRowProblemSchema = named('ImportRowProblem', Type.Object({
  row: Type.Integer({ minimum: 0, description: 'The data row, counted from 1 (0: the header row)' }),
  line: Type.Optional(Type.Integer({ description: 'CSV: the line; .xlsx: the sheet row' })),
  column: Type.Union([Type.String(), Type.Null()], { description: 'The column as the file names it (the key, for JSON)' }),
  field: Type.Union([Type.String(), Type.Null()], { description: 'The RegisterMember field' }),
  code: ProblemCodeSchema,
  message: Type.String(),
}));

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: '/problems/<code>' }),
    title: Type.String({ description: 'The status’s reason phrase' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: 'What went wrong, for a person to read' }),
    code: ProblemCodeSchema,
    requestId: Type.Optional(Type.String({ description: '500: the request id its log line carries' })),
    allowedCommands: Type.Optional(Type.Array(Type.String(), { description: 'command_not_allowed: what the state takes' })),
    commands: Type.Optional(Type.Array(Type.String(), { description: 'invalid_command, unknown_command: the commands the workflow has' })),
    state: Type.Optional(Type.String({ description: 'command_not_allowed: the instance state' })),
    requiredRoles: Type.Optional(Type.Array(StringEnum(ROLES), { description: 'forbidden_role: the roles that may' })),
    retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 0, description: '429: also in Retry-After' })),
    expectedVersion: Type.Optional(Type.Integer({ description: 'version_conflict: the If-Match version' })),
    actualVersion: Type.Optional(Type.Integer({ description: 'version_conflict: the instance version now' })),
    invalidRows: Type.Optional(Type.Integer({ minimum: 1, description: 'member import: how many rows have a problem' })),
    subject: Type.Optional(Type.String({ description: 'not_erasable, already_erased, subject_erased: the subject (member/<id>, <workflow>/<id>)' })),
    errors: Type.Optional(
      documentedAs(
        Type.Array(FreeObject),
        Type.Array(Type.Union([FieldErrorSchema, ImportRowProblemSchema]), {
          description: 'invalid_request and invalid_command: each value found wrong; member import: each problem of each row (the first also spread on the problem itself)',
        }),
      ),
    ),
  },
  {
    $id: 'Problem',
    additionalProperties: true,
    description: 'application/problem+json (RFC 9457). A rule’s refusal may add its own fields (e.g. quorum_not_met: tally, needed)',
  },
);

const ref = Type.Ref('Problem');

/** Error responses a route declares, by status. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  // Documented (and serialized) as what the error handler sends: application/problem+json.
  const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ref } } };
  return Object.fromEntries(statuses.map((s) => [s, problem as unknown as TSchema]));
}

export const RoleSchema = StringEnum(ROLES);

export const IsoDateSchema = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const IdParam = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });

export const ActorSchema = named(
  'Actor',
  Type.Object({ id: Type.String(), name: Type.String(), role: StringEnum([...ROLES, 'system' as const], 'The role it acted in') }),
);

export const InstanceStatus = StringEnum(['active', 'done'] as const, 'active, or done for a final state');


/** The personal fields the read policy left out of this item (docs/data-protection.md). */
export const Redacted = Type.Array(Type.String(), {
  description: 'Paths of the personal fields left out because the caller may not see them (e.g. data.applicant.birthDate); empty when none',
});

/** The personal fields of an erased subject (docs/data-protection.md, "Erasure"). */
export const Erased = Type.Array(Type.String(), {
  description:
    'Paths of the personal fields whose subject was erased (POST /admin/erasures): their value is null, for good; empty when none. ' +
    'A field both erased and not for this caller is named in `redacted` or here, never with a value',
});

/** An event as the API shows it; its `type` and `data` are documented per event type (data-schemas.ts `typedEnvelope`). */
export const EventEnvelope = Type.Object({
  version: Type.Integer({ description: 'Its position in the instance’s stream (1 for the first)' }),
  type: Type.String(),
  data: FreeObject,
  actor: ActorSchema,
  occurredOn: Type.String({ description: 'Business date' }),
  recordedAt: Type.String({ description: 'When it was recorded (ISO timestamp)' }),
  comment: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
  redacted: Type.Optional(Redacted),
  erased: Erased,
});

/**
 * An event of a stored command answer repeated (`replayed: true`) after its subject was erased:
 * the erasure emptied the data of the stored answers (src/privacy/erasure.ts).
 */
const ErasedAnswerEvent = named(
  'ErasedAnswerEvent',
  Type.Object({ ...EventEnvelope.properties, data: Type.Object({}, { maxProperties: 0, description: 'Emptied by the erasure of its subject' }) }),
);

/**
 * An event of a command's answer: documented as `Event` (the union of every event type with its
 * data, discriminated by type, and the envelope), or, in a repeated answer of an erased subject,
 * `ErasedAnswerEvent`.
 */
export const EventViewSchema = documentedAs(EventEnvelope, {
  anyOf: [typedEnvelope('Event', EventEnvelope, ALL_WORKFLOWS), jsonOf(ErasedAnswerEvent)],
});

export const CommandResultSchema = named('CommandResult', Type.Object({
  id: Type.String(),
  workflow: Type.String(),
  workflowVersion: Type.Integer(),
  state: Type.String(),
  status: InstanceStatus,
  version: Type.Integer(),
  events: Type.Array(EventViewSchema),
  replayed: Type.Optional(Type.Boolean({ description: 'true when an Idempotency-Key retry returned the original result' })),
}, { headers: PositionHeader }));


/** Where the next page starts: pass it back as `cursor`; null on the last page. */
export const PageCursor = Type.Union([Type.String(), Type.Null()], { description: 'Pass it back as `cursor` for the next page; null on the last page' });

/** Either credential: a bearer token, or the session cookie of a signed-in person. */
export const AUTH: { [scheme: string]: string[] }[] = [{ bearerAuth: [] }, { cookieAuth: [] }];

const NameMap = Type.Record(Type.String(), Type.String());

/** Display names of the ids an item refers to, per kind: show `names.principal[data.handlerId]`, never the id. */
export const NamesSchema = Type.Object(
  { member: NameMap, principal: NameMap, branch: NameMap, collection: NameMap },
  { description: 'Display names of the ids the item refers to, per kind (e.g. names.principal[data.handlerId], names.branch[data.branchId])' },
);

/** Who acts next on an instance: per step, its kind, due date, roles and the named people who may take it. */
export const NextStepsSchema = Type.Array(
  Type.Object({
    command: Type.String({ description: 'The command that takes the step' }),
    kind: Type.Union([Type.Literal('forward'), Type.Literal('backward')], { description: 'backward: it stops or turns the case back (reject, withdraw)' }),
    dueOn: Type.Union([Type.String(), Type.Null()], { description: 'By when (the reply deadline, the next review …)' }),
    roles: Type.Array(Type.String(), { description: 'The roles that may take it' }),
    people: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'Who may take it, by name (at most 10)' }),
    peopleCount: Type.Integer({ description: 'How many people may take it' }),
  }),
  { description: 'The next steps, forward ones first; empty once the instance has ended' },
);
