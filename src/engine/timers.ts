/** Timer rows: the durable side of XState's delayed transitions. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { TimerOp } from './decider.ts';

export async function applyTimerOps(
  trx: Transaction<Database>,
  streamId: string,
  workflow: string,
  ops: readonly TimerOp[],
  now: Date,
): Promise<void> {
  for (const op of ops) {
    if (op.kind === 'cancel') {
      await trx.deleteFrom('timers').where('stream_id', '=', streamId).where('timer_id', '=', op.timerId).execute();
    } else {
      await trx
        .insertInto('timers')
        .values({
          stream_id: streamId,
          timer_id: op.timerId,
          workflow,
          event_type: op.eventType,
          due_at: op.dueAt,
          due_on: op.dueOn,
          created_at: now,
        })
        .onConflict((oc) =>
          oc.columns(['stream_id', 'timer_id']).doUpdateSet({ event_type: op.eventType, due_at: op.dueAt, due_on: op.dueOn, created_at: now }),
        )
        .execute();
    }
  }
}
