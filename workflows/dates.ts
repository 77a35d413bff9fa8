/** Pure calendar arithmetic on ISO dates (YYYY-MM-DD), all in UTC. No clock. */
export const DAY_MS = 86_400_000;

/** Year 0 to 9999: the dates a YYYY-MM-DD text can hold. */
const MIN_MS = -62_167_219_200_000; // 0000-01-01
const MAX_MS = 253_402_300_800_000; // 10000-01-01

/** The number of `count` decimal digits at `at`, or -1 if one is not a digit. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil; a day past the month's end rolls over). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** YYYY-MM-DD of days since 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 10 ? '000' : y < 100 ? '00' : y < 1000 ? '0' : ''}${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Midnight UTC of the date (the first 10 characters), in epoch milliseconds; NaN for no date.
 * Exactly what Date.parse gives for `YYYY-MM-DDT00:00:00Z` (tests/workflows/dates.test.ts pins it;
 * it too rolls a day past the month's end, up to 31, into the next month), but computed: date
 * parsing and formatting were a tenth of folding a suggestion.
 */
export function toEpochMs(date: string): number {
  if (date.length >= 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 2);
    const d = digitsAt(date, 8, 2);
    if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return daysFromCivil(y, m, d) * DAY_MS;
  }
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/** The UTC date of an instant: what `new Date(ms).toISOString().slice(0, 10)` gives, computed for years 0 to 9999. */
export function fromEpochMs(ms: number): string {
  if (Number.isSafeInteger(ms) && ms >= MIN_MS && ms < MAX_MS) return civilFromDays(Math.floor(ms / DAY_MS));
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochMs(toEpochMs(date) + days * DAY_MS);
}

/** Adds calendar months; the 31st plus one month gives the last day of the shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromEpochMs(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toEpochMs(to) - toEpochMs(from)) / DAY_MS);
}

/** Milliseconds from `from` to `to`: the delay of a durable timer due on `to`, entered on `from`. */
export function msBetween(from: string, to: string): number {
  return toEpochMs(to) - toEpochMs(from);
}

/** Age in whole years on `on` of someone born on `birthDate`. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** True for a real calendar date in YYYY-MM-DD form. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = toEpochMs(value);
  return Number.isFinite(ms) && fromEpochMs(ms) === value;
}
