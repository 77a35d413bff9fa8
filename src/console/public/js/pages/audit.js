/**
 * A secondment's audit, printable: every decision, who took it in which role, when, why (the reason,
 * rationale, review summary or appraisal its event records) and the comment given with it; chain
 * verification.
 */
import { h } from '../dom.js';
import { enumLabel, fieldLabel, formatDate, formatDateTime, roleLabel, stateLabel, t, tFirst } from '../i18n.js';
import { get } from '../api.js';
import { downloadButtons } from '../download.js';
import { instanceHref, pageHeader, section, stateBadge, table } from '../ui.js';

/** The reason and the comment of a decision: the audit's own, else what its event recorded. */
function auditReason(decision, event) {
  const reason = decision.reason ? reasonText(decision.reason) : reasonInEvent(event?.data);
  const grade = !decision.reason && event?.data?.grade ? `${fieldLabel('grade')}: ${enumLabel('grade', event.data.grade)}` : null;
  const comment = decision.comment ?? event?.comment ?? null;
  const parts = [reason, grade].filter(Boolean);
  if (parts.length === 0 && !comment) return h('span', { class: 'muted' }, '—');
  return [parts.length > 0 ? h('div', { class: 'reason' }, parts.join('；')) : null, comment ? h('div', { class: 'muted comment' }, comment) : null];
}

const reasonText = (reason) => {
  const grade = /^grade: (\w+)$/.exec(reason ?? '');
  return grade ? `${fieldLabel('grade')}: ${enumLabel('grade', grade[1])}` : reason;
};

/** What an event gives as its reason, in words: a reason, a rationale, a review's summary, an appraisal. */
const reasonInEvent = (data) => {
  for (const key of ['reason', 'rationale', 'summary', 'text', 'ageExceptionReason']) if (typeof data?.[key] === 'string' && data[key].trim()) return data[key];
  return null;
};

export async function auditPage({ params }) {
  const [id] = params;
  const [audit, history] = await Promise.all([
    get(`/views/secondments/${encodeURIComponent(id)}/audit`),
    get(`/workflows/secondment/instances/${encodeURIComponent(id)}/history`).catch(() => ({ events: [] })),
  ]);
  const eventAt = new Map(history.events.map((e) => [e.version, e]));
  const chain = audit.chain.ok
    ? h('div', { class: 'panel ok chain', role: 'status', dataset: { chain: 'ok' } }, h('p', null, '✔ ', t('audit.chainOk')))
    : h(
        'div',
        { class: 'panel error chain', role: 'alert', dataset: { chain: 'broken' } },
        h('p', null, '✘ ', audit.chain.firstBroken ? t('audit.chainBroken', { version: audit.chain.firstBroken.version }) : t('audit.chainUnknown')),
      );
  return [
    pageHeader(
      t('audit.title'),
      h(
        'span',
        { class: 'header-actions' },
        downloadButtons(`/views/secondments/${encodeURIComponent(id)}/audit`),
        h('button', { type: 'button', class: 'no-print', id: 'print', onclick: () => window.print() }, t('common.print')),
      ),
    ),
    h('p', { class: 'muted' }, t('audit.intro')),
    section(
      audit.member.name,
      h(
        'dl',
        { class: 'kv' },
        h('dt', null, t('audit.member')),
        h('dd', null, audit.member.name),
        h('dt', null, t('audit.hostUnit')),
        h('dd', null, audit.hostUnit),
        h('dt', null, t('audit.post')),
        h('dd', null, audit.post),
        h('dt', null, fieldLabel('startsOn')),
        h('dd', null, audit.startsOn ? formatDate(audit.startsOn) : '—'),
        h('dt', null, fieldLabel('termEndsOn')),
        h('dd', null, audit.termEndsOn ? formatDate(audit.termEndsOn) : '—'),
        h('dt', null, t('common.state')),
        h('dd', null, stateBadge(audit.state, 'secondment', audit.status === 'done'), ' ', h('a', { class: 'no-print', href: instanceHref('secondment', audit.id) }, t('common.open'))),
      ),
    ),
    chain,
    section(
      fieldLabel('decisions'),
      table(
        [t('audit.step'), t('audit.decision'), t('audit.actor'), t('audit.role'), t('audit.businessDate'), t('audit.recordedAt'), t('audit.reason')],
        audit.decisions.map((d) => ({
          attrs: { dataset: { version: String(d.version) } },
          cells: [
            stateLabel(d.step, 'secondment'),
            tFirst([`decision.${d.decision}`], d.decision),
            d.actorName,
            roleLabel(d.role),
            h('time', { datetime: d.occurredOn }, formatDate(d.occurredOn)),
            h('time', { datetime: d.recordedAt }, formatDateTime(d.recordedAt)),
            auditReason(d, eventAt.get(d.version)),
          ],
        })),
        { class: 'list audit' },
      ),
    ),
    h('p', { class: 'print-only muted small' }, t('audit.printedOn', { date: formatDateTime(new Date().toISOString()) })),
  ];
}
