/**
 * workflows/dates.ts computes dates instead of parsing and formatting them through Date. Its
 * results must be exactly Date's, for every day of a wide range and for odd inputs.
 */
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, DAY_MS, fromEpochMs, isCalendarDate, toEpochMs } from '../../workflows/dates.ts';

const viaDateParse = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
const viaToIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('dates', () => {
  it('gives Date.parse and toISOString results for every day from 1600 to 2400', () => {
    const first = Date.UTC(1600, 0, 1);
    const last = Date.UTC(2400, 11, 31);
    let days = 0;
    const wrong: string[] = [];
    for (let ms = first; ms <= last; ms += DAY_MS) {
      const text = viaToIso(ms);
      if (fromEpochMs(ms) !== text || toEpochMs(text) !== ms) wrong.push(text);
      days++;
    }
    expect(wrong).toEqual([]);
    // 801 years, 195 of them leap years.
    expect(days).toBe(801 * 365 + 195);
  });

  it('agrees with Date on every year, month and day field 0 to 32, and at the ends of years 0 to 9999', () => {
    const texts: string[] = [];
    for (const y of [0, 1, 4, 99, 100, 400, 1582, 1900, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) texts.push(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    }
    for (const text of texts) {
      expect(toEpochMs(text), text).toBe(viaDateParse(text));
      expect(toEpochMs(`${text}T23:59:59Z`), text).toBe(viaDateParse(text));
    }
    for (const ms of [-62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, -1, 0, 1, 1.5, -1.5, -86_400_000.5]) {
      expect(fromEpochMs(ms), String(ms)).toBe(viaToIso(ms));
    }
  });

  it('falls back to Date for what is not a plain date, with the same result', () => {
    for (const text of ['', 'x', '2024-1-01', '2024/01/01', '02024-01-01', '+2024-01-01', ' 2024-01-01', '2024-01-1', '20a4-01-01', '2024-0a-01', '-001-01-01']) {
      expect(Object.is(toEpochMs(text), viaDateParse(text)), text).toBe(true);
    }
    expect(() => fromEpochMs(Number.NaN)).toThrow(RangeError);
    expect(fromEpochMs(8.64e15)).toBe(viaToIso(8.64e15));
  });

  it('keeps the helpers built on them', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-00-10')).toBe(false);
  });
});
