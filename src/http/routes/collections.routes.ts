/**
 * POST /collections (suggestion_manager): a suggestion-box collection starts a `collection`
 * instance with RecordCollection. Its business date `on` defaults to `collectedOn`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, CommandResultSchema, errors } from '../schemas.ts';
import { IdempotencyHeaders, startInstance } from './start-instance.ts';
import { ETAG } from '../openapi-document.ts';
import { RecordCollection } from '../../../workflows/collection.ts';

const { type: _type, ...collectionFields } = RecordCollection.properties;

const CollectionBody = Type.Object(collectionFields, {
  additionalProperties: false,
  description: 'box, collectedOn, count; optional `on` (business date, default collectedOn) and `comment`',
});

export const collectionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/collections',
    {
      config: { operationId: 'recordCollection', roles: ['suggestion_manager'] },
      schema: {
        tags: ['views'],
        summary: 'Record a suggestion-box collection (suggestion_manager)',
        security: AUTH,
        headers: IdempotencyHeaders,
        [ETAG]: true,
        body: CollectionBody,
        response: { 201: CommandResultSchema, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) =>
      startInstance(request, reply, {
        workflow: 'collection',
        command: { type: 'RecordCollection', ...request.body, on: request.body.on ?? request.body.collectedOn },
        idempotencyKey: request.headers['idempotency-key'],
      }),
  );
};
