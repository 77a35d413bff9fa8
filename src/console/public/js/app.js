/**
 * The console's shell: sign-in gate (GET /me answers 401 until the user signs in), header
 * (navigation, language switch, password, sign out) and a hash router (#/inbox, #/i/recruitment/ID …),
 * so no path, token or query ever reaches the server.
 */
import { h, mount } from './dom.js';
import { lang, onLangChange, setLang, t } from './i18n.js';
import { ApiError, basics, forgetBasics, session, setUnauthorizedHandler } from './api.js';
import { ROUTES } from './routes.js';
import { errorPanel } from './ui.js';
import { ANNUAL_READERS } from './pages/annual.js';

const root = document.getElementById('app');
let notice = null;

function navigate(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/inbox';
  const [path, search = ''] = raw.split('?');
  return { path, query: new URLSearchParams(search) };
}

function match(path) {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (found) return { route, params: found.slice(1).map(decodeURIComponent) };
  }
  return null;
}

async function signOut(message) {
  await session.signOut();
  forgetBasics();
  notice = message;
  navigate('#/signin');
}

// Told "signed in" no longer (an ended or expired session, a revoked token): back to the sign-in page,
// saying why only to someone who was signed in.
setUnauthorizedHandler(() => signOut(session.wasSignedIn() ? t('error.unauthorized') : null));

function header(me, active) {
  const link = (hash, key) => h('a', { href: hash, class: active === hash ? 'active' : null, 'aria-current': active === hash ? 'page' : null }, t(key));
  // On a phone the navigation and the account folds behind one button (the stylesheet decides when).
  const menu = me
    ? h('button', { type: 'button', class: 'menu-toggle', id: 'menu-toggle', 'aria-expanded': 'false', 'aria-controls': 'main-nav' }, t('nav.menu'))
    : null;
  const top = h(
    'header',
    { class: 'top no-print' },
    h('a', { class: 'brand', href: '#/inbox' }, t('app.title')),
    menu,
    me
      ? h(
          'nav',
          { 'aria-label': t('app.title'), id: 'main-nav' },
          link('#/inbox', 'nav.inbox'),
          link('#/start', 'nav.start'),
          link('#/lists', 'nav.lists'),
          link('#/pending', 'nav.pending'),
          link('#/collections', 'nav.collections'),
          link('#/report', 'nav.report'),
          ANNUAL_READERS.some((r) => me.roles.includes(r)) ? link('#/annual', 'nav.annual') : null,
          link('#/members', 'nav.members'),
          me.roles.includes('admin') ? link('#/principals', 'nav.principals') : null,
          me.roles.includes('admin') ? link('#/settings', 'nav.settings') : null,
          me.roles.includes('admin') ? link('#/notifications', 'nav.notifications') : null,
        )
      : h('span', { class: 'spacer' }),
    h(
      'div',
      { class: 'account' },
      me ? h('span', { class: 'who' }, t('nav.signedInAs', { name: me.name })) : null,
      me?.username ? h('a', { href: '#/password', id: 'change-password', class: active === '#/password' ? 'active' : null }, t('nav.password')) : null,
      h(
        'button',
        { type: 'button', class: 'lang', id: 'lang-switch', title: t('lang.switch.title'), onclick: () => setLang(lang() === 'en' ? 'zh-CN' : 'en') },
        t('lang.switch'),
      ),
      me ? h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: () => void signOut(t('signin.signedOut')) }, t('nav.signout')) : null,
    ),
  );
  menu?.addEventListener('click', () => {
    const open = top.classList.toggle('open');
    menu.setAttribute('aria-expanded', String(open));
  });
  return top;
}

let renderCount = 0;

async function render() {
  const current = ++renderCount;
  const { path, query } = parseHash();
  document.documentElement.lang = lang();
  document.title = t('app.title');
  const found = match(path) ?? match('/inbox');
  const { route, params } = found;

  let me = null;
  if (!route.public) {
    try {
      me = (await basics()).me;
    } catch (error) {
      if (current !== renderCount) return;
      if (error instanceof ApiError && error.status === 401) return; // the handler signs out
      mount(root, header(null, ''), h('main', null, errorPanel(error)));
      return;
    }
  }
  const main = h('main', { id: 'main', dataset: { page: route.name } }, h('p', { class: 'loading' }, t('app.loading')));
  mount(root, header(me, route.nav), main);
  try {
    const flash = (text) => {
      notice = text;
    };
    const context = { params, query, navigate, rerender: render, notice, flash, basics: me ? await basics() : null };
    notice = null;
    const content = await route.page(context);
    if (current !== renderCount) return;
    mount(main, content);
    main.dataset.ready = 'true';
  } catch (error) {
    if (current !== renderCount) return;
    mount(main, errorPanel(error));
    main.dataset.ready = 'true';
  }
}

window.addEventListener('hashchange', render);
onLangChange(render);
render();
