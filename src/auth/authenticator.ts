/**
 * Who is asking: a bearer token or a session id resolves to the same Principal, and a user name
 * with a password starts a session. Credentials of the wrong shape are refused without a lookup,
 * and refusals are remembered briefly (src/auth/token-cache.ts). The HTTP layer (src/http/auth.ts)
 * adds the rate limits and the CSRF check; this module knows nothing of HTTP.
 */
import type { Principal } from '../../workflows/contract.ts';
import type { Clock } from '../clock.ts';
import type { Holder, Principals, PrincipalRecord } from '../principals.ts';
import { sha256 } from '../store/canonical.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { SESSION_ID_FORMAT, sessionHash, type SessionRecord, type Sessions } from './sessions.ts';
import { TokenCache, type Refusal, type TokenCacheOptions } from './token-cache.ts';

/** How the caller proved who it is. */
export type Credential = { kind: 'token' } | { kind: 'session'; idHash: string; expiresAt: Date };

export type Authenticated = { principal: Principal; credential: Credential };
export type AuthOutcome = Authenticated | { refused: Refusal };

/** What a bearer token looks like: anything else is refused without a lookup. */
export const TOKEN_FORMAT = /^[A-Za-z0-9_.~+/=-]{8,200}$/;

const refuse = (code: Refusal['code'], detail: string): { refused: Refusal } => ({ refused: { code, detail } });
const INVALID_TOKEN = refuse('unauthorized', 'the token is invalid or revoked');
const UNKNOWN_SESSION = refuse('unauthorized', 'the session has ended; sign in again');
const INVALID_CREDENTIALS = refuse('invalid_credentials', 'the username or password is wrong');

export class Authenticator {
  private readonly cache: TokenCache;

  constructor(
    private readonly principals: Principals,
    readonly sessions: Sessions,
    private readonly clock: Clock,
    cache: TokenCacheOptions,
  ) {
    this.cache = new TokenCache(clock, cache);
    principals.onChange((id) => this.cache.forget(id));
  }

  private expired(holder: Holder): boolean {
    return holder.expiresAt !== null && holder.expiresAt.getTime() <= this.clock.now().getTime();
  }

  /**
   * A bearer token. `forCommand`: the route is a command, whose commit checks again that the
   * principal is not revoked, so a recently checked token may come from the cache.
   */
  async token(token: string, forCommand: boolean): Promise<AuthOutcome> {
    if (!TOKEN_FORMAT.test(token)) return INVALID_TOKEN;
    const hash = sha256(token);
    const refused = this.cache.refusalFor(hash);
    if (refused) return { refused };
    const cached = forCommand ? this.cache.validFor(hash) : null;
    if (cached) return { principal: cached, credential: { kind: 'token' } };
    const holder = await this.principals.holderOfToken(hash);
    if (!holder || holder.revoked) {
      const formerHolder = holder ? null : await this.principals.formerHolderOfToken(hash);
      const outcome = formerHolder ? refuse('token_rotated', 'this token was replaced by a new one; use the new token') : INVALID_TOKEN;
      this.cache.rememberRefusal(hash, outcome.refused, holder?.principal.id ?? formerHolder);
      return outcome;
    }
    if (this.expired(holder)) {
      const outcome = refuse('token_expired', `the token expired at ${holder.expiresAt?.toISOString() ?? ''}`);
      this.cache.rememberRefusal(hash, outcome.refused, holder.principal.id);
      return outcome;
    }
    if (forCommand) this.cache.rememberValid(hash, holder.principal, holder.expiresAt);
    return { principal: holder.principal, credential: { kind: 'token' } };
  }

  /** A session id from the cookie. */
  async session(id: string): Promise<AuthOutcome> {
    if (!SESSION_ID_FORMAT.test(id)) return UNKNOWN_SESSION;
    const idHash = sessionHash(id);
    const refused = this.cache.refusalFor(idHash);
    if (refused) return { refused };
    const found = await this.sessions.resolve(idHash);
    if ('ended' in found) {
      if (found.ended === 'expired') return refuse('session_expired', 'the session expired; sign in again');
      this.cache.rememberRefusal(idHash, UNKNOWN_SESSION.refused, null);
      return UNKNOWN_SESSION;
    }
    if (this.expired(found.holder)) return refuse('account_expired', `the account expired at ${found.holder.expiresAt?.toISOString() ?? ''}`);
    return { principal: found.holder.principal, credential: { kind: 'session', idHash, expiresAt: found.session.expiresAt } };
  }

  /**
   * A user name and password: a new session, or `invalid_credentials` (the same answer, after the
   * same work, whether the name is unknown or the password wrong).
   */
  async signIn(username: string, password: string): Promise<{ principal: Principal; sessionId: string; session: SessionRecord } | { refused: Refusal }> {
    const holder = await this.principals.holderOfUsername(username);
    const matches = await verifyPassword(password, holder?.passwordHash ?? (await decoyHash()));
    if (!holder || holder.passwordHash === null || !matches) return INVALID_CREDENTIALS;
    if (this.expired(holder)) return refuse('account_expired', `the account expired at ${holder.expiresAt?.toISOString() ?? ''}`);
    const { id, session } = await this.sessions.start(holder.principal.id);
    return { principal: holder.principal, sessionId: id, session };
  }

  async signOut(credential: Credential): Promise<void> {
    if (credential.kind === 'session') await this.sessions.end(credential.idHash);
  }

  /** Ends the session with this cookie value, if there is one (signing out needs no live session). */
  async endSession(id: string): Promise<void> {
    if (SESSION_ID_FORMAT.test(id)) await this.sessions.end(sessionHash(id));
  }

  /** The caller changes its own password, proving the current one; its other sessions end. */
  async changePassword(who: Authenticated, current: string, next: string): Promise<PrincipalRecord | { refused: Refusal }> {
    const stored = await this.principals.passwordHashOf(who.principal.id);
    if (stored === null) return refuse('no_password', 'this principal has no password; an admin sets the first one');
    if (!(await verifyPassword(current, stored))) return refuse('wrong_password', 'the current password is wrong');
    const record = await this.principals.setPassword(who.principal.id, next);
    await this.sessions.endAll(who.principal.id, who.credential.kind === 'session' ? who.credential.idHash : null);
    return record;
  }

  /** An admin sets someone's password: every session of theirs ends. */
  async resetPassword(principalId: string, password: string): Promise<PrincipalRecord> {
    const record = await this.principals.setPassword(principalId, password);
    await this.sessions.endAll(principalId);
    return record;
  }
}
