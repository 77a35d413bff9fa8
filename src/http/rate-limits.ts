/**
 * Rate limits (@fastify/rate-limit), counted in this process on the injected clock:
 * - failed authentications (a bad token, session or password) per address: past the limit every
 *   credential from that address is refused with 429 before any lookup, until the window ends;
 * - failed sign-ins per user name (guessing one person's password from many addresses);
 * - commands per principal (0: unlimited).
 * A refusal is 429 problem+json with Retry-After (src/http/problem.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type { Clock } from '../clock.ts';
import { DomainError } from '../errors.ts';

export interface RateLimitSettings {
  /** Failed authentications from one address per minute. */
  authFailuresPerMinute: number;
  /** Failed sign-ins for one user name per quarter of an hour. */
  signInFailuresPerUsername: number;
  /** Commands one principal may send per minute; 0: unlimited. */
  commandsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { authFailuresPerMinute: 20, signInFailuresPerUsername: 10, commandsPerMinute: 0 };

const MINUTE = 60_000;
/** Addresses, user names and principals counted at most; the least recently counted go first. */
const CAPACITY = 10_000;

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** @fastify/rate-limit's in-memory store, on the injected clock rather than Date.now(). */
function clockStore(clock: Clock) {
  return class ClockStore {
    private readonly windows = new Map<string, { count: number; startedAt: number }>();

    private live(key: string, timeWindow: number, now: number) {
      const window = this.windows.get(key);
      if (!window || window.startedAt + timeWindow <= now) return null;
      return window;
    }

    incr(key: string, done: Done, timeWindow: number): void {
      const now = clock.now().getTime();
      const window = this.live(key, timeWindow, now) ?? { count: 0, startedAt: now };
      window.count += 1;
      this.windows.delete(key);
      if (this.windows.size >= CAPACITY) {
        const oldest = this.windows.keys().next();
        if (!oldest.done) this.windows.delete(oldest.value);
      }
      this.windows.set(key, window);
      done(null, { current: window.count, ttl: window.startedAt + timeWindow - now });
    }

    read(key: string, done: Done, timeWindow: number): void {
      const now = clock.now().getTime();
      const window = this.live(key, timeWindow, now);
      done(null, window ? { current: window.count, ttl: window.startedAt + timeWindow - now } : { current: 0, ttl: 0 });
    }

    child(): ClockStore {
      return new ClockStore();
    }
  };
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

export interface Limits {
  /** 429 if this address has used up its failed authentications; counts nothing. */
  checkAddress(request: FastifyRequest): Promise<void>;
  /** Counts a failed authentication from the request's address. */
  failedFromAddress(request: FastifyRequest): Promise<void>;
  /** 429 if this user name has used up its failed sign-ins; counts nothing. */
  checkUsername(request: FastifyRequest): Promise<void>;
  failedForUsername(request: FastifyRequest): Promise<void>;
  /** Counts a command of the request's principal; 429 past the limit. */
  command(request: FastifyRequest): Promise<void>;
}

function tooMany(code: 'too_many_failures' | 'rate_limited', what: string, ttlMs: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new DomainError(code, `${what}; retry in ${retryAfterSeconds} s`, 429, { retryAfterSeconds });
}

async function refuseIfExceeded(limiter: Limiter, request: FastifyRequest, increment: boolean, error: (ttl: number) => DomainError): Promise<void> {
  const status = await limiter(request, { increment });
  // Peeking reports the count so far: refuse once it is at the limit. Counting refuses past it.
  if (!status.isAllowed && (increment ? status.isExceeded : status.remaining === 0)) throw error(status.ttl);
}

/** The user name a sign-in names, as it is looked up (case does not matter). */
function usernameKey(request: FastifyRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  return `username:${typeof body?.username === 'string' ? body.username.toLowerCase() : ''}`;
}

export async function registerRateLimits(app: FastifyInstance, clock: Clock, settings: RateLimitSettings): Promise<Limits> {
  await app.register(rateLimit, { global: false, store: clockStore(clock) });
  const byAddress = app.createRateLimit({ max: settings.authFailuresPerMinute, timeWindow: MINUTE });
  const byUsername = app.createRateLimit({ max: settings.signInFailuresPerUsername, timeWindow: 15 * MINUTE, keyGenerator: usernameKey });
  const byPrincipal = app.createRateLimit({
    max: settings.commandsPerMinute,
    timeWindow: MINUTE,
    keyGenerator: (request) => `principal:${request.principal?.id ?? request.ip}`,
  });
  const addressError = (ttl: number) => tooMany('too_many_failures', 'too many failed authentications from this address', ttl);
  const usernameError = (ttl: number) => tooMany('too_many_failures', 'too many failed sign-ins for this username', ttl);
  return {
    checkAddress: (request) => refuseIfExceeded(byAddress, request, false, addressError),
    failedFromAddress: async (request) => {
      await byAddress(request);
    },
    checkUsername: (request) => refuseIfExceeded(byUsername, request, false, usernameError),
    failedForUsername: async (request) => {
      await byUsername(request);
    },
    command: async (request) => {
      if (settings.commandsPerMinute <= 0) return;
      await refuseIfExceeded(byPrincipal, request, true, (ttl) =>
        tooMany('rate_limited', `at most ${settings.commandsPerMinute} commands a minute per principal`, ttl),
      );
    },
  };
}
