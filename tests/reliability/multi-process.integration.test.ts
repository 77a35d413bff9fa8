/**
 * Two Docket servers (child processes) on one database under load: every timer fires exactly once,
 * no request fails with a 5xx and PostgreSQL records no deadlock.
 */
import { describe, expect, it } from 'vitest';
import { runMultiProcess, timerFaults } from '../support/scenarios/multi-process.scenario.ts';

describe('several processes on one database', () => {
  it('counts a deadline recorded twice, never, or too early as a fault (the check itself)', () => {
    expect(timerFaults('s', ['SuggestionRegistered', 'ReplyOverdue'], true)).toEqual([]);
    expect(timerFaults('s', ['SuggestionRegistered', 'ReplyOverdue', 'HandlerAssigned'], true)).toEqual([]);
    expect(timerFaults('s', ['SuggestionRegistered', 'HandlerAssigned'], false)).toEqual([]);
    expect(timerFaults('s', ['SuggestionRegistered', 'ReplyOverdue', 'HandlerAssigned', 'ReplyOverdue'], true)).toHaveLength(1);
    expect(timerFaults('s', ['SuggestionRegistered', 'HandlerAssigned'], true)).toHaveLength(1);
    expect(timerFaults('s', ['SuggestionRegistered', 'ReplyOverdue'], false)).toHaveLength(1);
  });

  it('fires every timer exactly once with two servers racing, without 5xx or deadlocks', async () => {
    const f = await runMultiProcess({ servers: 2, writers: 8, registrations: 90, timerIntervalMs: 50 });
    process.stdout.write(
      `[reliability] multi-process: ${f.servers} servers, ${f.writers} writers, ${JSON.stringify(f.byStatus)}, ` +
        `${f.timerEvents} timer events in the log, fired per server ${JSON.stringify(f.firedPerServer)}, ` +
        `${f.timerFaults.length} timer faults, ${f.deadlocks} deadlocks, ` +
        `${f.notificationsMissing === null ? 'no consumer' : `${f.notificationsMissing} events the consumers missed`}\n`,
    );
    expect(f.serverErrors).toEqual([]);
    expect(f.timerFaults).toEqual([]);
    expect(f.dueTimersLeft).toBe(0);
    expect(f.timerEvents).toBeGreaterThanOrEqual(60);
    expect(f.firedPerServer.reduce((a, b) => a + b, 0)).toBe(f.timerEvents);
    expect(f.deadlocks).toBe(0);
    if (f.notificationsMissing !== null) expect(f.notificationsMissing).toBe(0);
    expect(f.viewMismatches).toEqual([]);
    expect(f.chain.ok).toBe(true);
  }, 180_000);
});
