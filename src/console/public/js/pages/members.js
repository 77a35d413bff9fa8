/**
 * The member roster, searchable by name and filtered by branch (both at once, as one types); each
 * member opens as a `member` instance (retirement, departure, profile). Downloadable as Excel or
 * CSV (the branch filter goes along); an admin imports members from a file (pages/import.js).
 */
import { h } from '../dom.js';
import { enumLabel, formatDate, formatNumber, t } from '../i18n.js';
import { downloadButtons } from '../download.js';
import { loadNames } from '../names.js';
import { instanceHref, noticePanel, pageHeader, table } from '../ui.js';
import { query } from '../api.js';

const normalise = (text) => String(text ?? '').trim().toLowerCase();

export async function membersPage({ basics, notice, query: search, navigate }) {
  const names = await loadNames(['members', 'branches']);
  const branch = search.get('branch') ?? '';
  const typed = search.get('q') ?? '';

  const searchInput = h('input', { type: 'search', id: 'member-search', value: typed, placeholder: t('members.searchPlaceholder'), 'aria-label': t('members.search'), autocomplete: 'off' });
  const branchFilter = h(
    'select',
    { id: 'branch-filter', 'aria-label': t('members.branchFilter') },
    h('option', { value: '' }, t('members.allBranches')),
    names.branches.map((b) => h('option', { value: b.id, selected: b.id === branch }, b.name || t('names.unknownBranch'))),
  );
  const count = h('span', { class: 'muted small', id: 'member-count', role: 'status' });

  const rows = names.members.map((m) => ({
    attrs: { class: m.current ? null : 'departed', dataset: { name: m.name, branch: m.branchId } },
    cells: [
      h('a', { href: instanceHref('member', m.id) }, m.name),
      enumLabel('gender', m.gender),
      // The read policy may leave the birth date out (docs/data-protection.md): say so rather than show a blank.
      m.birthDate === undefined ? h('span', { class: 'muted' }, t('members.withheld')) : h('time', { datetime: m.birthDate }, formatDate(m.birthDate)),
      enumLabel('education', m.education),
      enumLabel('title', m.title),
      enumLabel('employment', m.employment),
      names.branchName(m.branchId) ?? t('names.unknownBranch'),
      h('time', { datetime: m.joinedOn }, formatDate(m.joinedOn)),
      m.current ? t('members.current') : t('members.departed'),
    ],
  }));
  const list = table(
    [t('field.name'), t('field.gender'), t('field.birthDate'), t('field.education'), t('field.title'), t('field.employment'), t('members.branch'), t('members.joinedOn'), t('members.status')],
    rows,
    { class: 'list roster' },
  );

  /** Shows the rows that match the search and the branch; says how many. */
  const apply = () => {
    const q = normalise(searchInput.value);
    let shown = 0;
    for (const tr of list.querySelectorAll?.('tbody tr') ?? []) {
      const visible = (!q || normalise(tr.dataset.name).includes(q)) && (!branchFilter.value || tr.dataset.branch === branchFilter.value);
      tr.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = t('members.shown', { count: formatNumber(shown), total: formatNumber(rows.length) });
  };
  searchInput.addEventListener('input', apply);
  // The branch is kept in the address (and the download follows it).
  branchFilter.addEventListener('change', () => navigate(`#/members${query({ branch: branchFilter.value, q: searchInput.value.trim() })}`));
  apply();

  return [
    noticePanel(notice),
    pageHeader(
      t('members.title'),
      h(
        'span',
        { class: 'header-actions' },
        downloadButtons(`/members${query({ branchId: branch })}`),
        basics.me.roles.includes('admin') ? h('a', { href: '#/members/import', class: 'button no-print', id: 'open-import' }, t('members.import.open')) : null,
      ),
    ),
    h('div', { class: 'filters no-print' }, h('label', { class: 'inline' }, t('members.search'), ' ', searchInput), h('label', { class: 'inline' }, t('members.branch'), ' ', branchFilter), count),
    list,
  ];
}
