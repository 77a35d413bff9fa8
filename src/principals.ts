/**
 * Principals: who may use Docket, in which roles and scope, and with which credentials. A
 * principal may hold a bearer token (random, 32 bytes, base64url; stored only as its SHA-256 hash,
 * shown once when issued) and/or a user name and password (src/auth/passwords.ts). Principals are
 * revoked, never deleted; a token replaced by a rotation is retired for good.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database, PrincipalsTable } from './db/schema.ts';
import type { Principal, Role } from '../workflows/contract.ts';
import type { Clock } from './clock.ts';
import type { IdGenerator } from './ids.ts';
import { sha256 } from './store/canonical.ts';
import { DomainError, notFound, type ErrorCode } from './errors.ts';
import { hashPassword } from './auth/passwords.ts';

/** The language of the notices a principal gets (notification texts); Chinese when not given. */
export type PrincipalLocale = 'zh-CN' | 'en';

export interface PrincipalRecord extends Principal {
  /** Where e-mail notices go. */
  email: string | null;
  locale: PrincipalLocale | null;
  username: string | null;
  hasPassword: boolean;
  hasToken: boolean;
  expiresAt: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** Who a principal is and what it may do: what an admin sets when creating or editing it. */
export interface PrincipalFields {
  name: string;
  roles: Role[];
  memberId?: string | null | undefined;
  branchId?: string | null | undefined;
  hostUnit?: string | null | undefined;
  /** ISO instant after which every credential of the principal is refused. */
  expiresAt?: string | null | undefined;
  username?: string | null | undefined;
  email?: string | null | undefined;
  locale?: PrincipalLocale | null | undefined;
}

export interface NewPrincipal extends PrincipalFields {
  /** With a password the principal signs in with its user name and gets no token until one is issued. */
  password?: string | undefined;
}

export type PrincipalPatch = Partial<PrincipalFields>;

/** What authentication needs to know about the principal holding a credential. */
export interface Holder {
  principal: Principal;
  expiresAt: Date | null;
  revoked: boolean;
}

const newToken = () => `dkt_${randomBytes(32).toString('base64url')}`;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function toPrincipal(r: Selectable<PrincipalsTable>): Principal {
  return { id: r.id, name: r.name, roles: r.roles as Role[], memberId: r.member_id, branchId: r.branch_id, hostUnit: r.host_unit };
}

function toRecord(r: Selectable<PrincipalsTable>): PrincipalRecord {
  return {
    ...toPrincipal(r),
    email: r.email,
    locale: r.locale === 'en' || r.locale === 'zh-CN' ? r.locale : null,
    username: r.username,
    hasPassword: r.password_hash !== null,
    hasToken: r.token_hash !== null,
    expiresAt: iso(r.expires_at),
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: iso(r.revoked_at),
  };
}

export const toHolder = (r: Selectable<PrincipalsTable>): Holder => ({
  principal: toPrincipal(r),
  expiresAt: r.expires_at === null ? null : new Date(r.expires_at),
  revoked: r.revoked_at !== null,
});

const rule = (code: ErrorCode, message: string) => new DomainError(code, message, 422);

/** A host unit principal names its unit; nobody else does. */
function checkScope(roles: readonly Role[], hostUnit: string | null | undefined): void {
  const isHostUnit = roles.includes('host_unit');
  if (isHostUnit && !hostUnit) throw rule('host_unit_required', 'a principal with the role host_unit must name its hostUnit');
  if (!isHostUnit && hostUnit) throw rule('host_unit_without_role', 'hostUnit is only for a principal with the role host_unit');
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  (error as { code?: unknown }).code === '23505' && String((error as { constraint?: unknown }).constraint ?? (error as Error).message).includes(constraint);

export class Principals {
  private readonly listeners: ((principalId: string) => void)[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  /** Tells `listener` whenever a principal's roles, scope, credentials or expiry change (to drop what it cached). */
  onChange(listener: (principalId: string) => void): void {
    this.listeners.push(listener);
  }

  private changed(principalId: string): void {
    for (const listener of this.listeners) listener(principalId);
  }

  private checkExpiry(expiresAt: string | null | undefined): void {
    if (expiresAt && new Date(expiresAt).getTime() <= this.clock.now().getTime()) {
      throw rule('expiry_in_past', `expiresAt ${expiresAt} has already passed`);
    }
  }

  /** Creates a principal; without a password it gets a token (returned once), with one it signs in by user name. */
  async create(input: NewPrincipal & { password?: undefined }, createdBy: string | null, token?: string): Promise<PrincipalRecord & { token: string }>;
  async create(input: NewPrincipal, createdBy: string | null): Promise<PrincipalRecord & { token: string | null }>;
  async create(input: NewPrincipal, createdBy: string | null, chosenToken?: string): Promise<PrincipalRecord & { token: string | null }> {
    checkScope(input.roles, input.hostUnit);
    this.checkExpiry(input.expiresAt);
    if (input.password !== undefined && !input.username) throw rule('username_required', 'a principal with a password needs a username to sign in with');
    const token = input.password === undefined ? (chosenToken ?? newToken()) : null;
    try {
      const row = await this.db
        .insertInto('principals')
        .values({
          id: this.ids.next(),
          name: input.name,
          roles: [...new Set(input.roles)],
          member_id: input.memberId ?? null,
          branch_id: input.branchId ?? null,
          host_unit: input.hostUnit ?? null,
          expires_at: input.expiresAt ?? null,
          username: input.username ?? null,
          email: input.email ?? null,
          locale: input.locale ?? null,
          password_hash: input.password === undefined ? null : await hashPassword(input.password),
          token_hash: token === null ? null : sha256(token),
          created_at: this.clock.now(),
          created_by: createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { ...toRecord(row), token };
    } catch (error) {
      throw this.usernameTaken(error, input.username) ?? error;
    }
  }

  private usernameTaken(error: unknown, username: string | null | undefined): DomainError | null {
    return isUniqueViolation(error, 'principals_username')
      ? new DomainError('username_taken', `the username ${JSON.stringify(username)} is taken`, 409)
      : null;
  }

  async list(): Promise<PrincipalRecord[]> {
    const rows = await this.db.selectFrom('principals').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(toRecord);
  }

  async get(id: string): Promise<PrincipalRecord> {
    const row = await this.db.selectFrom('principals').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(`principal ${JSON.stringify(id)}`);
    return toRecord(row);
  }

  /** Changes an active principal's roles, scope, links, name, user name, expiry, e-mail or language; `null` clears a field. */
  async update(id: string, patch: PrincipalPatch): Promise<PrincipalRecord> {
    const current = await this.get(id);
    if (current.revokedAt) throw new DomainError('principal_revoked', `principal ${JSON.stringify(id)} is revoked`, 409);
    const roles = patch.roles ?? current.roles;
    checkScope(roles, patch.hostUnit === undefined ? current.hostUnit : patch.hostUnit);
    this.checkExpiry(patch.expiresAt);
    if (patch.username === null && current.hasPassword) {
      throw rule('username_required', 'a principal with a password keeps a username; reset nothing, or revoke the principal');
    }
    const set: Updateable<PrincipalsTable> = {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.roles !== undefined ? { roles: [...new Set(patch.roles)] } : {}),
      ...(patch.memberId !== undefined ? { member_id: patch.memberId } : {}),
      ...(patch.branchId !== undefined ? { branch_id: patch.branchId } : {}),
      ...(patch.hostUnit !== undefined ? { host_unit: patch.hostUnit } : {}),
      ...(patch.expiresAt !== undefined ? { expires_at: patch.expiresAt } : {}),
      ...(patch.username !== undefined ? { username: patch.username } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
    };
    if (Object.keys(set).length === 0) return current;
    try {
      const row = await this.db.updateTable('principals').set(set).where('id', '=', id).where('revoked_at', 'is', null).returningAll().executeTakeFirst();
      if (!row) throw new DomainError('principal_revoked', `principal ${JSON.stringify(id)} is revoked`, 409);
      return toRecord(row);
    } catch (error) {
      throw this.usernameTaken(error, patch.username) ?? error;
    } finally {
      this.changed(id);
    }
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
    // Its sessions end with it (they would be refused anyway: a session's principal must be active).
    await this.db.deleteFrom('sessions').where('principal_id', '=', id).execute();
    this.changed(id);
    return toRecord(row);
  }

  /** Issues a new token to an active principal: the previous one (if any) is retired and refused from now on. */
  async rotateToken(id: string): Promise<PrincipalRecord & { token: string }> {
    const token = newToken();
    const row = await this.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('principals').select(['token_hash', 'revoked_at']).where('id', '=', id).forUpdate().executeTakeFirst();
      if (!before) throw notFound(`principal ${JSON.stringify(id)}`);
      if (before.revoked_at !== null) throw new DomainError('principal_revoked', `principal ${JSON.stringify(id)} is revoked`, 409);
      if (before.token_hash !== null) {
        await trx.insertInto('retired_tokens').values({ token_hash: before.token_hash, principal_id: id, retired_at: this.clock.now() }).execute();
      }
      return trx.updateTable('principals').set({ token_hash: sha256(token) }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
    this.changed(id);
    return { ...toRecord(row), token };
  }

  /** Sets an active principal's password (it needs a username to sign in with). Its sessions are the caller's to end. */
  async setPassword(id: string, password: string): Promise<PrincipalRecord> {
    const current = await this.get(id);
    if (current.revokedAt) throw new DomainError('principal_revoked', `principal ${JSON.stringify(id)} is revoked`, 409);
    if (!current.username) throw rule('username_required', 'give the principal a username first (PATCH /admin/principals/{id})');
    const row = await this.db
      .updateTable('principals')
      .set({ password_hash: await hashPassword(password) })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirstOrThrow();
    this.changed(id);
    return toRecord(row);
  }

  /** The principal holding this token hash, revoked or not; null if no principal holds it. */
  async holderOfToken(tokenHash: string): Promise<Holder | null> {
    const row = await this.db.selectFrom('principals').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row ? toHolder(row) : null;
  }

  /** The principal whose token this was before a rotation replaced it; null if none. */
  async formerHolderOfToken(tokenHash: string): Promise<string | null> {
    const row = await this.db.selectFrom('retired_tokens').select('principal_id').where('token_hash', '=', tokenHash).executeTakeFirst();
    return row?.principal_id ?? null;
  }

  /** The active principal signing in with this user name (any case), with its password hash. */
  async holderOfUsername(username: string): Promise<(Holder & { passwordHash: string | null }) | null> {
    const row = await this.db
      .selectFrom('principals')
      .selectAll()
      .where(sql<boolean>`lower(username) = lower(${username})`)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? { ...toHolder(row), passwordHash: row.password_hash } : null;
  }

  async passwordHashOf(id: string): Promise<string | null> {
    const row = await this.db.selectFrom('principals').select('password_hash').where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return row?.password_hash ?? null;
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
   * Makes sure an admin exists. With DOCKET_ADMIN_TOKEN: a principal holding exactly that token,
   * created if none does; but a token that was revoked or rotated away stays dead (`refused` says
   * why, and the server starts without it). Without it, on a first start (no active admin), a new
   * admin whose token is returned once. On a first start, `account` (DOCKET_ADMIN_USERNAME and
   * DOCKET_ADMIN_PASSWORD) also lets the new admin sign in with a password.
   */
  async bootstrapAdmin(
    adminToken: string | undefined,
    account: { username: string; password: string } | undefined = undefined,
  ): Promise<{ created: boolean; token: string | null; refused: string | null }> {
    const firstStart = !(await this.hasAdmin());
    const create = async (token?: string) => {
      const withAccount = firstStart && account !== undefined;
      const admin = await this.create({ name: 'Administrator', roles: ['admin'], ...(withAccount ? { username: account.username } : {}) }, 'bootstrap', token);
      if (withAccount) await this.setPassword(admin.id, account.password);
      return admin;
    };
    if (adminToken) {
      const hash = sha256(adminToken);
      const holder = await this.holderOfToken(hash);
      if (holder?.revoked) {
        return {
          created: false,
          token: null,
          refused: `DOCKET_ADMIN_TOKEN belongs to principal ${holder.principal.id}, which was revoked; it stays revoked. Unset DOCKET_ADMIN_TOKEN, or set a new one to create a new admin.`,
        };
      }
      if (holder) return { created: false, token: null, refused: null };
      const formerHolder = await this.formerHolderOfToken(hash);
      if (formerHolder) {
        return {
          created: false,
          token: null,
          refused: `DOCKET_ADMIN_TOKEN was replaced by a new token of principal ${formerHolder} and is no longer valid. Unset DOCKET_ADMIN_TOKEN, or set a new one to create a new admin.`,
        };
      }
      await create(adminToken);
      return { created: true, token: null, refused: null };
    }
    if (!firstStart) return { created: false, token: null, refused: null };
    const admin = await create();
    return { created: true, token: admin.token, refused: null };
  }
}
