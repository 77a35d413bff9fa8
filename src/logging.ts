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

const LOG_METHODS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

type Real = Record<string | symbol, unknown>;
type LogMethod = (...args: unknown[]) => unknown;

/**
 * Fastify's per-request logger, made only when something is logged. Fastify creates a pino child
 * (with the request id bound) for every request; with redaction configured that is a noticeable
 * share of the server's CPU under load, spent mostly on requests that log nothing at the
 * configured level. This stands in for the child: a call at an enabled level creates the real
 * child once and logs through it; a call at a disabled level does nothing; anything else creates
 * the child and reads from it.
 *
 * One small object per request: the log methods, `child` and `level` live on the class's
 * prototype, and every other property is read (or written) through the real child by a Proxy
 * behind that prototype. (A Proxy per request, with a closure per method asked for, would be
 * garbage made on every request: fastify asks for every level once.)
 */
// Symbol keys: the stand-in's own state must not shadow a pino property (`bindings` is a method).
const REAL = Symbol('real');
const MAKE = Symbol('make');
const PARENT = Symbol('parent');

class LazyChildLogger {
  [REAL]: Real | undefined = undefined;
  readonly [MAKE]: () => Real;
  readonly [PARENT]: ChildFactoryLogger;

  constructor(parent: ChildFactoryLogger, bindings: Record<string, unknown>, options: object) {
    this[PARENT] = parent;
    this[MAKE] = () => (this[REAL] ??= parent.child(bindings, options) as Real);
  }

  child(...args: unknown[]): unknown {
    const target = this[MAKE]();
    return (target.child as LogMethod).apply(target, args);
  }

  get level(): unknown {
    return this[REAL] ? this[REAL].level : this[PARENT].level;
  }

  set level(value: unknown) {
    this[MAKE]().level = value;
  }
}

for (const name of LOG_METHODS) {
  Object.defineProperty(LazyChildLogger.prototype, name, {
    value(this: LazyChildLogger, ...args: unknown[]): unknown {
      const parent = this[PARENT];
      if (this[REAL] === undefined && parent.isLevelEnabled && !parent.isLevelEnabled(name)) return undefined;
      const target = this[MAKE]();
      return (target[name] as LogMethod).apply(target, args);
    },
    writable: true,
    configurable: true,
  });
}

Object.setPrototypeOf(
  LazyChildLogger.prototype,
  new Proxy(Object.create(null) as object, {
    get(_target, prop, receiver: LazyChildLogger) {
      const target = receiver[MAKE]();
      const value = target[prop];
      return typeof value === 'function' ? (value as LogMethod).bind(target) : value;
    },
    set(_target, prop, value, receiver: LazyChildLogger) {
      receiver[MAKE]()[prop] = value;
      return true;
    },
  }),
);

export function lazyChildLogger(logger: ChildFactoryLogger, bindings: Record<string, unknown>, options: object): object {
  return new LazyChildLogger(logger, bindings, options);
}
