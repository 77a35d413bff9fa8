/**
 * Users (admin): who may use the console and the API, in which roles and scope. A person gets a
 * user name and password; an integrator a token (shown once). Each user can be edited (roles,
 * links, host unit, user name, expiry, e-mail and language of notices), given a new password (their sessions end) or a new token
 * (the old one stops at once), or revoked.
 */
import { h } from '../dom.js';
import { formatDateTime, formatList, roleLabel, t } from '../i18n.js';
import { ApiError, get, post, request } from '../api.js';
import { loadNames } from '../names.js';
import { INVALID_CHOICE, picker } from '../picker.js';
import { errorPanel, formAlert, noticePanel, onSubmit, pageHeader, sayIn, section, table } from '../ui.js';

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


/** An ISO instant as a datetime-local value in the browser's zone, and back. */
function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const fromLocalInput = (value) => (value ? new Date(value).toISOString() : null);

/**
 * The fields of a user, filled from `p` (editing) or empty (creating, with a password field).
 * `values()` gives the API body: on create only what was filled in, on edit every field (null clears).
 */
function userFields(prefix, names, p = null) {
  const input = (name, attrs = {}) => h('input', { id: `${prefix}-${name}`, name, type: 'text', autocomplete: 'off', ...attrs });
  const name = input('name', { maxlength: 200, value: p?.name ?? '' });
  const username = input('username', { maxlength: 64, spellcheck: 'false', value: p?.username ?? '' });
  const password = p ? null : input('password', { type: 'password', autocomplete: 'new-password', maxlength: 200 });
  // Member, branch and host unit are chosen by name; the user never types or sees their ids.
  const memberId = picker({ id: `${prefix}-memberId`, name: 'memberId', options: names.memberOptions(), value: p?.memberId ?? undefined });
  const branchId = picker({ id: `${prefix}-branchId`, name: 'branchId', options: names.optionsFor('branchId'), value: p?.branchId ?? undefined });
  const hostUnit = picker({ id: `${prefix}-hostUnit`, name: 'hostUnit', options: names.optionsFor('hostUnit'), strict: false, value: p?.hostUnit ?? undefined });
  const expiresAt = input('expiresAt', { type: 'datetime-local', value: toLocalInput(p?.expiresAt) });
  const email = input('email', { type: 'email', maxlength: 254, value: p?.email ?? '' });
  const locale = h(
    'select',
    { id: `${prefix}-locale`, name: 'locale' },
    h('option', { value: '' }, t('principals.locale.default')),
    h('option', { value: 'zh-CN', selected: p?.locale === 'zh-CN' }, '中文'),
    h('option', { value: 'en', selected: p?.locale === 'en' }, 'English'),
  );
  const roles = ROLES.map((role) => h('input', { type: 'checkbox', name: 'roles', value: role, id: `${prefix}-role-${role}`, checked: p?.roles.includes(role) ?? false }));
  const field = (control, label, ...extra) => h('div', { class: 'field' }, h('label', { for: control.id }, label), control, extra);
  const pickerField = (chooser, label, ...extra) => h('div', { class: 'field' }, h('label', { for: chooser.control.id }, label), chooser.element, extra);
  const chosen = (chooser) => {
    const value = chooser.read();
    return value === INVALID_CHOICE || value === undefined ? null : value;
  };
  const elements = h(
    'div',
    { class: 'fields' },
    h('div', { class: 'field' }, h('label', { for: name.id }, t('principals.name'), h('span', { class: 'req' }, ' *')), name),
    field(username, t('principals.username')),
    password ? field(password, t('principals.password'), h('p', { class: 'hint small muted' }, t('principals.passwordHint'))) : null,
    pickerField(memberId, t('field.memberId')),
    pickerField(branchId, t('field.branchId')),
    pickerField(hostUnit, t('principals.hostUnit'), h('p', { class: 'hint small muted' }, t('principals.hostUnitHint'))),
    field(expiresAt, t('principals.expiresAt')),
    field(email, t('principals.email')),
    field(locale, t('principals.locale')),
    h(
      'fieldset',
      { class: 'group roles' },
      h('legend', null, t('principals.roles'), h('span', { class: 'req' }, ' *')),
      ROLES.map((role, i) => h('div', { class: 'field checkbox' }, roles[i], h('label', { for: `${prefix}-role-${role}` }, roleLabel(role)))),
    ),
  );
  const text = (el) => el.value.trim();
  return {
    elements,
    valid: () => text(name) !== '' && roles.some((r) => r.checked) && [memberId, branchId].every((c) => c.read() !== INVALID_CHOICE),
    values() {
      const body = {
        name: text(name),
        roles: roles.filter((r) => r.checked).map((r) => r.value),
        username: text(username) || null,
        memberId: chosen(memberId),
        branchId: chosen(branchId),
        hostUnit: chosen(hostUnit),
        expiresAt: fromLocalInput(expiresAt.value),
        email: text(email) || null,
        locale: locale.value || null,
      };
      if (p) return body;
      const created = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
      return password?.value ? { ...created, password: password.value } : created;
    },
  };
}

/** A panel showing a token once. */
const tokenPanel = (message) => (token) =>
  h(
    'div',
    { class: 'panel notice token', role: 'status' },
    h('p', null, message),
    h('p', null, h('code', { class: 'token-value' }, token)),
    h('p', { class: 'small' }, t('principals.tokenOnce')),
  );

