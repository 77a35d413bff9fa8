/**
 * Database failures a client cannot cause become 503 (retry), never 500: the outage classes seen in
 * the outage test, and contention (deadlock, serialization failure, lock or statement timeout).
 */
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../src/http/problem.ts';
import { markConnectFailure } from '../../src/db/failures.ts';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database failures map to 503', () => {
  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is shutting down'],
    ['08006', 'connection failure'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'],
    ['ECONNRESET', 'read ECONNRESET'],
    ['55000', 'database "docket" is not currently accepting connections'],
    ['53300', 'sorry, too many clients already'],
    ['53100', 'could not extend file: No space left on device'],
  ])('%s (%s) is unavailable', (code, message) => {
    expect(toProblem(pgError(code, message))).toMatchObject({ status: 503, code: 'unavailable' });
  });

  it.each(['Connection terminated unexpectedly', 'timeout exceeded when trying to connect', 'Client has encountered a connection error and is not queryable'])(
    '"%s" is unavailable',
    (message) => {
      expect(toProblem(new Error(message))).toMatchObject({ status: 503, code: 'unavailable' });
    },
  );

  it.each(['40P01', '40001', '55P03', '57014'])('%s (contention) is busy: nothing recorded, retry', (code) => {
    expect(toProblem(pgError(code))).toMatchObject({ status: 503, code: 'busy' });
  });

  it('any failure to obtain a connection is unavailable, whatever its code', () => {
    expect(toProblem(markConnectFailure(pgError('28P01', 'password authentication failed')))).toMatchObject({ status: 503, code: 'unavailable' });
    expect(toProblem(pgError('28P01', 'password authentication failed'))).toBeNull();
  });

  it('55000 raised by a statement (not a refused connection) is not unavailable', () => {
    expect(toProblem(pgError('55000', 'currval of sequence "s" is not yet defined in this session'))).toBeNull();
  });

  it('leaves a real bug to be a logged 500', () => {
    expect(toProblem(new TypeError('undefined is not a function'))).toBeNull();
  });
});
