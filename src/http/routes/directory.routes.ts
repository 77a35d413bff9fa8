/**
 * GET /directory: lookups by name for pickers. Every answer is an id and a display name (and a
 * member's branch), nothing personal. Who may look a kind up follows the commands: the roles that
 * send a command naming a member (or a principal, a box collection) may look members up, and admin;
 * branches and host units (organisation units, not people) every signed-in principal.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ROLES } from '../../../workflows/contract.ts';
import { REF_KINDS, type RefKind } from '../../../workflows/schemas.ts';
import { AUTH, errors } from '../schemas.ts';
import { principalOf, requireRole } from '../auth.ts';
import { loadSettings } from '../../engine/facts.ts';
import { lookupRoles, PUBLIC_KINDS } from '../../engine/references.ts';
import { ALL_WORKFLOWS } from '../../engine/registry.ts';
import { searchDirectory } from '../../views/directory.query.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const DirectoryEntrySchema = Type.Object({
  id: Type.String({ description: 'What a command field takes (for a host unit, its name)' }),
  name: Type.String({ description: 'What a person reads: a name, a branch name, a box and its date' }),
  branchId: Nullable(Type.String({ description: 'A member’s branch; null for other kinds' })),
  branchName: Nullable(Type.String()),
});

const ROLES_BY_KIND = lookupRoles(ALL_WORKFLOWS);

const KIND_HELP = REF_KINDS.map((k) => `\`${k}\`: ${PUBLIC_KINDS.has(k) ? 'every principal' : [...(ROLES_BY_KIND.get(k) ?? [])].join(', ')}`).join('; ');

export const directoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.docket;

  app.get(
    '/directory',
    {
      config: { operationId: 'searchDirectory' },
      schema: {
        tags: ['views'],
        summary: 'Find a member, principal, branch, box collection or host unit by name, for a picker',
        description:
          'Command fields that refer to one carry `x-docket-ref` (the kind) in their schema (GET /workflows). ' +
          `At most \`limit\` entries, by name (collections: the latest first). Who may look up which kind: ${KIND_HELP}.`,
        security: AUTH,
        querystring: Type.Object(
          {
            kind: Type.Union(REF_KINDS.map((k) => Type.Literal(k))),
            q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name (a collection: of its box, or the start of its date)' })),
            role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)), { description: 'kind principal: only holders of this role' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(DirectoryEntrySchema) }), ...errors(400, 401, 403, 503) },
      },
    },
    async (request) => {
      const kind: RefKind = request.query.kind;
      if (PUBLIC_KINDS.has(kind)) principalOf(request);
      else requireRole(request, [...(ROLES_BY_KIND.get(kind) ?? ['admin'])]);
      const { branches } = await loadSettings(database.db);
      const items = await searchDirectory(database.db, branches, { kind, q: request.query.q, role: request.query.role, limit: request.query.limit ?? 20 });
      return { items };
    },
  );
};
