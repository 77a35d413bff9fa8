/** The admin's view of notification deliveries: what failed (dead letters), what waits; send a failed one again. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DELIVERY_STATUSES, listDeliveries, retryDelivery } from '../../views/notifications.query.ts';
import { Enum } from '../../../workflows/schemas.ts';
import { requireRole } from '../auth.ts';
import { AUTH, errors, named, PageCursor } from '../schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const DeliverySchema = named('NotificationDelivery', Type.Object({
  id: Type.String({ description: 'The delivery’s stable id (e-mail Message-ID, webhook X-Docket-Delivery-Id)' }),
  noticeId: Type.String({ description: '<global position>:<audience>, the same on every channel' }),
  audience: Type.String({ description: 'role:<role> or principal:<id>' }),
  channel: Type.String({ description: 'email or webhook' }),
  recipient: Type.Union([Type.Object({ id: Type.String(), name: Nullable(Type.String()) }), Type.Null()], { description: 'The principal (e-mail only)' }),
  status: Enum(DELIVERY_STATUSES),
  attempts: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Nullable(Type.String({ description: 'While pending: when it is tried next' })),
  lastError: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  workflow: Type.String(),
  instanceId: Type.String(),
  event: Type.String(),
  occurredOn: Type.String(),
  message: Type.String({ description: 'The notice in English' }),
}));

export const notificationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, clock } = app.docket;

  app.get(
    '/admin/notifications',
    {
      config: { operationId: 'listNotifications', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Notification deliveries, newest first; status=failed lists the dead letters (admin)',
        security: AUTH,
        querystring: Type.Object(
          {
            status: Type.Optional(Enum(DELIVERY_STATUSES)),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 400 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: named('NotificationPage', Type.Object({ items: Type.Array(DeliverySchema), cursor: PageCursor })), ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      requireRole(request);
      const { status, limit = 50, cursor } = request.query;
      return listDeliveries(database.db, { status, limit, cursor });
    },
  );

  app.post(
    '/admin/notifications/:id/retry',
    {
      config: { operationId: 'retryNotification', roles: ['admin'] },
      schema: {
        tags: ['principals'],
        summary: 'Send a dead-lettered delivery again (admin)',
        security: AUTH,
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 400, pattern: '^[A-Za-z0-9._-]+$' }) }),
        response: { 204: Type.Null({ description: 'Queued again' }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      requireRole(request);
      await retryDelivery(database.db, request.params.id, clock.now());
      return reply.code(204).send(null);
    },
  );
};
