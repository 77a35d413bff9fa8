/** The inbox: what I can do now, oldest first, with due dates; overdue items highlighted. */
import { h } from '../dom.js';
import { commandLabel, formatDateTime, formatList, roleLabel, t, workflowLabel } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { translateSummary } from '../summary.js';
import { dueCell, instanceHref, noticePanel, pageHeader, stateBadge, table } from '../ui.js';

const reasonLabel = (reason) => t(`inbox.reason.${reason}`);

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
        workflowLabel(item.workflow),
        h('a', { href: instanceHref(item.workflow, item.id) }, translateSummary(item.summary) || item.id),
        stateBadge(item.state, item.workflow),
        h('span', { class: 'commands' }, item.commands.map((c) => h('span', { class: 'chip' }, commandLabel(c)))),
        item.reasons.map((r) => h('span', { class: `badge reason ${r}` }, reasonLabel(r))),
        formatList(item.roles.map(roleLabel)),
        h('time', { datetime: item.since, class: 'muted' }, formatDateTime(item.since)),
      ],
    };
  });
  return [
    noticePanel(notice),
    pageHeader(t('inbox.title'), downloadButtons('/views/inbox')),
    h('p', { class: 'muted' }, t('inbox.intro')),
    table(
      [t('common.dueOn'), t('inbox.workflow'), t('common.summary'), t('common.state'), t('inbox.commands'), t('inbox.reason'), t('inbox.role'), t('common.since')],
      rows,
      { empty: t('inbox.empty'), class: 'list inbox' },
    ),
  ];
}
