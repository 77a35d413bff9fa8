/**
 * Box collection cadence for one year: every box seen up to that year, all twelve months, with the
 * number of collections and of suggestions found, flagged below the policy minimum (months to come are not flagged).
 */
import type { Executor } from '../store/types.ts';

export interface CadenceMonth {
  box: string;
  /** YYYY-MM */
  month: string;
  collections: number;
  suggestions: number;
  belowMinimum: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** Months after `currentMonth` (YYYY-MM, by the clock) have not happened yet and are never flagged. */
export async function readCollectionCadence(db: Executor, year: number, minimum: number, currentMonth: string): Promise<CadenceMonth[]> {
  const first = `${year}-01`;
  const last = `${year}-12`;
  const boxes = await db.selectFrom('view_collections').select('box').distinct().where('month', '<=', last).orderBy('box').execute();
  const rows = await db
    .selectFrom('view_collections')
    .select(['box', 'month', 'collections', 'suggestions'])
    .where('month', '>=', first)
    .where('month', '<=', last)
    .execute();
  const counted = new Map(rows.map((r) => [`${r.box}\u0000${r.month}`, r]));
  return boxes.flatMap(({ box }) =>
    MONTHS.map((m) => {
      const month = `${year}-${m}`;
      const row = counted.get(`${box}\u0000${month}`);
      const collections = row?.collections ?? 0;
      return { box, month, collections, suggestions: row?.suggestions ?? 0, belowMinimum: month <= currentMonth && collections < minimum };
    }),
  );
}
