/** The member roster; each member opens as a `member` instance (retirement, departure, profile). */
import { h } from '../dom.js';
import { enumLabel, fieldLabel, formatDate, t } from '../i18n.js';
import { ApiError, get, query, request } from '../api.js';
import { instanceHref, noticePanel, pageHeader, section, table } from '../ui.js';

const CSV_EXAMPLE = 'id,name,gender,birthDate,education,title,employment,branchId,joinedOn,cpcMember\nhn-001,张伟,male,1985-04-02,master,senior,working,b1,2010-06-01,false';

/** Admin: members imported from CSV, all rows or none; an invalid row is named with its field. */
function importSection(flash, rerender) {
  const file = h('input', { type: 'file', id: 'import-file', accept: '.csv,text/csv' });
  const text = h('textarea', { id: 'import-text', rows: 6, class: 'json', placeholder: CSV_EXAMPLE });
  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'command-form', id: 'import-members', novalidate: true },
    h('p', { class: 'muted' }, t('members.import.intro')),
    h('pre', { class: 'example' }, CSV_EXAMPLE),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('members.import.file')), file),
    h('div', { class: 'field' }, h('label', { for: 'import-text' }, t('members.import.paste')), text),
    alert,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('members.import.submit'))),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.hidden = true;
    const csv = file.files?.[0] ? await file.files[0].text() : text.value;
    if (!csv.trim()) {
      alert.textContent = t('form.field.required');
      alert.hidden = false;
      return;
    }
    try {
      const result = await request('POST', '/members/import', { raw: csv, contentType: 'text/csv' });
      flash(t('members.import.done', { count: result.imported }));
      rerender();
    } catch (error) {
      const p = error instanceof ApiError ? error.problem : {};
      const where = typeof p.row === 'number' ? t('members.import.row', { row: p.row, field: p.field ? fieldLabel(String(p.field)) : '—' }) : '';
      alert.replaceChildren(h('p', null, where, error instanceof ApiError ? error.text() : t('error.network')));
      if (error instanceof ApiError && typeof p.message === 'string') alert.append(h('p', { class: 'detail' }, p.message));
      alert.hidden = false;
    }
  });
  return section(t('members.import.title'), form);
}

export async function membersPage({ basics, notice, flash, rerender }) {
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
          branches.get(m.branchId) ?? m.branchId,
          h('time', { datetime: m.joinedOn }, formatDate(m.joinedOn)),
          m.current ? t('members.current') : t('members.departed'),
        ],
      })),
    ),
    basics.me.roles.includes('admin') ? importSection(flash, rerender) : null,
  ];
}
