/** Bearer-token authentication: every route is private unless its config says `public: true`. */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal, Role } from '../../workflows/contract.ts';
import type { Principals } from '../principals.ts';
import { DomainError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** A command route: authentication may come from the recent-token cache. */
    command?: boolean;
  }
}

const unauthorized = (detail: string) => new DomainError('unauthorized', detail, 401);

export const authPlugin = fp(async (app: FastifyInstance, options: { principals: Principals }) => {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.config?.public) return;
    const header = request.headers.authorization;
    if (!header) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized('an Authorization: Bearer <token> header is required');
    }
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
    const match = /^Bearer +([A-Za-z0-9_.~+/=-]{8,200})$/i.exec(header);
    const token = match?.[1];
    // Command routes may use a recently checked token: their commit re-checks revocation in the database.
    const principal = !token
      ? null
      : request.routeOptions.config?.command
        ? await options.principals.authenticateForCommand(token)
        : await options.principals.authenticate(token);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw unauthorized('the token is invalid or revoked');
    }
    request.principal = principal;
  });
});

/** The authenticated principal (routes behind auth only). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized('not authenticated');
  return request.principal;
}

/** 403 forbidden_role unless the caller holds one of `roles`. */
export function requireRole(request: FastifyRequest, roles: readonly Role[]): Principal {
  const principal = principalOf(request);
  if (!roles.some((r) => principal.roles.includes(r))) {
    throw new DomainError('forbidden_role', `this needs one of the roles ${roles.join(', ')}`, 403, { requiredRoles: roles });
  }
  return principal;
}
