/**
 * POST /activities (office): an organisation activity starts an `activity` instance with
 * RecordActivity, as POST /collections does for a box collection. Its business date `on`
 * defaults to the activity's date. Withdrawing goes through the instance's commands.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, CommandResultSchema, errors } from '../schemas.ts';
import { RecordActivity } from '../../../workflows/activity.ts';
import { IdempotencyHeaders, startInstance } from './start-instance.ts';
import { ETAG } from '../openapi-document.ts';

const { type: _type, ...activityFields } = RecordActivity.properties;

const ActivityBody = Type.Object(activityFields, {
  additionalProperties: false,
  description: 'date, kind, title, place, participants (member ids); optional `on` (business date, default date) and `comment`',
});

export const activitiesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/activities',
    {
      config: { operationId: 'recordActivity', roles: ['office'] },
      schema: {
        tags: ['reports'],
        summary: 'Record an organisation activity and its participants (office)',
        security: AUTH,
        headers: IdempotencyHeaders,
        [ETAG]: true,
        body: ActivityBody,
        response: { 201: CommandResultSchema, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) =>
      startInstance(request, reply, {
        workflow: 'activity',
        command: { type: 'RecordActivity', ...request.body, on: request.body.on ?? request.body.date },
        idempotencyKey: request.headers['idempotency-key'],
      }),
  );
};
