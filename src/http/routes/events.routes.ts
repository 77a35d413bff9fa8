/**
 * The global event feed for integrators (gap-safe: the same rule as the async consumers) and the
 * hash-chain verification of the log.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Role } from '../../../workflows/contract.ts';
import { notFound } from '../../errors.ts';
import { readAll, readStreamHeader } from '../../store/event-store.ts';
import { verifyChain } from '../../store/verify.ts';
import { ActorSchema, AUTH, errors, FreeObject } from '../schemas.ts';
import { requireRole } from '../auth.ts';

/**
 * There is no auditor role (docs/workflows.md, "Roles"): the feed and the verification are open to admin,
 * chair and office (the committee's officers who answer for the record).
 */
export const AUDIT_READERS: readonly Role[] = ['admin', 'chair', 'office'];

export const BrokenLinkSchema = Type.Object({
  streamId: Type.String(),
  version: Type.Integer(),
  reason: Type.String({ description: 'hash_mismatch, prev_hash_mismatch, version_gap, missing_events or head_mismatch' }),
  detail: Type.String(),
});

const FeedEventSchema = Type.Object({
  globalPosition: Type.Integer(),
  streamId: Type.String(),
  workflow: Type.String(),
  version: Type.Integer(),
  type: Type.String(),
  data: FreeObject,
  actor: ActorSchema,
  occurredOn: Type.String({ description: 'Business date' }),
  recordedAt: Type.String({ description: 'ISO timestamp' }),
  metadata: Type.Object({}, { additionalProperties: true, description: 'All the metadata the event was recorded with (actor, command, correlation…): part of what its hash covers' }),
  hash: Type.String({ description: 'The event’s hash as recorded: sha256(previous hash ‖ canonical JSON), docs/tamper-evidence.md' }),
});

export const eventsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app.docket;

  app.get(
    '/events',
    {
      config: { operationId: 'listEvents', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'The global event feed: every committed event exactly once, in commit-safe order',
        description:
          'Pass the returned `cursor` back as `after` for the next page (it stays the same when nothing new is visible). ' +
          'An event is served only once no transaction that could still commit before it is running, so a page never ' +
          'skips an event that commits late. Roles: admin, chair, office (there is no auditor role).',
        security: AUTH,
        querystring: Type.Object(
          {
            after: Type.Optional(Type.String({ maxLength: 100, description: 'A cursor from an earlier page; absent: from the start' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ events: Type.Array(FeedEventSchema), cursor: Type.String() }), ...errors(400, 401, 403, 503) },
      },
    },
    async (request) => {
      requireRole(request, AUDIT_READERS);
      const page = await readAll(database.db, { after: request.query.after ?? '', limit: request.query.limit ?? 100 });
      return {
        events: page.events.map((e) => ({
          globalPosition: e.globalPosition,
          streamId: e.streamId,
          workflow: e.workflow,
          version: e.version,
          type: e.type,
          data: e.data,
          actor: e.metadata.actor,
          occurredOn: e.occurredOn,
          recordedAt: e.recordedAt.toISOString(),
          metadata: e.metadata,
          hash: e.hash,
        })),
        cursor: page.cursor,
      };
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { operationId: 'verifyAudit', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'Recompute the hash chains (the whole log, or one stream) and report the first broken link',
        description: 'Roles: admin, chair, office (there is no auditor role). 404 for an unknown streamId.',
        security: AUTH,
        querystring: Type.Object(
          { streamId: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: 'e.g. secondment/<id>' })) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            streamsChecked: Type.Integer(),
            eventsChecked: Type.Integer(),
            firstBroken: Type.Union([BrokenLinkSchema, Type.Null()]),
          }),
          ...errors(400, 401, 403, 404, 503),
        },
      },
    },
    async (request) => {
      requireRole(request, AUDIT_READERS);
      const { streamId } = request.query;
      if (streamId !== undefined && !(await readStreamHeader(database.db, streamId))) throw notFound(`stream ${JSON.stringify(streamId)}`);
      return verifyChain(database.db, streamId !== undefined ? { streamId } : {});
    },
  );
};
