/**
 * Case numbers (2026-意见-012): a numbered workflow's new instance takes the next number of its
 * start date's year before it is decided. Starts that ask while a number is being taken wait, and
 * then take theirs together in one statement (docket_take_case_numbers: why its commit need not wait
 * for the disk, why numbers may skip one but never repeat), in the order they asked. Under load a
 * start then spends a share of a round trip on its number, not a round trip of its own.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CaseNumber } from '../../workflows/contract.ts';

interface Waiting {
  resolve(number: CaseNumber): void;
  reject(error: unknown): void;
}

interface Queue {
  workflow: string;
  year: number;
  waiting: Waiting[];
}

export class CaseNumbers {
  /** Per workflow and year, the starts waiting while a statement takes numbers (present: one is under way). */
  private readonly queues = new Map<string, Queue>();

  /** Never a transaction: the statement would make that transaction's commit asynchronous. */
  constructor(private readonly db: Kysely<Database>) {}

  take(workflow: string, year: number): Promise<CaseNumber> {
    return new Promise((resolve, reject) => {
      const key = `${workflow}\u0000${year}`;
      const queue = this.queues.get(key);
      if (queue) {
        queue.waiting.push({ resolve, reject });
        return;
      }
      const fresh: Queue = { workflow, year, waiting: [{ resolve, reject }] };
      this.queues.set(key, fresh);
      void this.drain(key, fresh);
    });
  }

  private async drain(key: string, queue: Queue): Promise<void> {
    while (queue.waiting.length > 0) {
      const batch = queue.waiting.splice(0);
      try {
        const last = await this.takeNumbers(queue.workflow, queue.year, batch.length);
        batch.forEach((waiting, i) => waiting.resolve({ year: queue.year, seq: last - batch.length + 1 + i }));
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.queues.delete(key);
  }

  private async takeNumbers(workflow: string, year: number, count: number): Promise<number> {
    const { rows } = await sql<{ last: number }>`SELECT docket_take_case_numbers(${workflow}, ${year}, ${count}) AS last`.execute(this.db);
    return Number(rows[0]!.last);
  }
}
