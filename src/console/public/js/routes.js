/** The console's pages by hash path. `nav` is the header link shown as active. */
import { signinPage } from './pages/signin.js';
import { inboxPage } from './pages/inbox.js';
import { instancePage } from './pages/instance.js';
import { startIndexPage, startPage } from './pages/start.js';
import { listPage, listsIndexPage } from './pages/lists.js';
import { pendingPage } from './pages/pending.js';
import { collectionsPage } from './pages/collections.js';
import { auditPage } from './pages/audit.js';
import { reportPage } from './pages/report.js';
import { annualPage } from './pages/annual.js';
import { notificationsPage } from './pages/notifications.js';
import { membersPage } from './pages/members.js';
import { importPage } from './pages/import.js';
import { principalsPage } from './pages/principals.js';
import { settingsPage } from './pages/settings.js';
import { passwordPage } from './pages/password.js';

const SEGMENT = '([^/]+)';

export const ROUTES = [
  { name: 'signin', pattern: /^\/signin$/, page: signinPage, public: true },
  { name: 'inbox', pattern: /^\/inbox$/, page: inboxPage, nav: '#/inbox' },
  { name: 'start', pattern: /^\/start$/, page: startIndexPage, nav: '#/start' },
  { name: 'start-workflow', pattern: new RegExp(`^/start/${SEGMENT}$`), page: startPage, nav: '#/start' },
  { name: 'lists', pattern: /^\/lists$/, page: listsIndexPage, nav: '#/lists' },
  { name: 'list', pattern: new RegExp(`^/list/${SEGMENT}$`), page: listPage, nav: '#/lists' },
  { name: 'instance', pattern: new RegExp(`^/i/${SEGMENT}/${SEGMENT}$`), page: instancePage },
  { name: 'pending', pattern: /^\/pending$/, page: pendingPage, nav: '#/pending' },
  { name: 'collections', pattern: /^\/collections$/, page: collectionsPage, nav: '#/collections' },
  { name: 'audit', pattern: new RegExp(`^/audit/${SEGMENT}$`), page: auditPage },
  { name: 'report', pattern: /^\/report$/, page: reportPage, nav: '#/report' },
  { name: 'annual', pattern: /^\/annual$/, page: annualPage, nav: '#/annual' },
  { name: 'notifications', pattern: /^\/notifications$/, page: notificationsPage, nav: '#/notifications' },
  { name: 'members', pattern: /^\/members$/, page: membersPage, nav: '#/members' },
  { name: 'import', pattern: /^\/members\/import$/, page: importPage, nav: '#/members' },
  { name: 'principals', pattern: /^\/principals$/, page: principalsPage, nav: '#/principals' },
  { name: 'settings', pattern: /^\/settings$/, page: settingsPage, nav: '#/settings' },
  { name: 'password', pattern: /^\/password$/, page: passwordPage, nav: '#/password' },
];
