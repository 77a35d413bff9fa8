/**
 * Principals (admin): create people and integrators, list them, edit their roles and scope, issue
 * or rotate a token, reset a password, revoke.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { AUTH, errors, IdParam, named, RoleSchema } from '../schemas.ts';
import { requireRole } from '../auth.ts';
import { PasswordSchema, PrincipalRecordSchema, UsernameSchema } from './accounts.schemas.ts';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 11, uniqueItems: true }),
  memberId: Nullable(IdParam),
  branchId: Nullable(IdParam),
  hostUnit: Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'The unit a host_unit principal speaks for, as secondments name it' })),
  expiresAt: Nullable(Type.String({ format: 'date-time', description: 'After this instant every credential of the principal is refused' })),
  username: Nullable(UsernameSchema),
  email: Nullable(Type.String({ format: 'email', minLength: 3, maxLength: 254, description: 'Where e-mail notices go' })),
  locale: Nullable(Type.Union([Type.Literal('zh-CN'), Type.Literal('en')], { description: 'The language of the notices (Chinese when absent)' })),
};

const NewPrincipalSchema = Type.Object(
  {
    name: fields.name,
    roles: fields.roles,
    memberId: Type.Optional(fields.memberId),
    branchId: Type.Optional(fields.branchId),
    hostUnit: Type.Optional(fields.hostUnit),
    expiresAt: Type.Optional(fields.expiresAt),
    username: Type.Optional(fields.username),
    email: Type.Optional(fields.email),
    locale: Type.Optional(fields.locale),
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);

const PatchSchema = Type.Partial(Type.Object(fields), { additionalProperties: false, minProperties: 1 });

const WithToken = named('PrincipalWithToken', Type.Composite([PrincipalRecordSchema, Type.Object({ token: Type.String({ description: 'Shown only now' }) })]));
const Params = Type.Object({ id: IdParam });

export const principalRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { principals, authenticator } = app.docket;

  app.post(
    '/admin/principals',
    {
      config: { operationId: 'createPrincipal', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Create a principal: with a username and password a person who signs in, else an integrator with a token (shown once)',
        security: AUTH,
        body: NewPrincipalSchema,
        response: {
          201: named(
            'NewPrincipal',
            Type.Composite([PrincipalRecordSchema, Type.Object({ token: Type.Union([Type.String(), Type.Null()], { description: 'Shown only now; null when a password was given' }) })]),
          ),
          ...errors(400, 401, 403, 409, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const admin = requireRole(request);
      const created = await principals.create(request.body, admin.id);
      request.log.info({ principalId: created.id, roles: created.roles }, 'principal created');
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/admin/principals',
    {
      config: { operationId: 'listPrincipals', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'List principals (tokens and passwords are never shown)',
        security: AUTH,
        response: { 200: Type.Object({ principals: Type.Array(PrincipalRecordSchema) }), ...errors(401, 403) },
      },
    },
    async (request) => {
      requireRole(request);
      return { principals: await principals.list() };
    },
  );

  app.patch(
    '/admin/principals/:id',
    {
      config: { operationId: 'updatePrincipal', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Edit a principal: name, roles, member/branch/host unit, username, expiry (null clears); takes effect at once',
        security: AUTH,
        params: Params,
        body: PatchSchema,
        response: { 200: PrincipalRecordSchema, ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => {
      const admin = requireRole(request);
      const updated = await principals.update(request.params.id, request.body);
      request.log.info({ principalId: updated.id, by: admin.id, fields: Object.keys(request.body) }, 'principal edited');
      return updated;
    },
  );

  app.post(
    '/admin/principals/:id/token',
    {
      config: { operationId: 'rotatePrincipalToken', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Issue a new token (shown once); the previous token, if any, stops working at once',
        security: AUTH,
        params: Params,
        response: { 200: WithToken, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const admin = requireRole(request);
      const rotated = await principals.rotateToken(request.params.id);
      request.log.info({ principalId: rotated.id, by: admin.id }, 'token issued');
      return rotated;
    },
  );

  app.post(
    '/admin/principals/:id/password',
    {
      config: { operationId: 'setPrincipalPassword', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Set (reset) a principal’s password; every session of theirs ends',
        security: AUTH,
        params: Params,
        body: Type.Object({ password: PasswordSchema }, { additionalProperties: false }),
        response: { 200: PrincipalRecordSchema, ...errors(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => {
      const admin = requireRole(request);
      const record = await authenticator.resetPassword(request.params.id, request.body.password);
      request.log.info({ principalId: record.id, by: admin.id }, 'password reset');
      return record;
    },
  );

  app.delete(
    '/admin/principals/:id',
    {
      config: { operationId: 'revokePrincipal', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Revoke a principal: its token and sessions stop working at once',
        security: AUTH,
        params: Params,
        response: { 200: PrincipalRecordSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      requireRole(request);
      return principals.revoke(request.params.id);
    },
  );
};
