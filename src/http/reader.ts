/**
 * The reader of a request (its principal) as the disclosure functions (src/privacy/disclose.ts) see
 * it, and the hook that hands what a successful response revealed to the access log.
 */
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Reader } from '../privacy/disclose.ts';
import type { AccessLog } from '../privacy/access-log.ts';
import { principalOf } from './auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Subjects whose personal data this response revealed (set by readerOf). */
    revealedSubjects: Set<string> | null;
  }
}

/** Subjects a request holds before handing them to the access log (an export of the whole roster reveals every member). */
const HELD_SUBJECTS = 500;

/** Hands the request's subjects to the access log. */
function record(request: FastifyRequest, accessLog: AccessLog, subjects: Iterable<string>): void {
  if (!request.principal) return;
  const readAt = request.server.docket.clock.now();
  const { id, name } = request.principal;
  const route = request.routeOptions.url ?? request.url.split('?')[0] ?? '';
  accessLog.record([...subjects].map((subject) => ({ readAt, principalId: id, principalName: name, subject, method: request.method, route, requestId: request.id })));
}

/**
 * The request's reader. What it is shown is recorded in the access log once the response succeeded;
 * a response that reveals many subjects (a streamed export) hands them over HELD_SUBJECTS at a time,
 * as its pages are read, so memory stays bounded.
 */
export function readerOf(request: FastifyRequest): Reader {
  const principal = principalOf(request);
  return {
    principal,
    revealed: (subjects) => {
      request.revealedSubjects ??= new Set();
      for (const subject of subjects) request.revealedSubjects.add(subject);
      if (request.revealedSubjects.size >= HELD_SUBJECTS) {
        record(request, request.server.docket.accessLog, request.revealedSubjects);
        request.revealedSubjects.clear();
      }
    },
    drain: () => request.server.docket.accessLog.drain(),
  };
}

export const accessLogPlugin = fp<{ accessLog: AccessLog }>(
  async (app, { accessLog }) => {
    app.decorateRequest('revealedSubjects', null);
    app.addHook('onResponse', async (request, reply) => {
      const subjects = request.revealedSubjects;
      if (subjects === null || subjects.size === 0 || reply.statusCode >= 400) return;
      record(request, accessLog, subjects);
    });
    app.addHook('onClose', async () => accessLog.flush());
  },
  { name: 'access-log' },
);
