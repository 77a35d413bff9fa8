/**
 * API principals. Tokens are random (32 bytes, base64url) and stored only as SHA-256 hashes;
 * a token is shown once, when its principal is created.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, PrincipalsTable } from './db/schema.ts';
import type { Principal, Role } from '../workflows/contract.ts';
import type { Clock } from './clock.ts';
import type { IdGenerator } from './ids.ts';
import { sha256 } from './store/canonical.ts';
import { notFound } from './errors.ts';

export interface PrincipalRecord extends Principal {
  createdAt: string;
  revokedAt: string | null;
}

export interface NewPrincipal {
  name: string;
  roles: Role[];
  memberId?: string | null | undefined;
  branchId?: string | null | undefined;
}

const newToken = () => `dkt_${randomBytes(32).toString('base64url')}`;

function toRecord(r: Selectable<PrincipalsTable>): PrincipalRecord {
  return {
    id: r.id,
    name: r.name,
    roles: r.roles as Role[],
    memberId: r.member_id,
    branchId: r.branch_id,
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
  };
}

export class Principals {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async create(input: NewPrincipal, createdBy: string | null, token = newToken()): Promise<PrincipalRecord & { token: string }> {
    const row = await this.db
      .insertInto('principals')
      .values({
        id: this.ids.next(),
        name: input.name,
        roles: [...new Set(input.roles)],
        member_id: input.memberId ?? null,
        branch_id: input.branchId ?? null,
        token_hash: sha256(token),
        created_at: this.clock.now(),
        created_by: createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...toRecord(row), token };
  }

  /**
   * Recently authenticated tokens, for command routes only: a command's commit checks again, in the
   * database, that its principal is not revoked (docket_commit), so a cached hit never outlives a
   * revocation. Revoking in this process also drops the entry at once.
   */
  private readonly recent = new Map<string, { principal: Principal; until: number }>();

  async authenticateForCommand(token: string): Promise<Principal | null> {
    const hash = sha256(token);
    const hit = this.recent.get(hash);
    const now = this.clock.now().getTime();
    if (hit && hit.until > now) return hit.principal;
    const principal = await this.authenticate(token);
    if (principal) {
      if (this.recent.size >= 10_000) this.recent.clear();
      this.recent.set(hash, { principal, until: now + 60_000 });
    } else {
      this.recent.delete(hash);
    }
    return principal;
  }

  /** The active principal holding this token, or null (unknown or revoked). */
  async authenticate(token: string): Promise<Principal | null> {
    const row = await this.db
      .selectFrom('principals')
      .selectAll()
      .where('token_hash', '=', sha256(token))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    const { createdAt: _c, revokedAt: _r, ...principal } = toRecord(row);
    return principal;
  }

  async list(): Promise<PrincipalRecord[]> {
    const rows = await this.db.selectFrom('principals').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async revoke(id: string): Promise<PrincipalRecord> {
    const row = await this.db
      .updateTable('principals')
      // Revoking twice keeps the first revocation time.
      .set({ revoked_at: sql<Date>`COALESCE(revoked_at, ${this.clock.now()})` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound(`principal ${JSON.stringify(id)}`);
    for (const [hash, entry] of this.recent) if (entry.principal.id === id) this.recent.delete(hash);
    return toRecord(row);
  }

  async hasAdmin(): Promise<boolean> {
    const row = await this.db
      .selectFrom('principals')
      .select('id')
      .where(sql<boolean>`'admin' = ANY(roles)`)
      .where('revoked_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Makes sure an admin exists: with DOCKET_ADMIN_TOKEN, a principal holding exactly that token;
   * without it, on a first start (no admin yet), a new admin whose token is returned once.
   */
  async bootstrapAdmin(adminToken: string | undefined): Promise<{ created: boolean; token: string | null }> {
    if (adminToken) {
      if (await this.authenticate(adminToken)) return { created: false, token: null };
      await this.create({ name: 'Administrator', roles: ['admin'] }, 'bootstrap', adminToken);
      return { created: true, token: null };
    }
    if (await this.hasAdmin()) return { created: false, token: null };
    const admin = await this.create({ name: 'Administrator', roles: ['admin'] }, 'bootstrap');
    return { created: true, token: admin.token };
  }
}
