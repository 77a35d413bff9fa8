/**
 * Member import (admin): choose an Excel or CSV file, check it (a dry run: nothing is written) and
 * see every row as the server read it, the rows and cells with problems marked; then confirm, and
 * the same file is imported — all rows or none.
 */
import { h, mount } from '../dom.js';
import { enumLabel, fieldLabel, formatDate, t, tFirst } from '../i18n.js';
import { ApiError, request } from '../api.js';
import { errorPanel, pageHeader, section } from '../ui.js';
import { loadNames } from '../names.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COLUMNS = ['name', 'gender', 'birthDate', 'education', 'title', 'employment', 'branchId', 'joinedOn', 'cpcMember', 'comment'];
const ENUMS = new Set(['gender', 'education', 'title', 'employment']);
const DATES = new Set(['birthDate', 'joinedOn', 'on']);

/** The media type to send a chosen file as: by its name, since browsers disagree on a CSV's type. */
const typeOf = (file) => (/\.xlsx$/i.test(file.name) ? XLSX : 'text/csv');

const send = (file, dryRun) => request('POST', `/members/import${dryRun ? '?dryRun=true' : ''}`, { raw: file, contentType: typeOf(file) });

function cellText(field, value, invalid, names) {
  if (value === undefined || value === null || value === '') return '';
  if (invalid) return String(value);
  // The file may give a branch by its name or its id; the server reads both as the id: shown by name.
  if (field === 'branchId') return names.branchName(value) ?? String(value);
  if (ENUMS.has(field)) return enumLabel(field, value);
  if (DATES.has(field)) return h('time', { datetime: value }, formatDate(value));
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return String(value);
}

const problemText = (p) =>
  h(
    'li',
    { dataset: { code: p.code, field: p.field ?? '' } },
    p.column ? `${p.column}：` : '',
    tFirst([`error.${p.code}`], p.code),
    h('span', { class: 'detail small muted' }, ` ${p.message}`),
  );

/**
 * The dry run as a table: one line per row of the file, problem rows and cells marked. A row is told
 * by its line and its name; a member number the file may carry is not shown (a problem with it is).
 */
function resultTable(result, names) {
  return h(
    'table',
    { class: 'list import-rows keep-grid', id: 'import-rows' },
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, t('import.line')), COLUMNS.map((c) => h('th', { scope: 'col' }, fieldLabel(c))), h('th', { scope: 'col' }, t('import.problems'))),
    ),
    h(
      'tbody',
      null,
      result.rows.map((row) => {
        const bad = new Set(row.problems.map((p) => p.field));
        return h(
          'tr',
          { class: row.problems.length > 0 ? 'invalid' : 'valid', dataset: { row: String(row.row) } },
          h('td', null, String(row.line ?? row.row)),
          COLUMNS.map((c) => h('td', { class: bad.has(c) ? 'bad' : null, dataset: { field: c } }, cellText(c, row.fields[c], bad.has(c), names))),
          h('td', null, row.problems.length === 0 ? h('span', { class: 'ok-mark' }, t('import.ok')) : h('ul', { class: 'problems' }, row.problems.map(problemText))),
        );
      }),
    ),
  );
}

export async function importPage({ basics, flash, navigate }) {
  if (!basics.me.roles.includes('admin')) return errorPanel(new ApiError(403, { code: 'forbidden_role' }));
  const file = h('input', { type: 'file', id: 'import-file', accept: '.xlsx,.csv,text/csv' });
  const check = h('button', { type: 'submit', class: 'primary', id: 'import-check' }, t('import.check'));
  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const outcome = h('div', { id: 'import-result' });

  const fail = (error) => {
    const p = error instanceof ApiError ? error.problem : {};
    const where = typeof p.row === 'number' ? t('import.where', { row: p.row, line: p.line ?? '—', column: p.column ?? p.field ?? '—' }) : '';
    alert.replaceChildren(h('p', null, where, error instanceof ApiError ? error.text() : t('error.network')));
    if (typeof p.detail === 'string') alert.append(h('p', { class: 'detail' }, p.detail));
    alert.hidden = false;
  };

  async function confirm(chosen, button) {
    button.disabled = true;
    try {
      const result = await send(chosen, false);
      flash(t('members.import.done', { count: result.imported }));
      navigate('#/members');
    } catch (error) {
      button.disabled = false;
      fail(error);
    }
  }

  const form = h(
    'form',
    { class: 'command-form', id: 'import-members', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('import.file')), file),
    alert,
    h('div', { class: 'form-actions' }, check),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    outcome.replaceChildren();
    const chosen = file.files?.[0];
    if (!chosen) {
      alert.replaceChildren(h('p', null, t('import.chooseFile')));
      alert.hidden = false;
      return;
    }
    check.disabled = true;
    try {
      const [result, names] = await Promise.all([send(chosen, true), loadNames(['branches'])]);
      const invalid = result.rows.filter((r) => r.problems.length > 0).length;
      const count = result.members.length;
      const button = h('button', { type: 'button', class: 'primary', id: 'import-confirm', disabled: !result.valid }, t('import.confirm', { count }));
      button.addEventListener('click', () => confirm(chosen, button));
      mount(
        outcome,
        h(
          'div',
          { class: `panel ${result.valid ? 'notice' : 'error'}`, role: 'status', dataset: { valid: String(result.valid) } },
          h('p', null, result.valid ? t('import.valid', { count }) : t('import.invalid', { invalid, count: result.rows.length })),
        ),
        h('div', { class: 'scroll-x' }, resultTable(result, names)),
        h('div', { class: 'form-actions' }, button),
      );
    } catch (error) {
      fail(error);
    } finally {
      check.disabled = false;
    }
  });

  return [
    pageHeader(t('import.title'), h('a', { href: '#/members', class: 'no-print' }, t('common.back'))),
    section(t('import.choose'), h('p', { class: 'muted' }, t('import.intro')), h('pre', { class: 'example' }, t('import.example')), form),
    outcome,
  ];
}
