/** The access log's SQL: appending a batch of reads in one statement, and reading one subject's. */
import { sql } from 'kysely';
import type { Executor } from '../store/types.ts';

export interface AccessEntry {
  readAt: Date;
  principalId: string;
  principalName: string;
  subject: string;
  method: string;
  route: string;
  requestId: string;
}

/** One INSERT for the whole batch. */
export async function appendAccess(db: Executor, entries: readonly AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('access_log')
    .values(
      entries.map((e) => ({
        read_at: e.readAt,
        principal_id: e.principalId,
        principal_name: e.principalName,
        subject: e.subject,
        method: e.method,
        route: e.route,
        request_id: e.requestId,
      })),
    )
    .execute();
}

/** A subject's reads, newest first; `before` is the id of the last entry of the previous page. */
export async function readAccess(
  db: Executor,
  subject: string,
  options: { limit: number; before: string | null },
): Promise<{ items: (AccessEntry & { id: string })[]; before: string | null }> {
  let query = db
    .selectFrom('access_log')
    .select(['id', 'read_at', 'principal_id', 'principal_name', 'subject', 'method', 'route', 'request_id'])
    .where('subject', '=', subject);
  if (options.before !== null) query = query.where(sql<boolean>`id < ${options.before}::bigint`);
  const rows = await query.orderBy('id', 'desc').limit(options.limit + 1).execute();
  const page = rows.slice(0, options.limit);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      readAt: new Date(r.read_at),
      principalId: r.principal_id,
      principalName: r.principal_name,
      subject: r.subject,
      method: r.method,
      route: r.route,
      requestId: r.request_id,
    })),
    before: rows.length > options.limit ? String(page[page.length - 1]!.id) : null,
  };
}
