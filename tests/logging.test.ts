/** The per-request logger is a real pino child, created only when something is logged. */
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { lazyChildLogger } from '../src/logging.ts';

function parent(level: string) {
  const lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => void lines.push(line) });
  let children = 0;
  const child = logger.child as unknown as (this: unknown, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) => pino.Logger;
  // Counts children made from this logger (its children inherit the method, with themselves as `this`).
  logger.child = function (this: unknown, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) {
    if (this === logger) children += 1;
    return child.call(this, bindings, options);
  } as unknown as typeof logger.child;
  return { logger, lines, children: () => children };
}

describe('lazyChildLogger', () => {
  it('creates no child for calls below the level, and one for all calls at it', () => {
    const p = parent('warn');
    const log = lazyChildLogger(p.logger, { reqId: 'r-1' }, {}) as pino.Logger;
    expect(typeof log.info).toBe('function');
    log.info('not shown');
    log.debug({ a: 1 }, 'not shown');
    expect(p.children()).toBe(0);
    log.warn({ a: 1 }, 'shown');
    log.error('also shown');
    expect(p.children()).toBe(1);
    expect(p.lines).toHaveLength(2);
    expect(JSON.parse(p.lines[0]!)).toMatchObject({ reqId: 'r-1', a: 1, msg: 'shown', level: 40 });
    expect(log.level).toBe('warn');
  });

  it('passes anything else to the real child (child of child, bindings)', () => {
    const p = parent('info');
    const log = lazyChildLogger(p.logger, { reqId: 'r-2' }, {}) as pino.Logger;
    log.child({ step: 'x' }).info('nested');
    expect(JSON.parse(p.lines[0]!)).toMatchObject({ reqId: 'r-2', step: 'x', msg: 'nested' });
    expect(log.bindings()).toEqual({ reqId: 'r-2' });
  });

  it('makes no child when every method is only looked up (fastify does so per request); a write goes to the real child', () => {
    const p = parent('warn');
    const log = lazyChildLogger(p.logger, { reqId: 'r-3' }, {}) as Record<string, unknown>;
    for (const name of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent', 'child']) expect(typeof log[name], name).toBe('function');
    expect(log.level).toBe('warn');
    expect(p.children()).toBe(0);
    log.custom = 42;
    expect(p.children()).toBe(1);
    expect(log.custom).toBe(42);
    (log.info as (msg: string) => void)('below the level');
    (log.warn as (msg: string) => void)('at the level');
    expect(p.lines.map((l) => JSON.parse(l) as { msg: string; reqId: string })).toMatchObject([{ msg: 'at the level', reqId: 'r-3' }]);
  });
});
