/**
 * The annual report as a document: a list of blocks (title, headings, sentences, tables, one
 * chart) in the reader's language. The HTML page and the Word document render the same blocks,
 * so both say the same thing.
 */
import type { AnnualReport } from './annual.report.ts';
import { REPORT_TEXT, type ReportLanguage } from './annual-report.text.ts';
import { barChartPng, CHART_SIZE } from './bar-chart.png.ts';
import { speak, vocabularyOf, type VocabularyName } from '../vocabulary.ts';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'chart'; caption: string; png: Buffer; width: number; height: number };

export interface ReportDocument {
  title: string;
  language: ReportLanguage;
  blocks: Block[];
}

/** The report's own words (headings, sentences, column headers) in the organisation's vocabulary; names and data stay as recorded. */
function inVocabulary(document: ReportDocument, name: VocabularyName): ReportDocument {
  if (document.language !== 'zh-CN') return document;
  const vocabulary = vocabularyOf(name);
  const say = (text: string) => speak(text, vocabulary);
  const blocks = document.blocks.map((b): Block => {
    switch (b.kind) {
      case 'table':
        return { ...b, headers: b.headers.map(say) };
      case 'chart':
        return { ...b, caption: say(b.caption) };
      default:
        return { ...b, text: say(b.text) };
    }
  });
  return { ...document, title: say(document.title), blocks };
}

export function annualReportDocument(report: AnnualReport, language: ReportLanguage, vocabulary: VocabularyName = 'generic'): ReportDocument {
  return inVocabulary(reportDocument(report, language), vocabulary);
}

function reportDocument(report: AnnualReport, language: ReportLanguage): ReportDocument {
  const text = REPORT_TEXT[language];
  const c = text.columns;
  const d = (iso: string | null) => (iso ? text.date(iso) : '—');
  const state = (s: string) => text.states[s] ?? s;
  const branchName = (id: string | null) => report.branches.find((b) => b.id === id)?.name ?? id ?? '';
  const table = (headers: string[], rows: string[][]): Block[] => (rows.length === 0 ? [] : [{ kind: 'table', headers, rows }]);
  const m = report.membership;
  const decades = Object.entries(m.bornByDecade).map(([decade, value]) => ({ label: decade, value }));
  const r = report.recruitment;
  const cadres = report.reserveCadres;
  const s = report.suggestions;
  const a = report.activities;

  const blocks: Block[] = [
    { kind: 'title', text: text.title(report.year) },
    { kind: 'subtitle', text: text.subtitle(report.asOf) },

    { kind: 'heading', text: text.headings.membership },
    {
      kind: 'paragraph',
      text: text.membership({
        asOf: report.asOf,
        members: m.members,
        working: m.working,
        retired: m.retired,
        born1980s: m.bornByDecade['1980s'] ?? 0,
        degree: m.workingWithDegree,
        senior: m.workingSeniorOrIntermediate,
        share: text.percent(m.workingSeniorOrIntermediateShare),
      }),
    },
    { kind: 'chart', caption: text.decadeChart, png: barChartPng(decades), ...CHART_SIZE },
    ...table(
      [c.decade, c.members],
      decades.map((x) => [text.decade(x.label), String(x.value)]),
    ),

    { kind: 'heading', text: text.headings.branches },
    { kind: 'paragraph', text: text.branches({ branches: report.branches.length, committee: report.committee.size }) },
    ...table(
      [c.branch, c.members],
      report.branches.map((b) => [b.name ?? b.id, String(b.members)]),
    ),

    { kind: 'heading', text: text.headings.recruitment },
    {
      kind: 'paragraph',
      text: text.recruitment({ year: report.year, admitted: r.admitted, quota: r.quota, overQuota: r.overQuota, received: r.applicationsReceived, inProgress: r.inProgress }),
    },
    ...table(
      [c.name, c.branch, c.approvedOn, c.approvalNo],
      r.members.map((x) => [x.name, branchName(x.branchId), d(x.approvedOn), x.approvalNo]),
    ),

    { kind: 'heading', text: text.headings.cadres },
    {
      kind: 'paragraph',
      text: text.cadres({
        pool: cadres.pool,
        entered: cadres.enteredPool,
        appointed: cadres.appointed,
        removed: cadres.removed,
        tasks: cadres.tasks.length,
        courses: cadres.courses.length,
      }),
    },
    ...table(
      [c.name, c.branch, c.poolSince, c.state],
      cadres.cadres.map((x) => [x.memberName, branchName(x.branchId), d(x.poolSince), state(x.state)]),
    ),
    ...table(
      [c.name, c.task, c.assignedOn, c.dueOn, c.completedOn],
      cadres.tasks.map((x) => [x.memberName, x.title, d(x.assignedOn), d(x.dueOn), d(x.completedOn)]),
    ),
    ...table(
      [c.name, c.course, c.institution, c.period, c.completedOn],
      cadres.courses.map((x) => [x.memberName, x.course, x.institution, `${d(x.startsOn)} – ${d(x.endsOn)}`, d(x.completedOn)]),
    ),

    { kind: 'heading', text: text.headings.secondments },
    { kind: 'paragraph', text: text.secondments(report.secondments.count) },
    ...table(
      [c.name, c.hostUnit, c.post, c.reportedOn, c.term, c.state],
      report.secondments.items.map((x) => [
        x.memberName,
        x.hostUnit,
        x.post,
        d(x.reportedOn),
        `${text.months(x.termMonths)}${x.termEndsOn ? ` (${d(x.termEndsOn)})` : ''}`,
        state(x.state),
      ]),
    ),

    { kind: 'heading', text: text.headings.suggestions },
    { kind: 'paragraph', text: text.suggestions({ received: s.received, onTime: s.repliedOnTime, late: s.repliedLate, pending: s.pending, overdue: s.overdue }) },
    {
      kind: 'paragraph',
      text: text.collections({ minimum: s.minimumCollectionsPerMonth, missed: s.missedMonths.map((x) => `${x.box} ${text.month(x.month)}`) }),
    },
    ...table(
      [c.box, c.month, c.collections, c.suggestionsFound],
      s.collections.map((x) => [x.box, text.month(x.month), String(x.collections), String(x.suggestions)]),
    ),

    { kind: 'heading', text: text.headings.activities },
    { kind: 'paragraph', text: text.activities({ count: a.count, participations: a.participations, participants: a.participants }) },
    ...table(
      [c.kind, c.count, c.participations],
      a.byKind.map((x) => [text.kinds[x.kind], String(x.count), String(x.participations)]),
    ),
    ...table(
      [c.date, c.kind, c.title, c.place, c.participants],
      a.items.map((x) => [d(x.date), text.kinds[x.kind], x.title, x.place, String(x.participants)]),
    ),
  ];
  return { title: text.title(report.year), language, blocks };
}
