/** The injected clock: nothing outside the entry point reads the system time directly. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's business date (UTC) by the clock. */
export function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
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
