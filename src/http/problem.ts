/**
 * The one place errors become HTTP: application/problem+json {type, title, status, detail, code}.
 * 5xx bodies say nothing internal; they carry the request id, and the error is logged with it.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ProblemCode } from '../errors.ts';
import { isBusy, isUnavailable } from '../db/failures.ts';
import { ConflictViolation, RuleViolation, ScopeViolation } from '../../workflows/contract.ts';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, code: ProblemCode, detail: string, extra: Record<string, unknown> = {}): Problem {
  return { type: `/problems/${code}`, title: TITLES[status] ?? 'Error', status, detail, code, ...extra };
}

const FASTIFY_CODES: Record<string, [number, ProblemCode]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_content_length'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty_body'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json'],
  FST_ERR_CTP_INVALID_TYPE: [400, 'invalid_content_type'],
  FST_ERR_CTP_EMPTY_TYPE: [400, 'invalid_content_type'],
  FST_ERR_BAD_URL: [400, 'bad_url'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long'],
  FST_ERR_ASYNC_CONSTRAINT: [400, 'bad_request'],
};

export function toProblem(error: unknown): Problem | null {
  if (error instanceof DomainError) return problem(error.status, error.code, error.message, error.extra);
  if (error instanceof RuleViolation) return problem(422, error.code, error.message, error.extra);
  if (error instanceof ScopeViolation) return problem(403, error.code, error.message);
  if (error instanceof ConflictViolation) return problem(409, error.code, error.message);
  const fe = error as FastifyError & { validation?: { instancePath?: string; message?: string }[]; validationContext?: string };
  if (fe?.validation) {
    const errors = fe.validation.slice(0, 10).map((v) => ({ path: v.instancePath || '/', message: v.message ?? 'invalid' }));
    const first = errors[0];
    return problem(400, 'invalid_request', `${fe.validationContext ?? 'request'}${first ? ` ${first.path} ${first.message}` : ' is invalid'}`, {
      errors,
    });
  }
  if (typeof fe?.code === 'string' && FASTIFY_CODES[fe.code]) {
    const [status, code] = FASTIFY_CODES[fe.code]!;
    return problem(status, code, fe.message);
  }
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem(fe.statusCode, 'bad_request', fe.message);
  }
  if (isUnavailable(error)) return problem(503, 'unavailable', 'the database is unavailable; retry shortly');
  if (isBusy(error)) return problem(503, 'busy', 'the database is busy; nothing was recorded; retry shortly');
  // A value PostgreSQL refuses (e.g. a NUL character in text) is the client's input, not our failure.
  if (typeof fe?.code === 'string' && /^22/.test(fe.code)) return problem(400, 'invalid_value', 'a value in the request cannot be stored');
  return null;
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  if (body.status === 503) reply.header('retry-after', '2');
  if (body.status === 429 && typeof body.retryAfterSeconds === 'number') reply.header('retry-after', String(body.retryAfterSeconds));
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** Fastify's `frameworkErrors`: a malformed URL or an over-long path parameter, found before any route runs. */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, toProblem(error) ?? problem(400, 'bad_request', 'the request could not be routed'));
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const mapped = toProblem(error);
  if (mapped) {
    if (mapped.status >= 500) request.log.warn({ err: error, code: mapped.code }, 'request failed: service unavailable');
    return sendProblem(reply, mapped);
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendProblem(reply, problem(500, 'internal_error', `an internal error occurred (request ${request.id})`, { requestId: request.id }));
}
