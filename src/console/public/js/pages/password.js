/** Change your own password: the current one, then the new one twice. Your other sessions end. */
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';
import { formAlert, noticePanel, onSubmit, pageHeader, sayIn, section } from '../ui.js';

const MIN_LENGTH = 10;

export async function passwordPage({ notice, flash, navigate }) {
  const input = (id, autocomplete) => h('input', { id, name: id, type: 'password', autocomplete, required: true, maxlength: 200 });
  const current = input('current-password', 'current-password');
  const next = input('new-password', 'new-password');
  const again = input('new-password-again', 'new-password');
  const alert = formAlert();
  const button = h('button', { type: 'submit', class: 'primary' }, t('password.submit'));
  const field = (id, label, control, hint) =>
    h('div', { class: 'field' }, h('label', { for: id }, label, h('span', { class: 'req' }, ' *')), control, hint ? h('p', { class: 'hint small muted' }, hint) : null);
  const form = h(
    'form',
    { class: 'command-form', id: 'change-password-form', novalidate: true },
    h(
      'div',
      { class: 'fields' },
      field('current-password', t('password.current'), current),
      field('new-password', t('password.new'), next, t('password.rule', { min: MIN_LENGTH })),
      field('new-password-again', t('password.again'), again),
    ),
    alert,
    h('div', { class: 'form-actions' }, button),
  );
  onSubmit(form, alert, async () => {
    if (!current.value || !next.value) return sayIn(alert, t('common.required'));
    if (next.value.length < MIN_LENGTH) return sayIn(alert, t('password.rule', { min: MIN_LENGTH }));
    if (next.value !== again.value) return sayIn(alert, t('password.mismatch'));
    await post('/me/password', { currentPassword: current.value, newPassword: next.value });
    flash(t('password.changed'));
    navigate('#/inbox');
  });
  queueMicrotask(() => current.focus());
  return [noticePanel(notice), pageHeader(t('password.title')), section(t('password.title'), form)];
}
