/** The organisation report as of a chosen date, with SVG charts. */
import { h } from '../dom.js';
import { formatDate, formatNumber, formatPercent, t } from '../i18n.js';
import { get, query } from '../api.js';
import { downloadButtons } from '../download.js';
import { barChart, donutChart } from '../charts.js';
import { pageHeader, section } from '../ui.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const figure = (label, value, note) =>
  h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, value), h('span', { class: 'figure-label' }, label), note ? h('span', { class: 'small muted' }, note) : null);

export async function reportPage({ query: search, navigate }) {
  const asked = search.get('asOf') ?? '';
  const report = await get(`/reports/organization${query({ asOf: DATE.test(asked) ? asked : undefined })}`);

  const dateInput = h('input', { type: 'date', id: 'as-of', value: report.asOf, 'aria-label': t('report.asOf') });
  const form = h(
    'form',
    { class: 'inline-form no-print', onsubmit: (e) => (e.preventDefault(), dateInput.value && navigate(`#/report?asOf=${dateInput.value}`)) },
    h('label', { for: 'as-of' }, t('report.asOf')),
    dateInput,
    h('button', { type: 'submit' }, t('report.show')),
  );

  const decades = Object.entries(report.bornByDecade)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([decade, value]) => ({ label: t('report.decade', { decade, year: decade.replace(/\D+$/, '') }), value }));
  const otherTitles = Math.max(0, report.working - report.workingSeniorOrIntermediate);
  const s = report.suggestions;

  return [
    pageHeader(`${t('report.title')} · ${formatDate(report.asOf)}`, h('span', { class: 'header-actions' }, form, downloadButtons(`/reports/organization?asOf=${report.asOf}`))),
    h(
      'div',
      { class: 'figures', id: 'figures' },
      figure(t('report.members'), formatNumber(report.members)),
      figure(t('report.working'), formatNumber(report.working)),
      figure(t('report.retired'), formatNumber(report.retired)),
      figure(t('report.workingWithDegree'), formatNumber(report.workingWithDegree)),
      figure(
        t('report.workingSeniorOrIntermediate'),
        formatNumber(report.workingSeniorOrIntermediate),
        t('report.share', { share: formatPercent(report.workingSeniorOrIntermediateShare) }),
      ),
      figure(
        t('report.admissions', { year: report.admissions.year }),
        t('report.admissionsValue', { count: formatNumber(report.admissions.count), quota: formatNumber(report.admissions.quota) }),
      ),
    ),
    h(
      'div',
      { class: 'chart-grid' },
      section(t('report.byDecade'), barChart(t('report.byDecade'), decades, { id: 'chart-decades' })),
      section(
        t('report.employment'),
        donutChart(
          t('report.employment'),
          [
            { label: t('report.working'), value: report.working, class: 'c1' },
            { label: t('report.retired'), value: report.retired, class: 'c2' },
          ],
          { id: 'chart-employment' },
        ),
      ),
      section(
        t('report.titles'),
        donutChart(
          t('report.titles'),
          [
            { label: t('report.workingSeniorOrIntermediate'), value: report.workingSeniorOrIntermediate, class: 'c1' },
            { label: `${t('report.working')} · ${t('enum.title.junior')} / ${t('enum.title.none')}`, value: otherTitles, class: 'c3' },
          ],
          { id: 'chart-titles' },
        ),
      ),
      section(
        t('report.branches'),
        barChart(
          t('report.branches'),
          report.branches.map((b) => ({ label: b.name || t('names.unknownBranch'), value: b.members })),
          { id: 'chart-branches' },
        ),
      ),
    ),
    section(
      t('report.suggestions'),
      h(
        'div',
        { class: 'figures' },
        figure(t('report.suggestions.received'), formatNumber(s.received)),
        figure(t('report.suggestions.repliedOnTime'), formatNumber(s.repliedOnTime)),
        figure(t('report.suggestions.repliedLate'), formatNumber(s.repliedLate)),
        figure(t('report.suggestions.pending'), formatNumber(s.pending)),
        figure(t('report.suggestions.overdue'), formatNumber(s.overdue)),
      ),
    ),
  ];
}
