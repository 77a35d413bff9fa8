/** The injected clock: nothing outside the entry point reads the system time directly. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The organisation's time zone when the settings name none (DEFAULT_SETTINGS has the same). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Today's date in UTC by the clock (for what is not a business date: file names, log cut-offs). */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at `at`, as if it were UTC, in epoch milliseconds (whole seconds). */
function wallClockMs(at: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

function dateByWallClock(ms: number, timeZone: string): string {
  return new Date(wallClockMs(new Date(ms), timeZone)).toISOString().slice(0, 10);
}

/**
 * The last minute asked about per time zone and its date: every command asks for today's date,
 * and Intl's formatter is slow enough to show in a command's cost. A minute is kept only when it
 * begins and ends on the same date, so a minute a zone's date changes within is never answered
 * from here.
 */
const minuteDates = new Map<string, { minute: number; date: string }>();

/** The date (YYYY-MM-DD) an instant falls on in `timeZone`. */
export function dateIn(at: Date, timeZone: string): string {
  const ms = at.getTime();
  const minute = Math.floor(ms / 60_000);
  const known = minuteDates.get(timeZone);
  if (known?.minute === minute) return known.date;
  const date = dateByWallClock(ms, timeZone);
  if (dateByWallClock(minute * 60_000, timeZone) === date && dateByWallClock(minute * 60_000 + 59_999, timeZone) === date) {
    minuteDates.set(timeZone, { minute, date });
  }
  return date;
}

/** Today's business date: the organisation's day in its time zone (recorded instants stay UTC). */
export function businessToday(clock: Clock, timeZone: string): string {
  return dateIn(clock.now(), timeZone);
}

/** Days' starts already worked out, by time zone and date (timers ask for the same few due dates). */
const dayStarts = new Map<string, number>();
const DAY_STARTS_KEPT = 4_096;

/** The instant a business date begins in `timeZone` (midnight there): when a timer due that day fires. */
export function startOfDay(date: string, timeZone: string): Date {
  const key = `${timeZone} ${date}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    if (dayStarts.size >= DAY_STARTS_KEPT) dayStarts.clear();
    start = computeStartOfDay(date, timeZone);
    dayStarts.set(key, start);
  }
  return new Date(start);
}

function computeStartOfDay(date: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const offset = wallClockMs(new Date(utcMidnight), timeZone) - utcMidnight;
  const guess = utcMidnight - offset;
  // Across a daylight-saving change the offset at the guess may differ: take the one in force then.
  const corrected = utcMidnight - (wallClockMs(new Date(guess), timeZone) - guess);
  // A midnight the change skipped (clocks went from 00:00 to 01:00): the day begins at the change,
  // the first instant whose date it is.
  if (dateByWallClock(corrected, timeZone) !== date && dateByWallClock(guess, timeZone) === date) return guess;
  return corrected;
}

/** A clock tests can move. */
export class ManualClock implements Clock {
  private current: number;
  constructor(start: Date | string = '2024-03-01T09:00:00Z') {
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to).getTime();
  }
  advanceDays(days: number): void {
    this.current += days * 86_400_000;
  }
  advanceMs(ms: number): void {
    this.current += ms;
  }
}
