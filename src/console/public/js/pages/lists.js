/** Instances of a workflow, optionally in one state, newest first: what each is, its state and who acts next. */
import { h } from '../dom.js';
import { formatDate, stateLabel, t, workflowLabel } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { summaryOf } from '../summary.js';
import { instanceHref, pageHeader, stateBadge, table } from '../ui.js';
import { nextCell } from '../next.js';
import { loadNames } from '../names.js';
import { STARTABLE } from './start.js';

export async function listsIndexPage({ basics }) {
  return [
    pageHeader(t('nav.lists')),
    h(
      'ul',
      { class: 'tiles' },
      [...STARTABLE, 'member'].filter((w) => basics.workflows.has(w)).map((w) => h('li', { class: 'tile' }, h('a', { href: `#/list/${w}` }, h('strong', null, workflowLabel(w))))),
    ),
  ];
}

export async function listPage({ params, query: search, basics, navigate }) {
  const [workflow] = params;
  const def = basics.workflows.get(workflow);
  if (!def) return listsIndexPage({ basics });
  const state = search.get('state') ?? '';
  const items = [];
  let cursor = null;
  do {
    const page = await get(`/workflows/${encodeURIComponent(workflow)}/instances${query({ state, limit: 500, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 2000);
  const names = workflow === 'cadre-training' ? await loadNames(['members']) : null;

  const filter = h(
    'select',
    { id: 'state-filter', 'aria-label': t('list.stateFilter'), onchange: (e) => navigate(`#/list/${workflow}${e.target.value ? `?state=${e.target.value}` : ''}`) },
    h('option', { value: '' }, t('common.all')),
    def.states.map((s) => h('option', { value: s, selected: s === state }, stateLabel(s, workflow))),
  );
  return [
    pageHeader(
      t('list.title', { workflow: workflowLabel(workflow) }),
      h(
        'span',
        { class: 'header-actions' },
        h('label', { class: 'inline' }, t('list.stateFilter'), ' ', filter),
        downloadButtons(`/workflows/${encodeURIComponent(workflow)}/instances${query({ state })}`),
      ),
    ),
    table(
      [t('common.summary'), t('common.number'), t('common.state'), t('next.title'), t('common.startedOn'), t('common.updatedOn')],
      [...items].reverse().map((item) => ({
        attrs: { dataset: { id: item.id } },
        cells: [
          h('a', { href: instanceHref(workflow, item.id) }, summaryOf(workflow, item.data, names) || workflowLabel(workflow)),
          item.number ?? item.caseNumber ?? h('span', { class: 'muted' }, '—'),
          stateBadge(item.state, workflow, item.status === 'done'),
          item.status === 'done' ? h('span', { class: 'muted' }, '—') : nextCell(item),
          h('time', { datetime: item.startedOn }, formatDate(item.startedOn)),
          h('time', { datetime: item.updatedOn }, formatDate(item.updatedOn)),
        ],
      })),
      { empty: t('list.empty') },
    ),
  ];
}
