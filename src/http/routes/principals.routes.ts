/** Principals: created, listed and revoked by an admin; GET /me tells the caller who they are. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, errors, IdParam, RoleSchema } from '../schemas.ts';
import { principalOf, requireRole } from '../auth.ts';

const PrincipalSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  roles: Type.Array(Type.String()),
  memberId: Type.Union([Type.String(), Type.Null()]),
  branchId: Type.Union([Type.String(), Type.Null()]),
});
const PrincipalRecordSchema = Type.Composite([
  PrincipalSchema,
  Type.Object({ createdAt: Type.String(), revokedAt: Type.Union([Type.String(), Type.Null()]) }),
]);

const NewPrincipalSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 11, uniqueItems: true }),
    memberId: Type.Optional(Type.Union([IdParam, Type.Null()])),
    branchId: Type.Optional(Type.Union([IdParam, Type.Null()])),
  },
  { additionalProperties: false },
);

export const principalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { principals } = app.docket;

  app.post(
    '/admin/principals',
    {
      schema: {
        tags: ['principals'],
        summary: 'Create a principal and its token (shown once)',
        security: AUTH,
        body: NewPrincipalSchema,
        response: { 201: Type.Composite([PrincipalRecordSchema, Type.Object({ token: Type.String() })]), ...errors(400, 401, 403, 415) },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request, ['admin']);
      const created = await principals.create(request.body, admin.id);
      request.log.info({ principalId: created.id, roles: created.roles }, 'principal created');
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/admin/principals',
    {
      schema: {
        tags: ['principals'],
        summary: 'List principals (tokens are never shown again)',
        security: AUTH,
        response: { 200: Type.Object({ principals: Type.Array(PrincipalRecordSchema) }), ...errors(401, 403) },
      },
    },
    async (request) => {
      requireRole(request, ['admin']);
      return { principals: await principals.list() };
    },
  );

  app.delete(
    '/admin/principals/:id',
    {
      schema: {
        tags: ['principals'],
        summary: 'Revoke a principal: its token stops working at once',
        security: AUTH,
        params: Type.Object({ id: IdParam }),
        response: { 200: PrincipalRecordSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireRole(request, ['admin']);
      return principals.revoke(request.params.id);
    },
  );

  app.get(
    '/me',
    {
      schema: { tags: ['principals'], summary: 'The calling principal', security: AUTH, response: { 200: PrincipalSchema, ...errors(401) } },
    },
    async (request) => principalOf(request),
  );
};
