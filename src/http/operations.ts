/**
 * What every documented operation declares in its route config, and how the OpenAPI document gets
 * it: a stable `operationId`, the roles allowed (`roles`; absent: any authenticated principal;
 * `public: true`: no credential), and whether it touches the database. One `onRoute` hook turns
 * them into `operationId`, `x-roles`, a description naming the roles and the error answers every
 * route shares (400; 401 and 429 unless public; 413 and 415 with a body; 500; 503 with the database), so no
 * route writes these by hand; `requireRole(request)` enforces the same `roles`.
 * tests/api/openapi.integration.test.ts fails for any documented route without them.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import { ROLES, type Role } from '../../workflows/contract.ts';
import { errors } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The operation's stable name in the OpenAPI document (and the generated client), e.g. `getRecruitment`. */
    operationId?: string;
    /** Roles that may call it; absent: any authenticated principal. */
    roles?: readonly Role[];
    /** false for the few operations that never touch the database (then no 503 is documented). */
    database?: boolean;
  }
}

interface RouteConfig {
  operationId?: string;
  roles?: readonly Role[];
  public?: boolean;
  database?: boolean;
}

type Schema = Record<string, unknown> & { hide?: boolean; description?: string; response?: Record<string, unknown> };

/** The roles an operation admits, as `x-roles` lists them: none for a public one, every role when any principal may call it. */
export function rolesOf(config: RouteConfig): readonly Role[] {
  if (config.public) return [];
  return config.roles ?? ROLES;
}

function rolesSentence(config: RouteConfig): string {
  if (config.public) return 'Public: no credential needed.';
  if (!config.roles) return 'Roles: any authenticated principal.';
  return `Roles: ${config.roles.map((r) => `\`${r}\``).join(', ')}.`;
}

/** Adds operationId, x-roles, the roles to the description, and 503 where the database is used. */
export function describeOperation(route: RouteOptions): void {
  const schema = route.schema as Schema | undefined;
  if (!schema || schema.hide) return;
  const config = (route.config ?? {}) as RouteConfig;
  if (config.operationId) schema.operationId = config.operationId;
  schema['x-roles'] = [...rolesOf(config)];
  const sentence = rolesSentence(config);
  schema.description = schema.description ? `${schema.description}\n\n${sentence}` : sentence;
  if (schema.response) {
    const statuses = [
      // Any request may be malformed (a bad URL, an over-long parameter, a body that does not parse).
      400,
      ...(config.public ? [] : [401, 429]),
      ...(schema.body ? [413, 415] : []),
      // A bug: internal_error with the requestId its log line carries.
      500,
      ...(config.database === false ? [] : [503]),
    ].filter((status) => !(status in schema.response!));
    schema.response = { ...schema.response, ...errors(...statuses) };
  }
}

export function registerOperationDocs(app: FastifyInstance): void {
  app.addHook('onRoute', describeOperation);
}
