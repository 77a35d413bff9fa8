/** Every row of every inline view table, as PostgreSQL's own text of the row, sorted: exact comparison. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { inlineProjector } from '../../src/projections/inline.ts';

export async function dumpViews(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const table of inlineProjector().tables()) {
    const { rows } = await sql<{ row: string }>`SELECT t::text AS row FROM ${sql.table(table)} t ORDER BY 1`.execute(db);
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}
