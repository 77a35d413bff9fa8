/** Liveness and the database's reachability; the OpenAPI document; Prometheus metrics. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ping } from '../../db/health.query.ts';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
});

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, metrics } = app.docket;

  app.get(
    '/health',
    {
      config: { public: true, operationId: 'getHealth' },
      schema: { tags: ['health'], summary: 'Is the server up and its database reachable?', response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      try {
        await Promise.race([
          ping(database.db),
          new Promise((_, reject) => setTimeout(() => reject(new Error('health check timed out')), 3_000).unref()),
        ]);
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: database.kind });
      }
    },
  );

  app.get(
    '/openapi.json',
    {
      config: { public: true }, schema: { tags: ['health'], summary: 'This OpenAPI document', hide: true } },
    async () => app.swagger(),
  );

  app.get(
    '/metrics',
    {
      config: { public: true, operationId: 'getMetrics' },
      schema: { tags: ['health'], summary: 'Prometheus metrics', produces: ['text/plain'], response: { 200: Type.String() } },
    },
    async (_request, reply) => reply.type('text/plain; version=0.0.4').send(await metrics.render()),
  );
};
