/**
 * Helpers of the tamper-evidence tests. The gap-safe feed (and so the tree) shows an event only once
 * every transaction that started before it has ended, in the whole PostgreSQL cluster: on a shared
 * test server another database's long transaction holds it back for a while, so catching up polls.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { ConsumerRunner } from '../../src/projections/consumer.ts';

/** Drains `follower` until the tree holds every event of the log (or `timeoutMs` passes). */
export async function catchUp(db: Kysely<Database>, follower: Pick<ConsumerRunner<never>, 'drain'>, timeoutMs = 240_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await follower.drain();
    const { rows } = await sql<{ events: string; leaves: string }>`SELECT (SELECT count(*) FROM events) AS events, (SELECT size FROM merkle_tree) AS leaves`.execute(db);
    const { events, leaves } = rows[0]!;
    if (Number(leaves) >= Number(events)) return Number(leaves);
    if (Date.now() > deadline) throw new Error(`the tree holds ${leaves} of ${events} events after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
