/**
 * The caller's own account: sign in with a user name and password (a session cookie), sign out,
 * change the password, and GET /me (who am I, and how signed in).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Principal } from '../../../workflows/contract.ts';
import type { Credential } from '../../auth/authenticator.ts';
import { AUTH, errors, named } from '../schemas.ts';
import { assertSameOrigin, authenticatedOf, CSRF_HEADER, refusalError } from '../auth.ts';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from '../cookies.ts';
import type { Limits } from '../rate-limits.ts';
import { PasswordSchema, PrincipalSchema, UsernameSchema } from './accounts.schemas.ts';

/** The caller (GET /me), named `Me`. */
const MeSchema = named('Me', Type.Composite([
  PrincipalSchema,
  Type.Object({
    username: Type.Union([Type.String(), Type.Null()]),
    expiresAt: Type.Union([Type.String(), Type.Null()], { description: 'When the principal itself expires' }),
    signedInWith: Type.Union([Type.Literal('token'), Type.Literal('session')]),
    sessionExpiresAt: Type.Union([Type.String(), Type.Null()], { description: 'The session’s absolute end (it also ends when idle)' }),
  }),
]));

const CSRF_NOTE = `Send the header \`${CSRF_HEADER}: 1\`: requests signed in by the session cookie that change anything must carry it.`;

export const accountRoutes: FastifyPluginAsyncTypebox<{ limits: Limits }> = async (app, { limits }) => {
  const { principals, authenticator, clock } = app.docket;

  async function me(principal: Principal, credential: Credential) {
    const record = await principals.get(principal.id);
    return {
      ...principal,
      username: record.username,
      expiresAt: record.expiresAt,
      signedInWith: credential.kind,
      sessionExpiresAt: credential.kind === 'session' ? credential.expiresAt.toISOString() : null,
    };
  }

  app.post(
    '/auth/signin',
    {
      config: { public: true, operationId: 'signIn' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with a username and password: sets the session cookie',
        description: `${CSRF_NOTE} Failed sign-ins are limited per address and per username (429 with Retry-After).`,
        body: Type.Object({ username: UsernameSchema, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: { 200: MeSchema, ...errors(400, 401, 403, 415, 429) },
      },
    },
    async (request, reply) => {
      assertSameOrigin(request);
      await limits.checkAddress(request);
      await limits.checkUsername(request);
      const outcome = await authenticator.signIn(request.body.username, request.body.password);
      if ('refused' in outcome) {
        if (outcome.refused.code === 'invalid_credentials') {
          await limits.failedFromAddress(request);
          await limits.failedForUsername(request);
        }
        throw refusalError(outcome.refused);
      }
      setSessionCookie(request, reply, outcome.sessionId, outcome.session.expiresAt, clock.now());
      request.log.info({ principalId: outcome.principal.id }, 'signed in');
      return me(outcome.principal, { kind: 'session', idHash: outcome.session.idHash, expiresAt: outcome.session.expiresAt });
    },
  );

  app.post(
    '/auth/signout',
    {
      config: { public: true, operationId: 'signOut' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: the session ends at once and the cookie is cleared',
        description: CSRF_NOTE,
        response: { 204: Type.Null(), ...errors(403) },
      },
    },
    async (request, reply) => {
      assertSameOrigin(request);
      const id = readCookie(request, SESSION_COOKIE);
      if (id) await authenticator.endSession(id);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { operationId: 'getMe' },
      schema: { tags: ['accounts'], summary: 'The calling principal, and how it signed in', security: AUTH, response: { 200: MeSchema, ...errors(401) } },
    },
    async (request) => {
      const { principal, credential } = authenticatedOf(request);
      return me(principal, credential);
    },
  );

  app.post(
    '/me/password',
    {
      config: { operationId: 'changeMyPassword' },
      schema: {
        tags: ['accounts'],
        summary: 'Change your own password (the current one is needed); your other sessions end',
        description: CSRF_NOTE,
        security: AUTH,
        body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: PasswordSchema }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors(400, 401, 403, 409, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const who = authenticatedOf(request);
      const outcome = await authenticator.changePassword(who, request.body.currentPassword, request.body.newPassword);
      if ('refused' in outcome) {
        if (outcome.refused.code === 'wrong_password') await limits.failedFromAddress(request);
        throw refusalError(outcome.refused);
      }
      request.log.info({ principalId: who.principal.id }, 'password changed');
      return reply.code(204).send(null);
    },
  );
};
