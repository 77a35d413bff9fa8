/**
 * The inbox: what I can do now, oldest first, with due dates; overdue items highlighted. Each item
 * says why it is here: the reason (waiting for me, a reply overdue, a review due) and the role in
 * which I may act, and what the next step is.
 */
import { h } from '../dom.js';
import { commandLabel, formatDateTime, formatList, roleLabel, t, workflowLabel } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { translateSummary } from '../summary.js';
import { dueCell, instanceHref, noticePanel, pageHeader, stateBadge, table } from '../ui.js';
import { forwardFirst, isBackward } from '../next.js';

const reasonLabel = (reason) => t(`inbox.reason.${reason}`);

/** Why the item is in my inbox, in one sentence: its reasons and my role in it. */
function why(item) {
  const roles = formatList(item.roles.map(roleLabel));
  const reasons = item.reasons.length > 0 ? item.reasons : ['action'];
  return h(
    'span',
    { class: 'inbox-why' },
    reasons.map((r) => h('span', { class: `badge reason ${r}` }, reasonLabel(r))),
    ' ',
    h('span', { class: 'small' }, item.explanation ?? t('inbox.because', { roles })),
  );
}

export async function inboxPage({ notice }) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(`/views/inbox${query({ limit: 200, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 1000);

  const rows = items.map((item) => {
    const overdue = item.overdue || item.reasons.includes('overdue');
    return {
      attrs: { class: overdue ? 'overdue' : null, dataset: { workflow: item.workflow, id: item.id } },
      cells: [
        dueCell(item.dueOn, { overdue }),
        [
          h('a', { href: instanceHref(item.workflow, item.id) }, translateSummary(item.summary) || workflowLabel(item.workflow)),
          h('div', { class: 'muted small' }, [workflowLabel(item.workflow), item.number ? ` · ${item.number}` : null]),
        ],
        stateBadge(item.state, item.workflow),
        why(item),
        h('span', { class: 'commands' }, forwardFirst(item.commands).map((c) => h('span', { class: isBackward(c) ? 'chip backward' : 'chip' }, commandLabel(c)))),
        h('time', { datetime: item.since, class: 'muted' }, formatDateTime(item.since)),
      ],
    };
  });
  return [
    noticePanel(notice),
    pageHeader(t('inbox.title'), downloadButtons('/views/inbox')),
    h('p', { class: 'muted' }, t('inbox.intro')),
    table([t('common.dueOn'), t('common.summary'), t('common.state'), t('inbox.why'), t('inbox.commands'), t('common.since')], rows, {
      empty: t('inbox.empty'),
      class: 'list inbox',
    }),
  ];
}
