/**
 * Typed errors with a stable `code`. The HTTP layer maps them (and the workflow
 * RuleViolation/ScopeViolation/ConflictViolation) to application/problem+json in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
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
