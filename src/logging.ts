/** What never reaches the logs: tokens and personal data. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  'token',
  '*.token',
  'adminToken',
  'body',
  'req.body',
  '*.birthDate',
  '*.contact',
  '*.submitter',
];

/** The logging the engine needs (pino's and Fastify's loggers satisfy it). */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
