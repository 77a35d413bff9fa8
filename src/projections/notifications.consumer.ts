/**
 * The `notifications` consumer: an outbox of who should be told what, filled from the log
 * asynchronously (nothing here has to be in the append transaction). A delivery worker (mail,
 * SMS, chat) reads undelivered rows per audience and sets `delivered_at`.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { StoredEvent } from '../store/types.ts';
import { parseStreamId } from '../engine/registry.ts';
import type { Consumer } from './consumer.ts';

export interface Notice {
  /** 'role:<role>' or 'principal:<id>'. */
  audience: string;
  message: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const role = (name: string, message: string): Notice => ({ audience: `role:${name}`, message });

type Rule = (event: StoredEvent, id: string) => Notice[];

/** `${workflow}:${eventType}` → who is told what. */
const RULES: Record<string, Rule> = {
  'suggestion:HandlerAssigned': (e, id) => [
    { audience: `principal:${str(e.data.handlerId)}`, message: `Suggestion ${id} was assigned to you for a reply` },
  ],
  // A ReplyOverdue is recorded the day after the reply was due: its dueOn is that first overdue day.
  'suggestion:ReplyOverdue': (e, id) => [role('chair', `Suggestion ${id} is overdue since ${str(e.data.dueOn)}: its reply deadline passed without a reply`)],
  'suggestion:ExtensionRequested': (e, id) => [
    role('chair', `An extension of ${String(e.data.days)} days was requested for suggestion ${id}: ${str(e.data.reason)}`),
  ],
  'secondment:InterimReviewDue': (e, id) => [
    role('chair', `An interim review of secondment ${id} is due (${str(e.data.dueOn)})`),
    role('united_front', `An interim review of secondment ${id} is due (${str(e.data.dueOn)})`),
  ],
  'secondment:TermEnded': (e, id) => [
    role('host_unit', `The term of secondment ${id} ended on ${str(e.data.dueOn)}: the host appraisal is due`),
    role('united_front', `The term of secondment ${id} ended on ${str(e.data.dueOn)}: the final assessment is due`),
  ],
  'cadre-training:AnnualReviewDue': (e, id) => [role('chair', `The annual review of reserve cadre ${id} is due (${str(e.data.dueOn)})`)],
  'recruitment:AdmissionApproved': (e, id) => [role('office', `Application ${id} was admitted (${str(e.data.approvalNo)}): arrange the induction`)],
};

function noticesFor(event: StoredEvent): Notice[] {
  const rule = RULES[`${event.workflow}:${event.type}`];
  return rule ? rule(event, parseStreamId(event.streamId).id) : [];
}

export const notificationsConsumer: Consumer = {
  name: 'notifications',
  async handle(trx: Transaction<Database>, events: readonly StoredEvent[], now: Date) {
    const rows = events.flatMap((e) =>
      noticesFor(e).map(
        (n) =>
          sql`(${e.globalPosition}, ${n.audience}, ${e.streamId}, ${e.workflow}, ${parseStreamId(e.streamId).id}, ${e.type},
            ${n.message}, ${e.occurredOn}::date, ${now})`,
      ),
    );
    if (rows.length === 0) return;
    await sql`INSERT INTO notifications (global_position, audience, stream_id, workflow, instance_id, event_type, message, occurred_on, created_at)
      VALUES ${sql.join(rows)}`.execute(trx);
  },
};
