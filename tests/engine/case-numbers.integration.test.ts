/**
 * Case numbers taken together: starts that ask at the same time get consecutive numbers in the
 * order they asked, share statements, and never get a number twice; the counter goes on from there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type KyselyPlugin } from 'kysely';
import { CaseNumbers } from '../../src/engine/case-numbers.ts';
import { migratedPostgres } from '../support/database.ts';

describe('case numbers', () => {
  let db: Awaited<ReturnType<typeof migratedPostgres>>;
  beforeAll(async () => {
    db = await migratedPostgres({ poolSize: 4 });
  });
  afterAll(async () => {
    await db.close();
  });

  const counter = async (workflow: string, year: number) =>
    (await sql<{ seq: number }>`SELECT seq FROM case_counters WHERE workflow = ${workflow} AND year = ${year}`.execute(db.handle.db)).rows[0]?.seq;

  it('hands out 1..n to n starts asking at once, in the order they asked, in fewer statements than starts', async () => {
    let statements = 0;
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const numbers = new CaseNumbers(db.handle.db.withPlugin(counting));
    const taken = await Promise.all(Array.from({ length: 50 }, () => numbers.take('suggestion', 2026)));
    expect(statements).toBe(2);
    expect(taken.map((n) => n.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(taken.every((n) => n.year === 2026)).toBe(true);
    // The first asked alone; the 49 that waited for it were taken together.
    expect(await counter('suggestion', 2026)).toBe(50);
  });

  it('keeps workflows and years apart, and two takers on one database never repeat a number', async () => {
    const a = new CaseNumbers(db.handle.db);
    const b = new CaseNumbers(db.handle.db);
    const asks = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).take('suggestion', 2026));
    const other = await Promise.all([a.take('suggestion', 2027), b.take('recruitment', 2026)]);
    const seqs = (await Promise.all(asks)).map((n) => n.seq);
    expect(new Set(seqs).size).toBe(40);
    expect(Math.min(...seqs)).toBe(51);
    expect(Math.max(...seqs)).toBe(90);
    expect(other.map((n) => [n.year, n.seq])).toEqual([
      [2027, 1],
      [2026, 1],
    ]);
  });

  it('a failed statement fails the starts waiting on it, and the next ones are taken again', async () => {
    const numbers = new CaseNumbers(db.handle.db);
    await sql`ALTER TABLE case_counters ADD CONSTRAINT test_small CHECK (seq < 100)`.execute(db.handle.db);
    try {
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => numbers.take('suggestion', 2026)));
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused.length).toBeGreaterThan(0);
      expect(results.filter((r) => r.status === 'fulfilled').every((r) => r.value.seq < 100)).toBe(true);
    } finally {
      await sql`ALTER TABLE case_counters DROP CONSTRAINT test_small`.execute(db.handle.db);
    }
    const next = await numbers.take('suggestion', 2026);
    expect(next.seq).toBe((await counter('suggestion', 2026))!);
  });
});
