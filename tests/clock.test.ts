import { describe, expect, it } from 'vitest';
import { dateIn, startOfDay } from '../src/clock.ts';

/** The date an instant falls on in a zone, by a route independent of src/clock.ts. */
const reference = (at: Date, timeZone: string) => at.toLocaleDateString('en-CA', { timeZone });

describe('business dates', () => {
  it('answers every second around midnight and around daylight-saving changes as Intl does, asked in any order', () => {
    const cases: [string, string][] = [
      ['Asia/Shanghai', '2026-12-07T15:58:00Z'], // midnight in Shanghai is 16:00 UTC
      ['America/New_York', '2026-03-08T04:58:00Z'], // midnight before the spring change
      ['America/New_York', '2026-11-01T03:58:00Z'],
      ['America/Sao_Paulo', '2018-11-04T02:58:00Z'], // clocks went from 00:00 to 01:00
      ['Europe/London', '2026-10-25T00:58:00Z'],
    ];
    for (const [zone, from] of cases) {
      const start = Date.parse(from);
      const instants = Array.from({ length: 300 }, (_, i) => start + i * 1_000 + (i % 7) * 137);
      // Forwards, then backwards: a remembered minute must not answer for another.
      for (const ms of [...instants, ...instants.reverse()]) {
        expect(dateIn(new Date(ms), zone), `${zone} ${new Date(ms).toISOString()}`).toBe(reference(new Date(ms), zone));
      }
    }
  });

  it('starts a day at local midnight, the same when asked again', () => {
    expect(startOfDay('2026-12-08', 'Asia/Shanghai').toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(startOfDay('2026-12-08', 'Asia/Shanghai').toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(startOfDay('2026-07-01', 'America/New_York').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDay('2026-12-01', 'America/New_York').toISOString()).toBe('2026-12-01T05:00:00.000Z');
    // A day whose midnight was skipped begins at the first instant that exists.
    expect(dateIn(startOfDay('2018-11-04', 'America/Sao_Paulo'), 'America/Sao_Paulo')).toBe('2018-11-04');
  });
});
