/** Users (admin): who may use the console and in which roles; a new user's token is shown once. */
import { h } from '../dom.js';
import { formatDateTime, formatList, roleLabel, t } from '../i18n.js';
import { ApiError, get, post, request } from '../api.js';
import { suggestionsFor } from '../suggestions.js';
import { errorPanel, noticePanel, pageHeader, section, table } from '../ui.js';

export const ROLES = [
  'office',
  'chair',
  'committee',
  'branch_chair',
  'member',
  'suggestion_manager',
  'handler',
  'city_committee',
  'united_front',
  'host_unit',
  'admin',
];

export async function principalsPage({ basics, notice, flash, rerender }) {
  if (!basics.me.roles.includes('admin')) return errorPanel(new ApiError(403, { code: 'forbidden_role' }));
  const [{ principals }, suggestions] = await Promise.all([
    get('/admin/principals'),
    suggestionsFor([{ schema: { properties: { memberId: {}, branchId: {} } } }]),
  ]);

  const name = h('input', { id: 'p-name', name: 'name', type: 'text', maxlength: 200, autocomplete: 'off' });
  const roles = ROLES.map((role) => h('input', { type: 'checkbox', name: 'roles', value: role, id: `p-role-${role}` }));
  const memberId = h('input', { id: 'p-member', name: 'memberId', type: 'text', list: 'p-member-list', autocomplete: 'off' });
  const branchId = h('input', { id: 'p-branch', name: 'branchId', type: 'text', list: 'p-branch-list', autocomplete: 'off' });
  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const created = h('div', { id: 'new-token' });
  const list = h('div', { id: 'principals' });
  const datalist = (id, options = []) => h('datalist', { id }, options.map((o) => h('option', { value: o.value }, o.label)));

  const form = h(
    'form',
    { class: 'command-form', id: 'new-principal', novalidate: true },
    h(
      'div',
      { class: 'fields' },
      h('div', { class: 'field' }, h('label', { for: 'p-name' }, t('principals.name'), h('span', { class: 'req' }, ' *')), name),
      h('div', { class: 'field' }, h('label', { for: 'p-member' }, t('field.memberId')), memberId, datalist('p-member-list', suggestions.memberId)),
      h('div', { class: 'field' }, h('label', { for: 'p-branch' }, t('field.branchId')), branchId, datalist('p-branch-list', suggestions.branchId)),
      h(
        'fieldset',
        { class: 'group roles' },
        h('legend', null, t('principals.roles'), h('span', { class: 'req' }, ' *')),
        ROLES.map((role, i) => h('div', { class: 'field checkbox' }, roles[i], h('label', { for: `p-role-${role}` }, roleLabel(role)))),
      ),
    ),
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('principals.create'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    const chosen = roles.filter((r) => r.checked).map((r) => r.value);
    if (!name.value.trim() || chosen.length === 0) {
      alert.textContent = t('form.invalid');
      alert.hidden = false;
      return;
    }
    try {
      const principal = await post('/admin/principals', {
        name: name.value.trim(),
        roles: chosen,
        ...(memberId.value.trim() ? { memberId: memberId.value.trim() } : {}),
        ...(branchId.value.trim() ? { branchId: branchId.value.trim() } : {}),
      });
      form.reset();
      list.replaceChildren(userTable((await get('/admin/principals')).principals));
      created.replaceChildren(
        h(
          'div',
          { class: 'panel notice token', role: 'status' },
          h('p', null, t('principals.created', { name: principal.name })),
          h('p', null, h('code', { class: 'token-value' }, principal.token)),
          h('p', { class: 'small' }, t('principals.tokenOnce')),
        ),
      );
    } catch (error) {
      alert.textContent = error instanceof ApiError ? error.text() : t('error.network');
      alert.hidden = false;
    }
  });

  const revoke = (principal) => {
    const button = h('button', { type: 'button', class: 'danger', dataset: { id: principal.id } }, t('principals.revoke'));
    let armed = false;
    button.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        button.textContent = t('principals.revokeConfirm');
        return;
      }
      button.disabled = true;
      try {
        await request('DELETE', `/admin/principals/${encodeURIComponent(principal.id)}`);
        flash(t('principals.revoked', { name: principal.name }));
        rerender();
      } catch (error) {
        button.replaceWith(errorPanel(error));
      }
    });
    return button;
  };

  const userTable = (all) =>
    table(
      [t('principals.name'), t('principals.roles'), t('field.memberId'), t('field.branchId'), t('principals.createdAt'), t('common.state'), ''],
      all.map((p) => ({
        attrs: { class: p.revokedAt ? 'departed' : null, dataset: { id: p.id } },
        cells: [
          p.name,
          formatList(p.roles.map(roleLabel)),
          p.memberId ?? '—',
          p.branchId ?? '—',
          h('time', { datetime: p.createdAt }, formatDateTime(p.createdAt)),
          p.revokedAt ? t('principals.revokedAt', { date: formatDateTime(p.revokedAt) }) : t('principals.active'),
          p.revokedAt || p.id === basics.me.id ? null : revoke(p),
        ],
      })),
    );
  list.replaceChildren(userTable(principals));

  return [noticePanel(notice), pageHeader(t('principals.title')), section(t('principals.new'), created, form), section(t('principals.all'), list)];
}