export async function principalsPage({ basics, notice, flash, rerender }) {
  if (!basics.me.roles.includes('admin')) return errorPanel(new ApiError(403, { code: 'forbidden_role' }));
  const [{ principals }, names] = await Promise.all([get('/admin/principals'), loadNames(['members', 'branches', 'hostUnits'])]);

  const created = h('div', { id: 'new-token' });
  const list = h('div', { id: 'principals' });
  const fields = userFields('p', names);
  const alert = formAlert();
  const form = h(
    'form',
    { class: 'command-form', id: 'new-principal', novalidate: true },
    fields.elements,
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('principals.create'))),
  );
  onSubmit(form, alert, async () => {
    if (!fields.valid()) return sayIn(alert, new ApiError(400, { code: 'invalid_request' }));
    const principal = await post('/admin/principals', fields.values());
    created.replaceChildren(
      principal.token
        ? tokenPanel(t('principals.created', { name: principal.name }))(principal.token)
        : h('div', { class: 'panel notice', role: 'status' }, h('p', null, t('principals.createdWithPassword', { name: principal.name, username: principal.username ?? '' }))),
    );
    form.reset();
    list.replaceChildren(userTable((await get('/admin/principals')).principals));
  });

  /** A button that asks once more before it acts. */
  const confirmed = (label, confirmLabel, className, act) => {
    const button = h('button', { type: 'button', class: className }, label);
    let armed = false;
    button.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        button.textContent = confirmLabel;
        return;
      }
      button.disabled = true;
      try {
        await act();
        armed = false;
        button.textContent = label;
        button.disabled = false;
      } catch (error) {
        button.replaceWith(errorPanel(error));
      }
    });
    return button;
  };

  /** The row's actions: edit, new password, new token, revoke; each opens or acts under the row. */
  const actions = (p, below) => {
    const edit = h('button', { type: 'button', class: 'link', dataset: { action: 'edit' } }, t('principals.edit'));
    edit.addEventListener('click', () => below.replaceChildren(editForm(p)));
    const password = h('button', { type: 'button', class: 'link', dataset: { action: 'password' } }, t('principals.resetPassword'));
    password.addEventListener('click', () => below.replaceChildren(passwordForm(p)));
    const token = confirmed(p.hasToken ? t('principals.rotateToken') : t('principals.issueToken'), t('principals.rotateConfirm'), 'link', async () => {
      const issued = await post(`/admin/principals/${encodeURIComponent(p.id)}/token`);
      below.replaceChildren(tokenPanel(t('principals.tokenIssued', { name: p.name }))(issued.token));
    });
    token.dataset.action = 'token';
    const revoke = confirmed(t('principals.revoke'), t('principals.revokeConfirm'), 'danger', async () => {
      await request('DELETE', `/admin/principals/${encodeURIComponent(p.id)}`);
      flash(t('principals.revoked', { name: p.name }));
      rerender();
    });
    revoke.dataset.action = 'revoke';
    return h('div', { class: 'row-actions' }, edit, password, token, p.id === basics.me.id ? null : revoke);
  };

  const editForm = (p) => {
    const f = userFields(`edit-${p.id}`, names, p);
    const editAlert = formAlert();
    const el = h(
      'form',
      { class: 'command-form edit-principal', novalidate: true, dataset: { id: p.id } },
      h('h3', null, t('principals.editTitle', { name: p.name })),
      f.elements,
      editAlert,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('principals.save'))),
    );
    onSubmit(el, editAlert, async () => {
      if (!f.valid()) return sayIn(editAlert, new ApiError(400, { code: 'invalid_request' }));
      const updated = await request('PATCH', `/admin/principals/${encodeURIComponent(p.id)}`, { body: f.values() });
      flash(t('principals.saved', { name: updated.name }));
      rerender();
    });
    return el;
  };

  const passwordForm = (p) => {
    const input = h('input', { id: `reset-${p.id}`, name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 200 });
    const resetAlert = formAlert();
    const el = h(
      'form',
      { class: 'command-form reset-password', novalidate: true, dataset: { id: p.id } },
      h('div', { class: 'field' }, h('label', { for: input.id }, t('principals.newPasswordFor', { name: p.name })), input, h('p', { class: 'hint small muted' }, t('principals.passwordHint'))),
      resetAlert,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('principals.setPassword'))),
    );
    onSubmit(el, resetAlert, async () => {
      await post(`/admin/principals/${encodeURIComponent(p.id)}/password`, { password: input.value });
      flash(t('principals.passwordSet', { name: p.name }));
      rerender();
    });
    return el;
  };

  const userTable = (all) => {
    const rows = [];
    for (const p of all) {
      const below = h('div', { class: 'row-detail' });
      rows.push({
        attrs: { class: p.revokedAt ? 'departed' : null, dataset: { id: p.id } },
        cells: [
          p.name,
          p.username ?? '—',
          formatList(p.roles.map(roleLabel)),
          [p.memberId ? names.memberName(p.memberId) ?? t('names.unknownMember') : null, p.branchId ? names.branchName(p.branchId) ?? t('names.unknownBranch') : null, p.hostUnit]
            .filter(Boolean)
            .join(' · ') || '—',
          p.email ? `${p.email}${p.locale ? ` · ${p.locale === 'en' ? 'English' : '中文'}` : ''}` : '—',
          h('time', { datetime: p.createdAt }, formatDateTime(p.createdAt)),
          p.revokedAt
            ? t('principals.revokedAt', { date: formatDateTime(p.revokedAt) })
            : p.expiresAt
              ? t('principals.expiresOn', { date: formatDateTime(p.expiresAt) })
              : t('principals.active'),
          p.revokedAt ? null : [actions(p, below), below],
        ],
      });
    }
    return table(
      [t('principals.name'), t('principals.username'), t('principals.roles'), t('principals.scope'), t('principals.email'), t('principals.createdAt'), t('common.state'), ''],
      rows,
    );
  };
  list.replaceChildren(userTable(principals));

  return [noticePanel(notice), pageHeader(t('principals.title')), section(t('principals.new'), created, form), section(t('principals.all'), list)];
}
