/**
 * What this process remembers about credentials it checked, so that most requests cost no lookup:
 * - tokens found valid, for command routes only (a command's commit checks again, in the database,
 *   that its principal is not revoked), until the principal's expiry at the latest;
 * - credentials refused (unknown, expired), briefly, so a client repeating a bad token or session
 *   id does not cost a query each time.
 * A change to a principal (roles, scope, expiry, token, password, revocation) in this process drops
 * its entries at once.
 */
import type { Principal } from '../../workflows/contract.ts';
import type { Clock } from '../clock.ts';

/** Why a credential was refused; src/http/auth.ts gives each its HTTP status. */
export interface Refusal {
  code: 'unauthorized' | 'token_expired' | 'token_rotated' | 'account_expired' | 'session_expired' | 'invalid_credentials' | 'wrong_password' | 'no_password';
  detail: string;
}

export interface TokenCacheOptions {
  /** How long a valid token is trusted for commands without a lookup (0: never). */
  validMs: number;
  /** How long a refused credential is refused without a lookup. */
  refusedMs: number;
  /** Entries each map holds at most (full: it starts again empty). */
  capacity?: number;
}

interface Entry<T> {
  value: T;
  principalId: string | null;
  until: number;
}

class ExpiringMap<T> {
  private readonly entries = new Map<string, Entry<T>>();
  constructor(private readonly capacity: number) {}

  get(key: string, now: number): T | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until > now) return entry.value;
    this.entries.delete(key);
    return null;
  }

  set(key: string, value: T, principalId: string | null, until: number): void {
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(key, { value, principalId, until });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  forget(principalId: string): void {
    for (const [key, entry] of this.entries) if (entry.principalId === principalId) this.entries.delete(key);
  }
}

export class TokenCache {
  private readonly valid: ExpiringMap<Principal>;
  private readonly refused: ExpiringMap<Refusal>;

  constructor(
    private readonly clock: Clock,
    private readonly options: TokenCacheOptions,
  ) {
    this.valid = new ExpiringMap(options.capacity ?? 10_000);
    this.refused = new ExpiringMap(options.capacity ?? 10_000);
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  validFor(hash: string): Principal | null {
    return this.valid.get(hash, this.now());
  }

  rememberValid(hash: string, principal: Principal, expiresAt: Date | null): void {
    if (this.options.validMs <= 0) return;
    const until = Math.min(this.now() + this.options.validMs, expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    this.valid.set(hash, principal, principal.id, until);
    this.refused.delete(hash);
  }

  refusalFor(hash: string): Refusal | null {
    return this.refused.get(hash, this.now());
  }

  rememberRefusal(hash: string, refusal: Refusal, principalId: string | null): void {
    this.valid.delete(hash);
    if (this.options.refusedMs > 0) this.refused.set(hash, refusal, principalId, this.now() + this.options.refusedMs);
  }

  forget(principalId: string): void {
    this.valid.forget(principalId);
    this.refused.forget(principalId);
  }
}
