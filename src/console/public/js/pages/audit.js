/**
 * A secondment's audit, printable: every decision, who took it in which role, when, why (the reason,
 * rationale, review summary or appraisal its event records) and the comment given with it; chain
 * verification; and each decision's inclusion proof in the latest signed checkpoint, checked here.
 */
import { h } from '../dom.js';
import { enumLabel, fieldLabel, formatDate, formatDateTime, roleLabel, stateLabel, t, tFirst } from '../i18n.js';
import { get } from '../api.js';
import { canVerify, inclusionHolds, signatureHolds } from '../merkle.js';
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

/** The checkpoint panel and one cell per decision (by version): the proofs checked in this browser. */
async function integrityOf(integrity) {
  const { checkpoint, proofs } = integrity;
  const cells = new Map();
  if (!checkpoint) {
    for (const p of proofs) cells.set(p.version, h('span', { class: 'muted', dataset: { proof: 'pending' } }, t('audit.proofPending')));
    return { panel: h('div', { class: 'panel neutral checkpoint', dataset: { checkpoint: 'none' } }, h('p', null, t('audit.checkpointNone'))), cells };
  }
  const facts = { size: checkpoint.treeSize, date: formatDateTime(checkpoint.issuedAt), key: checkpoint.keyId };
  // The key this server publishes; none (a server without a key serving another's checkpoint): nothing is claimed.
  const publicKey = canVerify() ? await get('/audit/public-key').then((k) => k.publicKey, () => null) : null;
  const signed = publicKey ? await signatureHolds(checkpoint, publicKey) : null;
  for (const p of proofs) {
    if (p.status === 'missing') cells.set(p.version, h('strong', { class: 'proof-failed', dataset: { proof: 'missing' } }, t('audit.proofMissing')));
    else if (p.status === 'pending') cells.set(p.version, h('span', { class: 'muted', dataset: { proof: 'pending' } }, t('audit.proofPending')));
    else if (signed === null) cells.set(p.version, h('span', { class: 'muted', dataset: { proof: 'unchecked' } }, t('audit.proofUnchecked')));
    else {
      const holds = signed && (await inclusionHolds(p, checkpoint.rootHash));
      cells.set(
        p.version,
        holds
          ? h('span', { class: 'proof-ok', dataset: { proof: 'ok' } }, t('audit.proofIncluded', { leaf: p.leafIndex + 1, size: p.treeSize }))
          : h('strong', { class: 'proof-failed', dataset: { proof: 'failed' } }, t('audit.proofFailed')),
      );
    }
  }
  const panel =
    signed === null
      ? h('div', { class: 'panel neutral checkpoint', dataset: { checkpoint: 'unchecked' } }, h('p', null, t('audit.checkpointUnchecked', facts)))
      : signed
        ? h('div', { class: 'panel ok checkpoint', dataset: { checkpoint: 'ok' } }, h('p', null, '✔ ', t('audit.checkpoint', facts)))
        : h('div', { class: 'panel error checkpoint', role: 'alert', dataset: { checkpoint: 'bad' } }, h('p', null, '✘ ', t('audit.checkpointBad')));
  return { panel, cells };
}

export async function auditPage({ params }) {
  const [id] = params;
  const [audit, history] = await Promise.all([
    get(`/views/secondments/${encodeURIComponent(id)}/audit`),
    get(`/workflows/secondment/instances/${encodeURIComponent(id)}/history`).catch(() => ({ events: [] })),
  ]);
  const eventAt = new Map(history.events.map((e) => [e.version, e]));
  const integrity = await integrityOf(audit.integrity);
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
    integrity.panel,
    section(
      fieldLabel('decisions'),
      table(
        [t('audit.step'), t('audit.decision'), t('audit.actor'), t('audit.role'), t('audit.businessDate'), t('audit.recordedAt'), t('audit.reason'), t('audit.proof')],
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
            integrity.cells.get(d.version) ?? '',
          ],
        })),
        { class: 'list audit' },
      ),
    ),
    h('p', { class: 'print-only muted small' }, t('audit.printedOn', { date: formatDateTime(new Date().toISOString()) })),
  ];
}
