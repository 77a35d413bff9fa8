/**
 * A reading taken at most once per `ttlMs` (by `now`), shared by every caller meanwhile, concurrent
 * ones included: a scraper polling /metrics or a load balancer polling /health/ready does not cost
 * a database query each time. A clock that went back (a test setting it) reads again; a failed
 * reading is not kept.
 */
export function cachedReading<T>(read: () => Promise<T>, ttlMs: number, now: () => number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const at = now();
    if (last && at - last.at >= 0 && at - last.at < ttlMs) return last.value;
    const value = read();
    const entry = { at, value };
    last = entry;
    value.catch(() => {
      if (last === entry) last = undefined;
    });
    return value;
  };
}
