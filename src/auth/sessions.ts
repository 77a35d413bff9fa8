/**
 * Signed-in sessions, kept server-side: the cookie carries a random id (32 bytes, base64url) and
 * the `sessions` table only its SHA-256 hash, so signing out, a password reset or a revocation ends
 * a session at once. A session ends after `idleMs` without a request and `absoluteMs` after sign-in,
 * whichever comes first.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import { sha256 } from '../store/canonical.ts';
import { toHolder, type Holder } from '../principals.ts';

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export interface SessionRecord {
  idHash: string;
  principalId: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

/** The cookie's value: what a session id looks like (anything else is refused without a lookup). */
export const SESSION_ID_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export const sessionHash = (id: string) => sha256(`session:${id}`);

export class Sessions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    readonly limits: SessionLimits,
  ) {}

  /** Starts a session for the principal; returns the id for the cookie (shown only now) and its record. */
  async start(principalId: string): Promise<{ id: string; session: SessionRecord }> {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: SessionRecord = { idHash: sessionHash(id), principalId, lastSeenAt: now, expiresAt: new Date(now.getTime() + this.limits.absoluteMs) };
    // Sessions nobody presented again would otherwise stay: each sign-in sweeps the ended ones.
    await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - this.limits.idleMs))]))
      .execute();
    await this.db
      .insertInto('sessions')
      .values({ id_hash: session.idHash, principal_id: principalId, created_at: now, last_seen_at: now, expires_at: session.expiresAt })
      .execute();
    return { id, session };
  }

  /**
   * The live session with this hash and who holds it (an active principal), or why not: `unknown`
   * (never existed, signed out, or its principal revoked) or `expired` (idle or too old; deleted now).
   */
  async resolve(idHash: string): Promise<{ session: SessionRecord; holder: Holder } | { ended: 'unknown' | 'expired' }> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('principals', 'principals.id', 'sessions.principal_id')
      .selectAll('principals')
      .select(['sessions.id_hash', 'sessions.expires_at as session_expires_at', 'sessions.last_seen_at'])
      .where('sessions.id_hash', '=', idHash)
      .where('principals.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return { ended: 'unknown' };
    const now = this.clock.now().getTime();
    const lastSeenAt = new Date(row.last_seen_at);
    const expiresAt = new Date(row.session_expires_at);
    if (now >= expiresAt.getTime() || now - lastSeenAt.getTime() >= this.limits.idleMs) {
      await this.end(idHash);
      return { ended: 'expired' };
    }
    // Activity is recorded at most once per twentieth of the idle limit: a write per request would
    // cost more than that precision is worth.
    if (now - lastSeenAt.getTime() >= this.limits.idleMs / 20) {
      await this.db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id_hash', '=', idHash).execute();
    }
    return { session: { idHash: row.id_hash, principalId: row.id, expiresAt, lastSeenAt: new Date(now) }, holder: toHolder(row) };
  }

  async end(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Ends every session of the principal, except `keep` (the caller's own, after changing its password). */
  async endAll(principalId: string, keep: string | null = null): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('principal_id', '=', principalId);
    if (keep !== null) query = query.where('id_hash', '<>', keep);
    await query.execute();
  }
}
