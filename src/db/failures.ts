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

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * The database is busy: contention (isTransient) or a statement cancelled by its timeout (57014).
 * Nothing was recorded; the client may retry.
 */
export function isBusy(error: unknown): boolean {
  return isTransient(error) || (error as { code?: unknown } | null)?.code === '57014';
}

/** Errors raised while a connection was being opened or taken from the pool (see `markConnectFailure`). */
const connectFailures = new WeakSet<object>();

/**
 * Marks an error raised while opening a connection or waiting for one from the pool: whatever its
 * code (refused at TCP level, refused during authentication with 55000 or 53300, a timeout), no
 * statement ran, so the request failed because the database could not be used. Returns the error.
 */
export function markConnectFailure<T>(error: T): T {
  if (typeof error === 'object' && error !== null) connectFailures.add(error);
  return error;
}

/**
 * PostgreSQL or the driver cannot serve us now: any failure to obtain a connection (marked where
 * connections are opened: src/db/connection.ts), connection failures (class 08), an administrator
 * or crash shutdown and startup/recovery (57P01–57P03), insufficient resources (class 53: too many
 * connections, out of memory or disk), connections not allowed (55000 "not currently accepting
 * connections"), or a socket-level failure or timeout.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (connectFailures.has(error)) return true;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^(08|53|57P0[1-3])/.test(code) || UNAVAILABLE_CODES.has(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === '55000' && /does not allow connections|not (currently )?accepting connections/i.test(message)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|timeout expired|Client has encountered a connection error|connection is closed|terminating connection|Query read timeout/i.test(
    message,
  );
}
