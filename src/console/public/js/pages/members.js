/** The member roster; each member opens as a `member` instance (retirement, departure, profile). */
import { h } from '../dom.js';
import { enumLabel, formatDate, t } from '../i18n.js';
import { get, query } from '../api.js';
import { instanceHref, pageHeader, table } from '../ui.js';

export async function membersPage() {
  const items = [];
  let cursor = null;
  do {
    const page = await get(`/members${query({ limit: 500, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < 5000);
  return [
    pageHeader(t('members.title')),
    table(
      [t('field.name'), t('field.gender'), t('field.birthDate'), t('field.education'), t('field.title'), t('field.employment'), t('members.branch'), t('members.joinedOn'), t('members.status')],
      items.map((m) => ({
        attrs: { class: m.current ? null : 'departed' },
        cells: [
          h('a', { href: instanceHref('member', m.id) }, m.name),
          enumLabel('gender', m.gender),
          h('time', { datetime: m.birthDate }, formatDate(m.birthDate)),
          enumLabel('education', m.education),
          enumLabel('title', m.title),
          enumLabel('employment', m.employment),
          m.branchId,
          h('time', { datetime: m.joinedOn }, formatDate(m.joinedOn)),
          m.current ? t('members.current') : t('members.departed'),
        ],
      })),
    ),
  ];
}
