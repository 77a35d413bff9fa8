/**
 * The member roster; each member opens as a `member` instance (retirement, departure, profile).
 * Downloadable as Excel or CSV; an admin imports members from a file (pages/import.js).
 */
import { h } from '../dom.js';
import { enumLabel, formatDate, t } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { instanceHref, noticePanel, pageHeader, table } from '../ui.js';

export async function membersPage({ basics, notice }) {
  const items = [];
  let cursor = null;
  const branchNames = get('/reports/organization')
    .then((report) => new Map(report.branches.map((b) => [b.id, b.name ?? b.id])))
    .catch(() => new Map());
  do {
    const page = await get(`/members${query({ limit: 500, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 5000);
  const branches = await branchNames;
  return [
    noticePanel(notice),
    pageHeader(
      t('members.title'),
      h(
        'span',
        { class: 'header-actions' },
        downloadButtons('/members'),
        basics.me.roles.includes('admin') ? h('a', { href: '#/members/import', class: 'button no-print', id: 'open-import' }, t('members.import.open')) : null,
      ),
    ),
    table(
      [t('field.name'), t('field.gender'), t('field.birthDate'), t('field.education'), t('field.title'), t('field.employment'), t('members.branch'), t('members.joinedOn'), t('members.status')],
      items.map((m) => ({
        attrs: { class: m.current ? null : 'departed' },
        cells: [
          h('a', { href: instanceHref('member', m.id) }, m.name),
          enumLabel('gender', m.gender),
          // The read policy may leave the birth date out (docs/data-protection.md): say so rather than show a blank.
          m.birthDate === undefined ? h('span', { class: 'muted' }, t('members.withheld')) : h('time', { datetime: m.birthDate }, formatDate(m.birthDate)),
          enumLabel('education', m.education),
          enumLabel('title', m.title),
          enumLabel('employment', m.employment),
          branches.get(m.branchId) ?? m.branchId,
          h('time', { datetime: m.joinedOn }, formatDate(m.joinedOn)),
          m.current ? t('members.current') : t('members.departed'),
        ],
      })),
    ),
  ];
}
