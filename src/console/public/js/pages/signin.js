/** Sign in with a token: checked against GET /me, then kept in sessionStorage for this tab. */
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, forgetBasics, get, session } from '../api.js';
import { noticePanel } from '../ui.js';

export async function signinPage({ navigate, notice }) {
  const input = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const form = h(
    'form',
    { class: 'signin card', novalidate: true },
    h('h1', null, t('signin.title')),
    h('p', { class: 'muted' }, t('signin.intro')),
    h('div', { class: 'field' }, h('label', { for: 'token' }, t('signin.token')), input),
    alert,
    h('div', { class: 'form-actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    const token = input.value.trim();
    if (!token) {
      alert.textContent = t('common.required');
      alert.hidden = false;
      return;
    }
    button.disabled = true;
    try {
      await get('/me', { token });
      session.signIn(token);
      forgetBasics();
      navigate('#/inbox');
    } catch (error) {
      alert.textContent = error instanceof ApiError && error.status === 401 ? t('signin.invalid') : error instanceof ApiError ? error.text() : t('error.network');
      alert.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  queueMicrotask(() => input.focus());
  return h('div', { class: 'signin-page' }, noticePanel(notice), form);
}
