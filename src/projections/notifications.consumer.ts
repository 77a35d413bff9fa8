/**
 * The `notifications` consumer: an outbox of who should be told what, filled from the log
 * asynchronously (nothing here has to be in the append transaction). The delivery worker
 * (src/notifications/delivery.ts) fans each notice out to e-mail and the webhook and sends it.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { StoredEvent } from '../store/types.ts';
import { readAll } from '../store/event-store.ts';
import { parseStreamId } from '../engine/registry.ts';
import type { Consumer } from './consumer.ts';
import { renderNotice, type NoticeParams, type NoticeTemplate } from '../notifications/notice-texts.ts';

export interface Notice {
  /** 'role:<role>' or 'principal:<id>'. */
  audience: string;
  template: NoticeTemplate;
  params: NoticeParams;
  /** The English text, kept for the admin. */
  message: string;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const notice = (audience: string, template: NoticeTemplate, params: NoticeParams): Notice => ({
  audience,
  template,
  params,
  message: renderNotice(template, params, 'en').text,
});
const role = (name: string, template: NoticeTemplate, params: NoticeParams) => notice(`role:${name}`, template, params);

type Rule = (event: StoredEvent, id: string) => Notice[];

/** `${workflow}:${eventType}` → who is told what (notice-texts.ts says it in words). */
const RULES: Record<string, Rule> = {
  'suggestion:HandlerAssigned': (e, id) => [notice(`principal:${str(e.data.handlerId)}`, 'suggestion.assigned', { id })],
  // A ReplyOverdue is recorded the day after the reply was due: its dueOn is that first overdue day.
  'suggestion:ReplyOverdue': (e, id) => [role('chair', 'suggestion.overdue', { id, dueOn: str(e.data.dueOn) })],
  'suggestion:ExtensionRequested': (e, id) => [role('chair', 'suggestion.extensionRequested', { id, days: String(e.data.days) })],
  'secondment:InterimReviewDue': (e, id) => [
    role('chair', 'secondment.interimReviewDue', { id, dueOn: str(e.data.dueOn) }),
    role('united_front', 'secondment.interimReviewDue', { id, dueOn: str(e.data.dueOn) }),
  ],
  'secondment:TermEnded': (e, id) => [
    role('host_unit', 'secondment.hostAppraisalDue', { id, dueOn: str(e.data.dueOn) }),
    role('united_front', 'secondment.finalAssessmentDue', { id, dueOn: str(e.data.dueOn) }),
  ],
  'cadre-training:AnnualReviewDue': (e, id) => [role('chair', 'cadre.annualReviewDue', { id, dueOn: str(e.data.dueOn) })],
  'recruitment:AdmissionApproved': (e, id) => [role('office', 'recruitment.admitted', { id, approvalNo: str(e.data.approvalNo) })],
};

function noticesFor(event: StoredEvent): Notice[] {
  const rule = RULES[`${event.workflow}:${event.type}`];
  return rule ? rule(event, parseStreamId(event.streamId).id) : [];
}

export const notificationsConsumer: Consumer = {
  name: 'notifications',
  read: async (db, after, limit) => (await readAll(db, { after, limit })).events,
  async handle(trx: Transaction<Database>, events: readonly StoredEvent[], now: Date) {
    const rows = events.flatMap((e) =>
      noticesFor(e).map(
        (n) =>
          sql`(${e.globalPosition}, ${n.audience}, ${e.streamId}, ${e.workflow}, ${parseStreamId(e.streamId).id}, ${e.type},
            ${n.message}, ${e.occurredOn}::date, ${now}, ${n.template}, ${JSON.stringify(n.params)}::jsonb)`,
      ),
    );
    if (rows.length === 0) return;
    await sql`INSERT INTO notifications (global_position, audience, stream_id, workflow, instance_id, event_type, message, occurred_on, created_at, template, params)
      VALUES ${sql.join(rows)}`.execute(trx);
  },
};
