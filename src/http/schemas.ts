/** Schemas shared by the routes (TypeBox → JSON Schema → OpenAPI). */
import { Type, type TSchema } from '@sinclair/typebox';
import { ROLES } from '../../workflows/contract.ts';

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable error code' }),
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

export const ActorSchema = Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() });

export const FreeObject = Type.Object({}, { additionalProperties: true });

export const EventViewSchema = Type.Object({
  version: Type.Integer(),
  type: Type.String(),
  data: FreeObject,
  actor: ActorSchema,
  occurredOn: Type.String({ description: 'Business date' }),
  recordedAt: Type.String({ description: 'When it was recorded (ISO timestamp)' }),
  comment: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
});

export const CommandResultSchema = Type.Object({
  id: Type.String(),
  workflow: Type.String(),
  workflowVersion: Type.Integer(),
  state: Type.String(),
  status: Type.String({ description: 'active, or done for a final state' }),
  version: Type.Integer(),
  events: Type.Array(EventViewSchema),
  replayed: Type.Optional(Type.Boolean()),
});

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
