/**
 * POST /collections (suggestion_manager): a suggestion-box collection starts a `collection`
 * instance with RecordCollection. Its business date `on` defaults to `collectedOn`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, CommandResultSchema, errors } from '../schemas.ts';
import { requireRole } from '../auth.ts';
import { RecordCollection } from '../../../workflows/collection.ts';

const { type: _type, ...collectionFields } = RecordCollection.properties;

const CollectionBody = Type.Object(collectionFields, {
  additionalProperties: false,
  description: 'box, collectedOn, count; optional `on` (business date, default collectedOn) and `comment`',
});

/** Shared by the routes that start an instance directly (collections, activities). */
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$', description: 'Retry-safe key: a retry returns the original result' }),
  ),
});

export const collectionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { engine, metrics } = app.docket;

  app.post(
    '/collections',
    {
      schema: {
        tags: ['views'],
        summary: 'Record a suggestion-box collection (suggestion_manager)',
        security: AUTH,
        headers: IdempotencyHeaders,
        body: CollectionBody,
        response: { 201: CommandResultSchema, ...errors(400, 401, 403, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, ['suggestion_manager']);
      const body = request.body;
      try {
        const result = await engine.execute({
          workflow: 'collection',
          command: { type: 'RecordCollection', ...body, on: body.on ?? body.collectedOn },
          principal,
          idempotencyKey: request.headers['idempotency-key'],
          requestId: request.id,
        });
        metrics.command('collection', result.replayed ? 'replayed' : 'accepted');
        return reply.code(201).header('location', `/workflows/collection/instances/${result.id}`).send(result);
      } catch (error) {
        metrics.command('collection', (error as { code?: string }).code ?? 'error');
        throw error;
      }
    },
  );
};
