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
import { ActorSchema, AUTH, Erased, errors, FreeObject, named, Redacted, StringEnum } from '../schemas.ts';
import { requireRole } from '../auth.ts';
import { readerOf } from '../reader.ts';
import { discloseEvent } from '../../privacy/disclose.ts';
import { readAccess } from '../../privacy/access-log.query.ts';
import { ALL_WORKFLOWS } from '../../engine/registry.ts';
import { documentedAs, typedEnvelope } from '../data-schemas.ts';

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

const FeedEnvelope = Type.Object({
  globalPosition: Type.Integer(),
  streamId: Type.String(),
  workflow: StringEnum(ALL_WORKFLOWS.map((def) => def.name), 'The workflow of the stream'),
  version: Type.Integer(),
  type: Type.String(),
  data: FreeObject,
  actor: ActorSchema,
  occurredOn: Type.String({ description: 'Business date' }),
  recordedAt: Type.String({ description: 'ISO timestamp' }),
  metadata: Type.Object({}, { additionalProperties: true, description: 'All the metadata the event was recorded with (actor, command, correlation…): part of what its hash covers' }),
  hash: Type.String({
    description: 'The event’s hash as recorded: sha256(previous hash ‖ canonical JSON of the data as stored, its personal fields sealed), docs/tamper-evidence.md',
  }),
  redacted: Redacted,
  erased: Erased,
  storedData: Type.Optional({
    ...FreeObject,
    description:
      'The data as stored and hashed, when it differs from `data`: its personal fields sealed (`{"$sealed": …}`, docs/data-protection.md#erasure). ' +
      'The hash is recomputed from this',
  }),
  storedMetadata: Type.Optional({
    ...FreeObject,
    description: 'The metadata as stored and hashed, when it differs from `metadata`: its comment sealed. The hash is recomputed from this',
  }),
});

/** An event of the feed: documented as the union of every event type with its data (`TypedEvent`) and the feed's envelope. */
const FeedEventSchema = documentedAs(FeedEnvelope, typedEnvelope('FeedEvent', FeedEnvelope, ALL_WORKFLOWS));

/** Who may ask who read a person's data: the officers who answer for a leak. */
const ACCESS_READERS: readonly Role[] = ['admin', 'chair'];

const AccessEntrySchema = named('AccessLogEntry', Type.Object({
  readAt: Type.String({ description: 'When the response was sent (ISO timestamp)' }),
  principal: Type.Object({ id: Type.String(), name: Type.String() }),
  method: Type.String(),
  route: Type.String({ description: 'The route pattern, e.g. /workflows/recruitment/instances/:id' }),
  requestId: Type.String({ description: 'The x-request-id of the response, to find it in the server log' }),
}));

/** `member/<id>` or `<workflow>/<id>`; a bare id is a member's. */
const subjectOf = (text: string) => (text.includes('/') ? text : `member/${text}`);

export const eventsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, accessLog, personalData } = app.docket;

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
        response: {
          200: named('EventFeedPage', Type.Object({ events: Type.Array(FeedEventSchema), cursor: Type.String({ description: 'Pass it back as `after`; the same when nothing new is visible' }) })),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request) => {
      requireRole(request, AUDIT_READERS);
      const reader = readerOf(request);
      const page = await readAll(database.db, { after: request.query.after ?? '', limit: request.query.limit ?? 100 });
      await personalData.open(database.db, page.events, undefined, { keepStored: true });
      const events = page.events.map((e) =>
        discloseEvent(reader, e.workflow, e.streamId, null, {
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
          erased: e.erased ?? [],
          ...(e.stored?.data ? { storedData: e.stored.data } : {}),
          ...(e.stored?.metadata ? { storedMetadata: e.stored.metadata } : {}),
        }),
      );
      return { events: events.filter((e) => e !== null), cursor: page.cursor };
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

  app.get(
    '/audit/access',
    {
      config: { operationId: 'listAccess', roles: ACCESS_READERS },
      schema: {
        tags: ['events'],
        summary: 'Who read a person’s personal data: every response that revealed it, newest first',
        description:
          '`subject` is a member id (or `member/<id>`) or an instance (`recruitment/<id>`, `suggestion/<id>`, …). Reads of an ' +
          'instance about a member (a nomination, a secondment, an admitted application) are listed under both. Names alone are ' +
          'not logged (the roster is readable inside the organisation). See docs/data-protection.md.',
        security: AUTH,
        querystring: Type.Object(
          {
            subject: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)?$' }),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
            before: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9]+$', description: 'The `cursor` of the previous page' })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: named('AccessLogPage', Type.Object({ subject: Type.String(), items: Type.Array(AccessEntrySchema), cursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass it back as `before` for the next page; null on the last page' }) })),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request) => {
      requireRole(request);
      const subject = subjectOf(request.query.subject);
      // This server's reads not yet written are written first.
      await accessLog.flush();
      const page = await readAccess(database.db, subject, { limit: request.query.limit ?? 100, before: request.query.before ?? null });
      return {
        subject,
        items: page.items.map((e) => ({
          readAt: e.readAt.toISOString(),
          principal: { id: e.principalId, name: e.principalName },
          method: e.method,
          route: e.route,
          requestId: e.requestId,
        })),
        cursor: page.before,
      };
    },
  );
};
