/**
 * The member roster: listing and one member (view_members), and the import of existing members
 * (admin; JSON array or CSV) as RegisterMember commands in one transaction. Other member commands
 * (RecordRetirement, RecordDeparture, UpdateProfile) go through POST /workflows/member/instances/{id}/commands.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { notFound } from '../../errors.ts';
import { AUTH, errors, IdParam } from '../schemas.ts';
import { principalOf, requireRole } from '../auth.ts';
import { findMember, listMembers } from '../../members/member-queries.ts';
import { IMPORT_COLUMNS, importRows, MAX_IMPORT_ROWS } from '../../members/import-rows.ts';
import { assertNewIds, importMembers, prepareRows } from '../../members/member-import.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const MemberSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  gender: Type.String(),
  birthDate: Type.String(),
  education: Type.String(),
  title: Type.String(),
  employment: Type.String({ description: 'working or retired' }),
  branchId: Type.String(),
  joinedOn: Type.String(),
  retiredOn: Nullable(Type.String()),
  departedOn: Nullable(Type.String()),
  current: Type.Boolean({ description: 'false once a departure is recorded' }),
  admittedBy: Nullable(Type.String({ description: 'The recruitment instance that admitted the member' })),
});

const ListQuery = Type.Object(
  {
    branchId: Type.Optional(IdParam),
    current: Type.Optional(Type.Boolean({ description: 'true: current members only; false: departed only' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

const ROW_HELP =
  `Each row: the RegisterMember fields (name, gender, birthDate, education, title, employment, branchId, joinedOn; ` +
  `optional cpcMember, on, comment) and an optional \`id\` (generated when absent). A row without \`on\` is recorded on its joinedOn. ` +
  `At most ${MAX_IMPORT_ROWS} rows. Any invalid row rejects the whole import with 422 naming the row, field and message; nothing is imported.`;

const ImportBody = {
  content: {
    'application/json': { schema: Type.Array(Type.Unknown(), { description: `A JSON array of members. ${ROW_HELP}` }) },
    'text/csv': {
      schema: Type.String({ description: `CSV with a header row naming the columns (${IMPORT_COLUMNS.join(', ')}). ${ROW_HELP}` }),
    },
  },
};

const ImportResult = Type.Object({
  imported: Type.Integer(),
  members: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

export const membersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, engine, clock, ids, registry, metrics } = app.docket;

  app.get(
    '/members',
    {
      schema: {
        tags: ['members'],
        summary: 'The roster, by joining date; filter by branch and current/departed',
        security: AUTH,
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(MemberSchema), cursor: Nullable(Type.String()) }), ...errors(400, 401, 503) },
      },
    },
    async (request) => {
      principalOf(request);
      const { branchId, current, cursor } = request.query;
      return listMembers(database.db, { branchId, current, cursor, limit: request.query.limit ?? 100 });
    },
  );

  app.get(
    '/members/:id',
    {
      schema: {
        tags: ['members'],
        summary: 'One member of the roster',
        security: AUTH,
        params: Type.Object({ id: IdParam }),
        response: { 200: MemberSchema, ...errors(400, 401, 404, 503) },
      },
    },
    async (request) => {
      principalOf(request);
      const member = await findMember(database.db, request.params.id);
      if (!member) throw notFound(`member ${JSON.stringify(request.params.id)}`);
      return member;
    },
  );

  app.post(
    '/members/import',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['members'],
        summary: 'Import existing members (admin): all rows or none',
        description: ROW_HELP,
        security: AUTH,
        body: ImportBody,
        response: { 201: ImportResult, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ['admin']);
      const rows = importRows(request.body);
      const prepared = prepareRows(registry.latest('member'), rows, ids);
      await assertNewIds(database.db, prepared);
      const members = await importMembers({ db: database.db, engine, principal, now: clock.now(), requestId: request.id }, prepared);
      metrics.command('member', 'accepted');
      request.log.info({ imported: members.length }, 'members imported');
      return reply.code(201).send({ imported: members.length, members });
    },
  );
};
