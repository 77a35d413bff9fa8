/** Liveness, readiness and the database's reachability; the OpenAPI document; Prometheus metrics. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { ping } from '../../db/health.query.ts';
import { pendingSchema } from '../../db/migrate.ts';
import type { ReplicaStatus } from '../../db/read-routing.ts';

const CHECK_TIMEOUT_MS = 3_000;

const ReplicaHealth = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('lagging'), Type.Literal('unavailable')], {
      description: 'ok: reads go to it; lagging or unavailable: reads go to the primary meanwhile',
    }),
    lagSeconds: Type.Union([Type.Number(), Type.Null()], { description: 'How long ago the primary had written WAL the replica has not replayed yet' }),
    lagBytes: Type.Union([Type.Number(), Type.Null()]),
  },
  { description: 'The streaming replica (DATABASE_READ_URL), when one is configured' },
);

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.Union([Type.Literal('postgres'), Type.Literal('pglite')]),
  replica: Type.Optional(ReplicaHealth),
});

const Ready = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  checks: Type.Object({
    database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
    migrations: Type.Union([Type.Literal('applied'), Type.Literal('pending'), Type.Literal('unknown')]),
    replica: Type.Optional(ReplicaHealth),
  }),
  pending: Type.Optional(Type.Array(Type.String(), { description: 'Migrations or SQL functions this build expects that the database lacks' })),
});

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('health check timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

const replicaHealth = (status: ReplicaStatus) => ({
  status: status.usable ? ('ok' as const) : status.up && status.standby ? ('lagging' as const) : ('unavailable' as const),
  lagSeconds: status.lagSeconds,
  lagBytes: status.lagBytes,
});

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, metrics, reads } = app.docket;
  /** Once applied, migrations stay applied for this build: looked at until then only. */
  let migrationsApplied = false;

  app.get(
    '/health',
    {
      config: { public: true, operationId: 'getHealth' },
      schema: {
        tags: ['health'],
        summary: 'Is the server up and its database reachable? (and the replica’s lag, if there is one)',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const replica = await reads.status();
      const replicaPart = replica ? { replica: replicaHealth(replica) } : {};
      try {
        await withTimeout(ping(database.db));
        return { status: 'ok' as const, database: database.kind, ...replicaPart };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: database.kind, ...replicaPart });
      }
    },
  );

  app.get(
    '/health/live',
    {
      config: { public: true, operationId: 'getLiveness', database: false },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process is up and serving (it asks nothing of the database)',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { public: true, operationId: 'getReadiness' },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers, every migration this build expects is applied, and the replica (if any) is within its lag bound',
        response: { 200: Ready, 503: Ready },
      },
    },
    async (_request, reply) => {
      const databaseUp = await withTimeout(ping(database.db)).then(
        () => true,
        () => false,
      );
      let pending: string[] | null = null;
      if (databaseUp && !migrationsApplied) {
        pending = await withTimeout(pendingSchema(database)).catch(() => null);
        migrationsApplied = pending !== null && pending.length === 0;
      }
      const replica = await reads.status();
      const migrations = migrationsApplied ? ('applied' as const) : pending && pending.length > 0 ? ('pending' as const) : ('unknown' as const);
      const ready = databaseUp && migrationsApplied && (replica === null || replica.usable);
      return reply.code(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_ready',
        checks: { database: databaseUp ? 'ok' : 'unavailable', migrations, ...(replica ? { replica: replicaHealth(replica) } : {}) },
        ...(pending && pending.length > 0 ? { pending } : {}),
      });
    },
  );

  app.get(
    '/openapi.json',
    { config: { public: true }, schema: { tags: ['health'], summary: 'This OpenAPI document', hide: true } },
    async () => app.swagger(),
  );

  app.get(
    '/metrics',
    {
      config: { public: true, operationId: 'getMetrics' },
      schema: { tags: ['health'], summary: 'Prometheus metrics', produces: ['text/plain'], response: { 200: Type.String() } },
    },
    async (_request, reply) => {
      const { contentType, text } = await metrics.render();
      return reply.type(contentType).send(text);
    },
  );
};
