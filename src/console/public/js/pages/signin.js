/**
 * Sign in with a user name and password (the server keeps the session, in an HttpOnly cookie), or,
 * for integrators and administrators, with an access token kept in sessionStorage for this tab.
 */
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, forgetBasics, get, post, session } from '../api.js';
import { formAlert, noticePanel, onSubmit, sayIn } from '../ui.js';

/** A field with its label. */
const field = (id, label, input) => h('div', { class: 'field' }, h('label', { for: id }, label), input);

const required = (alert, ...inputs) => {
  if (inputs.every((input) => input.value.trim() !== '')) return true;
  sayIn(alert, t('common.required'));
  return false;
};

export async function signinPage({ navigate, notice }) {
  const username = h('input', { id: 'username', name: 'username', type: 'text', autocomplete: 'username', spellcheck: 'false', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const alert = formAlert();
  const button = h('button', { type: 'submit', class: 'primary' }, t('signin.submit'));
  const form = h(
    'form',
    { class: 'signin card', id: 'signin-password', novalidate: true },
    h('h1', null, t('signin.title')),
    h('p', { class: 'muted' }, t('signin.intro')),
    field('username', t('signin.username'), username),
    field('password', t('signin.password'), password),
    alert,
    h('div', { class: 'form-actions' }, button),
  );
  onSubmit(form, alert, async () => {
    if (!required(alert, username, password)) return;
    await post('/auth/signin', { username: username.value.trim(), password: password.value }, { signingIn: true });
    session.signedInWithPassword();
    forgetBasics();
    navigate('#/inbox');
  });

  const token = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const tokenAlert = formAlert();
  const tokenButton = h('button', { type: 'submit' }, t('signin.tokenSubmit'));
  const tokenForm = h(
    'form',
    { class: 'signin-token', id: 'signin-token', novalidate: true },
    h('p', { class: 'muted small' }, t('signin.tokenIntro')),
    field('token', t('signin.token'), token),
    tokenAlert,
    h('div', { class: 'form-actions' }, tokenButton),
  );
  onSubmit(tokenForm, tokenAlert, async () => {
    if (!required(tokenAlert, token)) return;
    try {
      await get('/me', { token: token.value.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.status === 401 && error.code === 'unauthorized') throw new ApiError(401, { code: 'invalid_token' });
      throw error;
    }
    session.signedInWithToken(token.value.trim());
    forgetBasics();
    navigate('#/inbox');
  });

  queueMicrotask(() => username.focus());
  return h(
    'div',
    { class: 'signin-page' },
    noticePanel(notice),
    form,
    h('details', { class: 'signin card token-option' }, h('summary', null, t('signin.withToken')), tokenForm),
  );
}
