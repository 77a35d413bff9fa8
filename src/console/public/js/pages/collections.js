/** Suggestion-box collection cadence: per box and month, months under the policy minimum flagged. */
import { h } from '../dom.js';
import { formatNumber, monthLabel, t } from '../i18n.js';
import { get, post } from '../api.js';
import { downloadButtons } from '../download.js';
import { commandForm } from '../form.js';
import { noticePanel, pageHeader, section } from '../ui.js';
import { loadNames } from '../names.js';

export async function collectionsPage({ query: search, navigate, basics, notice, flash, rerender }) {
  const today = basics.organisation?.today ?? '';
  const thisYear = /^\d{4}/.test(today) ? Number(today.slice(0, 4)) : new Date().getFullYear();
  const asked = Number(search.get('year'));
  const chosen = Number.isInteger(asked) && asked >= 1900 && asked <= 9999;
  let year = chosen ? asked : thisYear;
  let cadence = await get(`/views/suggestions/collections?year=${year}`);
  // The cadence lists every month of the boxes in use, collected or not: a year with no collection has only zeros.
  if (!chosen && cadence.months.every((m) => m.collections === 0)) {
    // Nothing collected this year yet: open on the latest year that has collections.
    const latest = (await loadNames(['collections'])).collections.map((c) => Number(String(c.data?.collectedOn ?? '').slice(0, 4))).filter((y) => y > 0 && y < year);
    if (latest.length > 0) {
      year = Math.max(...latest);
      cadence = await get(`/views/suggestions/collections?year=${year}`);
    }
  }

  const boxes = [...new Set(cadence.months.map((m) => m.box))].sort();
  const cell = (box, month) => cadence.months.find((m) => m.box === box && m.month === `${year}-${String(month).padStart(2, '0')}`);
  const months = Array.from({ length: 12 }, (_, i) => i + 1);

  const yearInput = h('input', { type: 'number', id: 'year', min: 1900, max: 9999, value: year, 'aria-label': t('common.year') });
  const yearForm = h(
    'form',
    { class: 'inline-form', onsubmit: (e) => (e.preventDefault(), navigate(`#/collections?year=${yearInput.value}`)) },
    h('label', { for: 'year' }, t('common.year')),
    yearInput,
    h('button', { type: 'submit' }, t('common.show')),
  );

  const grid =
    boxes.length === 0
      ? h('p', { class: 'empty' }, t('common.empty'))
      : h(
          'table',
          { class: 'list cadence keep-grid' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('collections.box')), months.map((m) => h('th', { scope: 'col' }, monthLabel(m))))),
          h(
            'tbody',
            null,
            boxes.map((box) =>
              h(
                'tr',
                null,
                h('th', { scope: 'row' }, box),
                months.map((m) => {
                  const c = cell(box, m);
                  const count = c?.collections ?? 0;
                  const under = c ? c.belowMinimum : count < cadence.minCollectionsPerMonth;
                  return h(
                    'td',
                    {
                      class: under ? 'under' : 'ok',
                      title: `${t('collections.count', { count })} · ${t('collections.suggestions', { count: c?.suggestions ?? 0 })}${under ? ` · ${t('collections.under')}` : ''}`,
                      dataset: { month: String(m), box },
                    },
                    h('strong', null, formatNumber(count)),
                    h('span', { class: 'small muted' }, ` / ${formatNumber(c?.suggestions ?? 0)}`),
                  );
                }),
              ),
            ),
          ),
        );

  const collectionDef = basics.workflows.get('collection');
  const record = collectionDef?.commands.find((c) => c.type === 'RecordCollection');
  const mayRecord = basics.me.roles.includes('suggestion_manager') && record;
  return [
    noticePanel(notice),
    pageHeader(t('collections.title'), h('span', { class: 'header-actions' }, yearForm, downloadButtons(`/views/suggestions/collections?year=${year}`))),
    h('p', { class: 'muted' }, t('collections.intro', { min: cadence.minCollectionsPerMonth })),
    section(`${year}`, h('div', { class: 'scroll-x' }, grid), boxes.length > 0 ? h('p', { class: 'small muted' }, t('collections.legend')) : null),
    mayRecord
      ? section(
          t('collections.record'),
          commandForm({
            command: record,
            send: (body, key) => {
              const { type: _type, ...fields } = body;
              return post('/collections', fields, { headers: { 'idempotency-key': key } });
            },
            done: () => {
              flash(t('collections.recorded'));
              rerender();
            },
          }),
        )
      : null,
  ];
}
