/**
 * Typed errors with a stable `code`. The HTTP layer maps them (and the workflow
 * RuleViolation/ScopeViolation/ConflictViolation) to application/problem+json in one place.
 */
import { RULE_CODES, type RuleCode } from '../workflows/contract.ts';

/**
 * The error catalogue: every code the server answers a problem with besides the workflows' rule
 * codes (`RULE_CODES`). `DomainError` and `problem()` take only these, so a new code is added here
 * or does not compile; the OpenAPI document's `Problem.code` enum is `PROBLEM_CODES`.
 */
export const ERROR_CODES = [
  // the request itself (400, 406, 413, 414, 415)
  'bad_request',
  'bad_url',
  'invalid_request',
  'invalid_json',
  'empty_body',
  'invalid_content_type',
  'invalid_content_length',
  'body_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'not_acceptable',
  'invalid_value',
  'invalid_cursor',
  'invalid_range',
  'invalid_if_match',
  'invalid_command',
  'unknown_command',
  // who asks (401, 403, 409, 429)
  'unauthorized',
  'token_expired',
  'token_rotated',
  'account_expired',
  'session_expired',
  'invalid_credentials',
  'wrong_password',
  'no_password',
  'principal_revoked',
  'csrf_refused',
  'forbidden_role',
  'too_many_failures',
  'rate_limited',
  // principals and accounts (409, 422)
  'username_taken',
  'username_required',
  'host_unit_required',
  'host_unit_without_role',
  'expiry_in_past',
  // instances and commands (404, 409, 422)
  'not_found',
  'command_not_allowed',
  'version_conflict',
  'settings_changed',
  'idempotency_key_reused',
  'not_failed',
  'year_not_started',
  // member import (400, 409, 413, 422)
  'invalid_import',
  'invalid_row',
  'member_exists',
  'duplicate_id',
  'empty_import',
  'too_many_rows',
  'invalid_csv',
  'invalid_text',
  'unsupported_charset',
  'invalid_xlsx',
  'xlsx_too_large',
  'unknown_column',
  'duplicate_column',
  // erasure of a subject's personal data (POST /admin/erasures)
  'not_erasable',
  'already_erased',
  'subject_erased',
  // tamper evidence (404, 409, 503)
  'no_checkpoint',
  'signing_key_missing',
  'event_missing',
  'not_in_tree',
  'not_in_tree_size',
  'unknown_tree_size',
  // the server (500, 503)
  'internal_error',
  'unavailable',
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every code a problem answer can carry: the error catalogue and the workflows' rule codes. */
export type ProblemCode = ErrorCode | RuleCode;
export const PROBLEM_CODES: readonly ProblemCode[] = [...new Set<ProblemCode>([...ERROR_CODES, ...RULE_CODES])];

export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly status: number,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} was not found`, 404);

export class VersionConflict extends DomainError {
  constructor(streamId: string, expected: number, actual: number | null) {
    super('version_conflict', `stream ${streamId} is at version ${actual ?? 0}, not the expected ${expected}`, 409, {
      expectedVersion: expected,
      actualVersion: actual ?? 0,
    });
  }
}

export class IdempotencyKeyReused extends DomainError {
  constructor(key: string) {
    super('idempotency_key_reused', `Idempotency-Key ${JSON.stringify(key)} was already used with a different request`, 422);
  }
}

/** The settings changed between deciding a command and committing it: decide again. */
export class SettingsChanged extends DomainError {
  constructor() {
    super('settings_changed', 'the organisation settings changed while the command was decided; retry', 409);
  }
}
