/**
 * Organisation settings (admin): committee size, quota, the organisation's words (vocabulary), its
 * time zone, branches, suggestion categories and policy; recorded as an event.
 */
import { h } from '../dom.js';
import { enumLabel, fieldLabel, t } from '../i18n.js';
import { ApiError, forgetBasics, get, request } from '../api.js';

/** The vocabularies a server offers (its settings schema names them). */
const VOCABULARIES = ['generic', 'jiusan'];
import { errorPanel, noticePanel, pageHeader } from '../ui.js';

const number = (id, value, min, max) => h('input', { id, name: id, type: 'number', min, max, step: 1, value, inputmode: 'numeric' });

export async function settingsPage({ basics, notice, flash, rerender }) {
  if (!basics.me.roles.includes('admin')) return errorPanel(new ApiError(403, { code: 'forbidden_role' }));
  const settings = await get('/admin/settings');

  const size = number('committeeSize', settings.committeeSize, 1, 99);
  const quota = number('recruitmentQuota', settings.recruitmentQuota, 0, 1000);
  const policy = Object.entries(settings.policy).map(([key, value]) => [key, number(`policy-${key}`, value, 0, 100000)]);
  const rows = h('tbody', { id: 'branches' });
  // A branch is shown and edited by its name. Its id, which members and applications refer to, stays
  // with the row unseen: a renamed branch keeps it, a new one is given the next free `branch-<n>`.
  const addRow = (branch = { id: '', name: '' }) => {
    const row = h(
      'tr',
      { dataset: { branch: branch.id } },
      h('td', null, h('input', { type: 'text', name: 'branch-name', value: branch.name, maxlength: 200, 'aria-label': t('settings.branchName') })),
      h('td', null, h('button', { type: 'button', class: 'danger', onclick: () => row.remove() }, t('settings.removeBranch'))),
    );
    rows.append(row);
  };
  settings.branches.forEach(addRow);
  // The organisation's words, time zone and categories (a server that has them says so by sending them).
  const vocabulary =
    settings.vocabulary === undefined
      ? null
      : h(
          'select',
          { id: 'vocabulary', name: 'vocabulary' },
          VOCABULARIES.map((v) => h('option', { value: v, selected: v === settings.vocabulary }, enumLabel('vocabulary', v))),
        );
  const timeZone = settings.timeZone === undefined ? null : h('input', { id: 'timeZone', name: 'timeZone', type: 'text', value: settings.timeZone, maxlength: 64, spellcheck: 'false' });
  const categories =
    settings.categories === undefined ? null : h('textarea', { id: 'categories', name: 'categories', rows: 5, placeholder: t('settings.categoriesHint') }, settings.categories.join('\n'));
  const comment = h('textarea', { id: 'settings-comment', rows: 2 });
  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const field = (label, control) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control);

  const form = h(
    'form',
    { class: 'command-form', id: 'settings-form', novalidate: true },
    h(
      'div',
      { class: 'fields' },
      field(fieldLabel('committeeSize'), size),
      field(fieldLabel('recruitmentQuota'), quota),
      vocabulary ? field(fieldLabel('vocabulary'), vocabulary) : null,
      timeZone ? field(fieldLabel('timeZone'), timeZone) : null,
    ),
    categories ? h('div', { class: 'fields' }, field(fieldLabel('categories'), categories), h('p', { class: 'hint small muted' }, t('settings.categoriesHint'))) : null,
    h(
      'fieldset',
      { class: 'common' },
      h('legend', null, fieldLabel('branches')),
      h(
        'table',
        { class: 'list branches keep-grid' },
        h('thead', null, h('tr', null, h('th', null, t('settings.branchName')), h('th', null, ''))),
        rows,
      ),
      h('div', { class: 'form-actions' }, h('button', { type: 'button', id: 'add-branch', onclick: () => addRow() }, t('settings.addBranch'))),
    ),
    h('fieldset', { class: 'common' }, h('legend', null, fieldLabel('policy')), h('div', { class: 'fields' }, policy.map(([key, input]) => field(fieldLabel(key), input)))),
    h('div', { class: 'fields' }, field(fieldLabel('comment'), comment)),
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('settings.save'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    const named = [...rows.querySelectorAll('tr')]
      .map((tr) => ({ id: tr.dataset.branch ?? '', name: tr.querySelector('[name="branch-name"]').value.trim() }))
      .filter((b) => b.name);
    const taken = new Set([...settings.branches.map((b) => b.id), ...named.map((b) => b.id)]);
    let next = 0;
    const freeId = () => {
      do next += 1;
      while (taken.has(`branch-${next}`));
      taken.add(`branch-${next}`);
      return `branch-${next}`;
    };
    const branches = named.map((b) => (b.id ? b : { id: freeId(), name: b.name }));
    const body = {
      committeeSize: Number(size.value),
      recruitmentQuota: Number(quota.value),
      branches,
      policy: Object.fromEntries(policy.map(([key, input]) => [key, Number(input.value)])),
      ...(vocabulary ? { vocabulary: vocabulary.value } : {}),
      ...(timeZone ? { timeZone: timeZone.value.trim() } : {}),
      ...(categories ? { categories: [...new Set(categories.value.split('\n').map((c) => c.trim()).filter(Boolean))] } : {}),
      ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
    };
    try {
      await request('PUT', '/admin/settings', { body, headers: { 'if-match': `"${settings.version}"` } });
      // The words may have changed: read them again.
      forgetBasics();
      flash(t('settings.saved'));
      rerender();
    } catch (error) {
      alert.replaceChildren(h('p', null, error instanceof ApiError ? error.text() : t('error.network')));
      if (error instanceof ApiError && !error.translated()) alert.append(h('p', { class: 'detail' }, error.message));
      alert.hidden = false;
    }
  });
  return [noticePanel(notice), pageHeader(t('settings.title')), h('div', { class: 'card' }, form)];
}
