/**
 * The one authentication path: every route is private unless its config says `public: true`. A
 * request proves who it is with `Authorization: Bearer <token>` or, from the console, the session
 * cookie; both resolve to the same Principal (src/auth/authenticator.ts). In order:
 * 1. no credential at all: 401 (no lookup);
 * 2. an address that failed too often: 429 with Retry-After (no lookup);
 * 3. the credential is checked (one of the wrong shape, or refused a moment ago, needs no lookup);
 *    a refusal counts against the address;
 * 4. a state-changing request authenticated by the cookie must also carry the X-Docket-CSRF header
 *    and, when it says where it comes from, an Origin of this server (403 `csrf_refused`);
 * 5. a command counts against its principal's command rate.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Principal, Role } from '../../workflows/contract.ts';
import type { Authenticator, Credential } from '../auth/authenticator.ts';
import type { Refusal } from '../auth/token-cache.ts';
import { DomainError } from '../errors.ts';
import { clearSessionCookie, readCookie, SESSION_COOKIE } from './cookies.ts';
import type { Limits } from './rate-limits.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    credential: Credential | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
    /** A command route: authentication may come from the recent-token cache, and the command rate applies. */
    command?: boolean;
  }
}

/** The header a cookie-authenticated state-changing request must carry (a page of another site cannot set it). */
export const CSRF_HEADER = 'x-docket-csrf';

const unauthorized = (detail: string) => new DomainError('unauthorized', detail, 401);

const REFUSAL_STATUS: Record<Refusal['code'], number> = {
  unauthorized: 401,
  token_expired: 401,
  token_rotated: 401,
  account_expired: 401,
  session_expired: 401,
  invalid_credentials: 401,
  wrong_password: 403,
  no_password: 409,
};

export const refusalError = (refusal: Refusal) => new DomainError(refusal.code, refusal.detail, REFUSAL_STATUS[refusal.code]);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF: SameSite=Strict already keeps the cookie off requests from other sites; a state-changing
 * request must also carry X-Docket-CSRF (which a cross-site form cannot send, and a cross-site
 * script cannot without a CORS preflight this server never grants) and, if it has an Origin
 * header, come from this server's origin.
 */
export function assertSameOrigin(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (!request.headers[CSRF_HEADER]) {
    throw new DomainError('csrf_refused', `a request signed in by cookie must send the header ${CSRF_HEADER}: 1`, 403);
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new DomainError('csrf_refused', `requests from ${origin} are not accepted`, 403);
  }
}

type Presented = { kind: 'token'; token: string } | { kind: 'session'; id: string };

function presentedBy(request: FastifyRequest): Presented | null {
  const header = request.headers.authorization;
  if (header !== undefined) {
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
    const match = /^Bearer +(\S+)$/i.exec(header);
    return { kind: 'token', token: match?.[1] ?? '' };
  }
  const id = readCookie(request, SESSION_COOKIE);
  return id ? { kind: 'session', id } : null;
}

function refuse(request: FastifyRequest, reply: FastifyReply, presented: Presented, refusal: Refusal): DomainError {
  if (presented.kind === 'token') reply.header('www-authenticate', 'Bearer error="invalid_token"');
  else clearSessionCookie(request, reply);
  return refusalError(refusal);
}

export const authPlugin = fp(async (app: FastifyInstance, options: { authenticator: Authenticator; limits: Limits }) => {
  const { authenticator, limits } = options;
  app.decorateRequest('principal', null);
  app.decorateRequest('credential', null);
  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config;
    if (config?.public) return;
    const presented = presentedBy(request);
    if (!presented) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized('an Authorization: Bearer <token> header or a session cookie (sign in at POST /auth/signin) is required');
    }
    await limits.checkAddress(request);
    const outcome =
      presented.kind === 'token' ? await authenticator.token(presented.token, config?.command === true) : await authenticator.session(presented.id);
    if ('refused' in outcome) {
      await limits.failedFromAddress(request);
      throw refuse(request, reply, presented, outcome.refused);
    }
    if (outcome.credential.kind === 'session') assertSameOrigin(request);
    request.principal = outcome.principal;
    request.credential = outcome.credential;
    if (config?.command) await limits.command(request);
  });
});

/** The authenticated principal (routes behind auth only). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthorized('not authenticated');
  return request.principal;
}

/** The authenticated principal and how it proved who it is. */
export function authenticatedOf(request: FastifyRequest): { principal: Principal; credential: Credential } {
  const principal = principalOf(request);
  if (!request.credential) throw unauthorized('not authenticated');
  return { principal, credential: request.credential };
}

/** 403 forbidden_role unless the caller holds one of `roles` (by default the route's declared `config.roles`). */
export function requireRole(request: FastifyRequest, roles: readonly Role[] | undefined = request.routeOptions.config.roles): Principal {
  const principal = principalOf(request);
  if (!roles) throw new Error(`${request.routeOptions.url ?? request.url} declares no roles to require`);
  if (!roles.some((r) => principal.roles.includes(r))) {
    throw new DomainError('forbidden_role', `this needs one of the roles ${roles.join(', ')}`, 403, { requiredRoles: roles });
  }
  return principal;
}
