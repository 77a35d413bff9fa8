/** Pure calendar arithmetic on ISO dates (YYYY-MM-DD), all in UTC. No clock. */
export const DAY_MS = 86_400_000;

export function toEpochMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

export function fromEpochMs(ms: number): string {
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
