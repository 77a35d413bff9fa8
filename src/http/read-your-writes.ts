/**
 * Read-your-writes across a streaming replica. With a replica configured, a request that changed
 * something is answered with `Docket-Position` (the primary's WAL position after its commit; without
 * one every read is the primary's and sees every commit, so no answer waits for that query); a route declared with
 * `config: { reads: 'replica' }` reads from `request.readDb`, chosen after authentication: the
 * replica once it has replayed the `Docket-Min-Position` the client sends (waiting a bounded time),
 * else the primary (src/db/read-routing.ts). Without a replica both are the primary.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { Type } from '@sinclair/typebox';
import type { Database } from '../db/schema.ts';
import { POSITION_PATTERN, type ReadRouting } from '../db/read-routing.ts';

export const POSITION_HEADER = 'docket-position';
export const MIN_POSITION_HEADER = 'docket-min-position';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A listing, view, report or history: read from the replica when it is there and has caught up. */
    reads?: 'replica';
  }
  interface FastifyRequest {
    /** Chosen for a route that reads from the replica (readDbOf gives it, or the primary). */
    readDb: Kysely<Database> | null;
  }
}

/** The headers of a read served from the replica (route schemas). */
export const ReadHeaders = Type.Object({
  [MIN_POSITION_HEADER]: Type.Optional(
    Type.String({
      pattern: POSITION_PATTERN,
      description:
        'The Docket-Position of your last command: the answer reflects it (read from a replica that has caught up, or from the primary after at most about 2 s of waiting)',
    }),
  ),
});

/** Documents `Docket-Position` on a command's answer (route schemas). */
export const PositionHeader = {
  [POSITION_HEADER]: {
    type: 'string',
    description:
      'Where the log stands after this command (opaque), when the server reads from a replica: send it as Docket-Min-Position on the next read to see this command in it. Absent without a replica, where every read sees every command',
  },
} as const;

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const readYourWrites = fp(async (app: FastifyInstance, options: { reads: ReadRouting }) => {
  const { reads } = options;
  app.decorateRequest('readDb', null);
  app.addHook('preHandler', async (request) => {
    if (request.routeOptions.config?.reads !== 'replica') return;
    const wanted = request.headers[MIN_POSITION_HEADER];
    request.readDb = await reads.forRead(typeof wanted === 'string' ? wanted : undefined);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (reads.configured && CHANGES.has(request.method) && reply.statusCode < 400) {
      const position = await reads.position().catch(() => null);
      if (position) reply.header(POSITION_HEADER, position);
    }
    return payload;
  });
});

/** The database this request reads from: the one chosen for a replica read, else the primary. */
export function readDbOf(request: FastifyRequest): Kysely<Database> {
  return request.readDb ?? request.server.docket.database.db;
}
