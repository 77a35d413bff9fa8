/**
 * What the routes that start an instance directly (POST /collections, POST /activities) share:
 * the Idempotency-Key header, and starting the instance with its command as the caller, counted
 * in the metrics, answered 201 with its location and its version as the ETag.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { requireRole } from '../auth.ts';

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ minLength: 1, maxLength: 200, pattern: '^[\\x21-\\x7e]+$', description: 'Retry-safe key: a retry returns the original result' }),
  ),
});

export async function startInstance(
  request: FastifyRequest,
  reply: FastifyReply,
  start: { workflow: string; command: Record<string, unknown>; idempotencyKey: string | undefined },
): Promise<FastifyReply> {
  // The roles are the route's declared `config.roles`.
  const principal = requireRole(request);
  const { engine, metrics } = request.server.docket;
  const result = await metrics.timeCommand(start.workflow, String(start.command.type), () =>
    engine.execute({ workflow: start.workflow, command: start.command, principal, idempotencyKey: start.idempotencyKey, requestId: request.id }),
  );
  return reply
    .code(201)
    .header('location', `/workflows/${start.workflow}/instances/${result.id}`)
    .header('etag', `"${result.version}"`)
    .send(result);
}
