/**
 * The annual report for a chosen year: its figures and lists in the console's language, and the
 * report to download as a Word document or an HTML page (download.js: in the console's language,
 * fetched with the user's credential, saved from memory).
 */
import { h } from '../dom.js';
import { formatDate, formatNumber, formatPercent, monthLabel, stateLabel, t } from '../i18n.js';
import { get } from '../api.js';
import { downloadButtons } from '../download.js';
import { barChart } from '../charts.js';
import { errorPanel, pageHeader, section, table } from '../ui.js';

const REPORT_FORMATS = [
  { format: 'docx', accept: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'annual.downloadDocx' },
  { format: 'html', accept: 'text/html', label: 'annual.downloadHtml' },
];
export const ANNUAL_READERS = ['chair', 'committee', 'office', 'admin'];

const figure = (label, value) => h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, value), h('span', { class: 'figure-label' }, label));
const figures = (...items) => h('div', { class: 'figures' }, items);
const d = (iso) => (iso ? formatDate(iso) : '—');

export async function annualPage({ query: search, navigate }) {
  const thisYear = new Date().getFullYear();
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 1949 && asked <= thisYear ? asked : thisYear - 1;

  const yearInput = h('input', { type: 'number', id: 'annual-year', min: 1949, max: thisYear, value: year, 'aria-label': t('common.year') });
  const controls = h(
    'div',
    { class: 'no-print' },
    h(
      'form',
      { class: 'inline-form', onsubmit: (e) => (e.preventDefault(), navigate(`#/annual?year=${yearInput.value}`)) },
      h('label', { for: 'annual-year' }, t('common.year')),
      yearInput,
      h('button', { type: 'submit' }, t('common.show')),
    ),
    downloadButtons(`/reports/annual?year=${year}`, REPORT_FORMATS),
  );
  let r;
  try {
    r = await get(`/reports/annual?year=${year}`);
  } catch (error) {
    // The year form stays, so another year can be chosen.
    return [pageHeader(t('annual.title', { year }), controls), errorPanel(error)];
  }
  const m = r.membership;

  const decades = Object.entries(m.bornByDecade).map(([decade, value]) => ({ label: t('report.decade', { decade, year: decade.replace(/\D+$/, '') }), value }));
  const s = r.suggestions;
  const a = r.activities;
  const c = r.reserveCadres;
  return [
    pageHeader(t('annual.title', { year: r.year }), controls),
    h('p', { class: 'muted' }, t('annual.asOf', { date: formatDate(r.asOf) })),
    section(
      t('annual.membership'),
      figures(
        figure(t('report.members'), formatNumber(m.members)),
        figure(t('report.working'), formatNumber(m.working)),
        figure(t('report.retired'), formatNumber(m.retired)),
        figure(t('annual.born1980s'), formatNumber(m.bornByDecade['1980s'] ?? 0)),
        figure(t('report.workingWithDegree'), formatNumber(m.workingWithDegree)),
        figure(t('report.workingSeniorOrIntermediate'), `${formatNumber(m.workingSeniorOrIntermediate)} · ${formatPercent(m.workingSeniorOrIntermediateShare)}`),
      ),
      barChart(t('report.byDecade'), decades, { id: 'annual-decades' }),
    ),
    section(
      t('annual.branches'),
      figures(figure(t('annual.branchCount'), formatNumber(r.branches.length)), figure(t('annual.committee'), formatNumber(r.committee.size))),
      table([t('report.branch'), t('report.members')], r.branches.map((b) => [b.name || t('names.unknownBranch'), formatNumber(b.members)])),
    ),
    section(
      t('annual.recruitment'),
      figures(
        figure(t('annual.admitted'), t('report.admissionsValue', { count: formatNumber(r.recruitment.admitted), quota: formatNumber(r.recruitment.quota) })),
        figure(t('annual.applications'), formatNumber(r.recruitment.applicationsReceived)),
        figure(t('annual.inProgress'), formatNumber(r.recruitment.inProgress)),
      ),
      table([t('annual.name'), t('report.branch'), t('annual.approvedOn')], r.recruitment.members.map((x) => [x.name, r.branches.find((b) => b.id === x.branchId)?.name || t('names.unknownBranch'), d(x.approvedOn)])),
    ),
    section(
      t('annual.cadres'),
      figures(figure(t('annual.pool'), formatNumber(c.pool)), figure(t('annual.tasks'), formatNumber(c.tasks.length)), figure(t('annual.courses'), formatNumber(c.courses.length))),
      table([t('annual.name'), t('annual.poolSince'), t('common.state')], c.cadres.map((x) => [x.memberName, d(x.poolSince), stateLabel(x.state, 'cadre-training')])),
      table([t('annual.name'), t('annual.task'), t('annual.dueOn'), t('annual.completedOn')], c.tasks.map((x) => [x.memberName, x.title, d(x.dueOn), d(x.completedOn)])),
      table(
        [t('annual.name'), t('annual.course'), t('annual.institution'), t('annual.period')],
        c.courses.map((x) => [x.memberName, x.course, x.institution, `${d(x.startsOn)} – ${d(x.endsOn)}`]),
      ),
    ),
    section(
      t('annual.secondments'),
      figures(figure(t('annual.seconded'), formatNumber(r.secondments.count))),
      table(
        [t('annual.name'), t('annual.hostUnit'), t('annual.post'), t('annual.reportedOn'), t('annual.term')],
        r.secondments.items.map((x) => [x.memberName, x.hostUnit, x.post, d(x.reportedOn), t('annual.months', { months: x.termMonths })]),
      ),
    ),
    section(
      t('annual.suggestions'),
      figures(
        figure(t('report.suggestions.received'), formatNumber(s.received)),
        figure(t('report.suggestions.repliedOnTime'), formatNumber(s.repliedOnTime)),
        figure(t('report.suggestions.repliedLate'), formatNumber(s.repliedLate)),
        figure(t('report.suggestions.pending'), formatNumber(s.pending)),
      ),
      h(
        'p',
        { id: 'missed-months' },
        s.missedMonths.length === 0
          ? t('annual.cadenceMet', { min: s.minimumCollectionsPerMonth })
          : t('annual.cadenceMissed', { min: s.minimumCollectionsPerMonth, months: s.missedMonths.map((x) => `${x.box} ${monthLabel(Number(x.month.slice(5)))}`).join(', ') }),
      ),
    ),
    section(
      t('annual.activities'),
      figures(figure(t('annual.activityCount'), formatNumber(a.count)), figure(t('annual.participations'), formatNumber(a.participations))),
      table(
        [t('annual.date'), t('annual.kind'), t('annual.activityTitle'), t('annual.place'), t('annual.participants')],
        a.items.map((x) => [d(x.date), t(`enum.kind.${x.kind}`), x.title, x.place, formatNumber(x.participants)]),
        { empty: t('common.empty') },
      ),
    ),
  ];
}
