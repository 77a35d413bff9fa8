/**
 * The database failures the server knows by name, in one place: the ones a retry resolves, and the
 * ones that mean the database cannot be used right now (answered 503 with Retry-After).
 */

const TRANSIENT = new Set([
  '40P01', // deadlock detected
  '40001', // serialization failure
  '55P03', // lock not available
]);

/** Contention that retrying resolves. The transaction was rolled back; nothing was recorded. */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT.has(code);
}

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The database is busy: contention (isTransient) or a statement cancelled by its timeout (57014).
 * Nothing was recorded; the client may retry.
 */
export function isBusy(error: unknown): boolean {
  return isTransient(error) || (error as { code?: unknown } | null)?.code === '57014';
}

/**
 * PostgreSQL or the driver cannot serve us now: connection failures (class 08), an administrator
 * or crash shutdown (57P01–57P03), too many connections (53300), connections not allowed (55000
 * "database does not allow connections", raised while connecting), or a socket-level failure.
 */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|57P0[1-3]|53300)/.test(code) || UNAVAILABLE_CODES.has(code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  if (code === '55000' && /does not allow connections|not accepting connections/i.test(message)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|terminating connection/i.test(message);
}
