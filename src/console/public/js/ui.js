/** Small shared pieces of the pages: panels, tables, state badges, due dates. */
import { h } from './dom.js';
import { ApiError } from './api.js';
import { formatDate, stateLabel, t, workflowLabel } from './i18n.js';

export function errorPanel(error) {
  const text = error instanceof ApiError ? error.text() : t('error.generic', { code: 'client' });
  return h('div', { class: 'panel error', role: 'alert' }, h('p', null, text));
}

export const noticePanel = (text) => (text ? h('div', { class: 'panel notice', role: 'status' }, h('p', null, text)) : null);

export const pageHeader = (title, ...extra) => h('div', { class: 'page-header' }, h('h1', null, title), extra);

export const section = (title, ...children) => h('section', { class: 'card' }, h('h2', null, title), children);

/**
 * A table; `rows` are arrays of cells (nodes or text), or {cells, attrs} objects. Each cell carries
 * its column's heading (data-label), so that on a phone the stylesheet shows each row as a card of
 * labelled lines instead of a table wider than the screen.
 */
export function table(headings, rows, options = {}) {
  if (rows.length === 0) return h('p', { class: 'empty' }, options.empty ?? t('common.empty'));
  return h(
    'table',
    { class: options.class ?? 'list' },
    h('thead', null, h('tr', null, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h(
      'tbody',
      null,
      rows.map((row) => {
        const cells = Array.isArray(row) ? row : row.cells;
        return h(
          'tr',
          Array.isArray(row) ? null : row.attrs,
          cells.map((cell, i) => h('td', { dataset: headings[i] ? { label: String(headings[i]) } : null }, cell)),
        );
      }),
    ),
  );
}

export const stateBadge = (state, workflow, final = false) =>
  h('span', { class: `badge state${final ? ' final' : ''}`, dataset: { state } }, stateLabel(state, workflow));

export const instanceHref = (workflow, id) => `#/i/${encodeURIComponent(workflow)}/${encodeURIComponent(id)}`;

export const instanceLink = (workflow, id, text) => h('a', { href: instanceHref(workflow, id) }, text ?? `${workflowLabel(workflow)} ${id}`);

/** A due date, with the days left or overdue when the server says so. */
export function dueCell(dueOn, { overdue = false, daysLeft } = {}) {
  if (!dueOn) return h('span', { class: 'muted' }, '—');
  let note = null;
  if (overdue) note = typeof daysLeft === 'number' && daysLeft < 0 ? t('common.daysOverdue', { days: -daysLeft }) : t('common.overdue');
  else if (daysLeft === 0) note = t('common.dueToday');
  else if (typeof daysLeft === 'number') note = t('common.daysLeft', { days: daysLeft });
  return h(
    'span',
    { class: overdue ? 'due overdue' : 'due' },
    h('time', { datetime: dueOn }, formatDate(dueOn)),
    note ? h('span', { class: overdue ? 'flag' : 'muted' }, ` ${note}`) : null,
  );
}

/** Today in the browser, YYYY-MM-DD (only as a default for date inputs; never to decide what is overdue). */
export function localToday() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A form's alert: hidden until something is said in it. */
export const formAlert = () => h('div', { class: 'form-error', role: 'alert', hidden: true });

/** Says `what` (an error, or a text) in a form's alert. */
export function sayIn(alert, what) {
  alert.textContent = typeof what === 'string' ? what : what instanceof ApiError && what.status !== 0 ? what.text() : t('error.network');
  alert.hidden = false;
}

/** Sends `form` through `act`: its submit button waits meanwhile, and a failure is said in `alert`. */
export function onSubmit(form, alert, act) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      await act();
    } catch (error) {
      sayIn(alert, error);
    } finally {
      if (button) button.disabled = false;
    }
  });
}
