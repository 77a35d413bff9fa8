/** Pending reply obligations: every suggestion still waiting for a reply, overdue first. */
import { h } from '../dom.js';
import { enumLabel, formatDate, t } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { dueCell, instanceHref, pageHeader, stateBadge, table } from '../ui.js';
import { loadNames } from '../names.js';

export async function pendingPage({ query: search, navigate }) {
  const overdueOnly = search.get('overdue') === 'true';
  const items = [];
  let cursor = null;
  do {
    const page = await get(`/views/suggestions/pending-replies${query({ overdue: overdueOnly ? 'true' : undefined, limit: 200, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 2000);
  const names = items.some((i) => i.handlerId && !i.handlerName) ? await loadNames(['principals']) : null;
  // Overdue first (most overdue on top), then by due date; stable for equal dates.
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.daysLeft - b.daysLeft);

  const toggle = h('input', {
    type: 'checkbox',
    id: 'overdue-only',
    checked: overdueOnly,
    onchange: (e) => navigate(e.target.checked ? '#/pending?overdue=true' : '#/pending'),
  });
  return [
    pageHeader(
      t('pending.title'),
      h(
        'span',
        { class: 'header-actions' },
        h('label', { class: 'inline' }, toggle, ' ', t('pending.overdueOnly')),
        downloadButtons(`/views/suggestions/pending-replies${query({ overdue: overdueOnly ? 'true' : undefined })}`),
      ),
    ),
    h('p', { class: 'muted' }, t('pending.intro')),
    table(
      [t('pending.dueOn'), t('pending.category'), t('pending.receivedOn'), t('pending.channel'), t('common.state'), t('pending.handler')],
      items.map((item) => ({
        attrs: { class: item.overdue ? 'overdue' : null, dataset: { id: item.id } },
        cells: [
          dueCell(item.dueOn, { overdue: item.overdue, daysLeft: item.daysLeft }),
          h('a', { href: instanceHref('suggestion', item.id) }, item.category),
          h('time', { datetime: item.receivedOn }, formatDate(item.receivedOn)),
          enumLabel('channel', item.channel),
          stateBadge(item.state, 'suggestion'),
          item.handlerId ? (item.handlerName ?? names?.nameOf('handlerId', item.handlerId)) : h('span', { class: 'muted' }, t('pending.unassigned')),
        ],
      })),
      { class: 'list pending' },
    ),
  ];
}
