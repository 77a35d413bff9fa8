/** Schemas shared by the routes (TypeBox → JSON Schema → OpenAPI). */
import { Type, type TSchema } from '@sinclair/typebox';
import { ROLES } from '../../workflows/contract.ts';
import { PositionHeader } from './read-your-writes.ts';
import { COMPONENT } from './openapi-document.ts';

/** The same schema, named `name` in the OpenAPI document's components (src/http/openapi-document.ts). */
export function named<T extends TSchema>(name: string, schema: T): T {
  return { ...schema, [COMPONENT]: name };
}

const RoleSchemaOf = () => Type.Union(ROLES.map((r) => Type.Literal(r)));

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable error code (docs/workflows.md lists the rule codes)' }),
    requestId: Type.Optional(Type.String({ description: '500: the request id its log line carries' })),
    allowedCommands: Type.Optional(Type.Array(Type.String(), { description: 'command_not_allowed: what the state takes' })),
    state: Type.Optional(Type.String({ description: 'command_not_allowed: the instance state' })),
    requiredRoles: Type.Optional(Type.Array(RoleSchemaOf(), { description: 'forbidden_role: the roles that may' })),
    retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 0, description: '429: also in Retry-After' })),
    expectedVersion: Type.Optional(Type.Integer({ description: 'version_conflict: the If-Match version' })),
    actualVersion: Type.Optional(Type.Integer({ description: 'version_conflict: the instance version now' })),
    errors: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'invalid_request and imports: each problem found' })),
  },
  { $id: 'Problem', additionalProperties: true, description: 'application/problem+json' },
);

const ref = Type.Ref('Problem');

/** Error responses a route declares, by status. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  // Documented (and serialized) as what the error handler sends: application/problem+json.
  const problem = { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ref } } };
  return Object.fromEntries(statuses.map((s) => [s, problem as unknown as TSchema]));
}

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));

export const IsoDateSchema = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const IdParam = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });

export const ActorSchema = named(
  'Actor',
  Type.Object({ id: Type.String(), name: Type.String(), role: Type.Union([...ROLES, 'system' as const].map((r) => Type.Literal(r)), { description: 'The role it acted in' }) }),
);

export const InstanceStatus = Type.Union([Type.Literal('active'), Type.Literal('done')], { description: 'active, or done for a final state' });

export const FreeObject = Type.Object({}, { additionalProperties: true });

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

export const EventViewSchema = named('Event', Type.Object({
  version: Type.Integer(),
  type: Type.String(),
  data: FreeObject,
  actor: ActorSchema,
  occurredOn: Type.String({ description: 'Business date' }),
  recordedAt: Type.String({ description: 'When it was recorded (ISO timestamp)' }),
  comment: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
  redacted: Type.Optional(Redacted),
  erased: Erased,
}));

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
