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

type ChildFactoryLogger = {
  child(bindings: Record<string, unknown>, options?: object): object;
  isLevelEnabled?(level: string): boolean;
  level: string;
};

const LOG_METHODS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Fastify's per-request logger, made only when something is logged. Fastify creates a pino child
 * (with the request id bound) for every request; with redaction configured that cost ~4% of the
 * server's CPU in the command benchmark (issue 7), mostly for requests that log nothing at the
 * configured level. This stands in for the child: a call at an enabled level creates the real
 * child once and logs through it; a call at a disabled level does nothing; anything else creates
 * the child and reads from it.
 */
export function lazyChildLogger(logger: ChildFactoryLogger, bindings: Record<string, unknown>, options: object): object {
  let real: Record<string | symbol, unknown> | undefined;
  const materialize = () => (real ??= logger.child(bindings, options) as Record<string | symbol, unknown>);
  const methods = new Map<string, (...args: unknown[]) => unknown>();
  const noop = () => undefined;
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (real) return real[prop];
        if (typeof prop === 'string' && (LOG_METHODS.has(prop) || prop === 'child')) {
          if (prop !== 'child' && logger.isLevelEnabled && !logger.isLevelEnabled(prop)) return noop;
          let method = methods.get(prop);
          if (!method) {
            method = (...args: unknown[]) => {
              const target = materialize();
              return (target[prop] as (...a: unknown[]) => unknown).apply(target, args);
            };
            methods.set(prop, method);
          }
          return method;
        }
        if (prop === 'level') return logger.level;
        const target = materialize();
        const value = target[prop];
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
      set(_target, prop, value) {
        materialize()[prop] = value;
        return true;
      },
    },
  );
}
