/**
 * The columns of every export, one table per listing or view, with headers in Chinese and English
 * and the file's name. Each table reads exactly the rows its JSON route answers with (the routes
 * hand the same reads to src/export/respond.ts), so an export never shows more than the JSON does.
 */
import type { MemberView } from '../members/member-queries.ts';
import type { DisclosedRow } from '../privacy/disclose.ts';
import { memberColumn, valueLabel } from '../members/member-columns.ts';
import type { InstanceListItem } from '../views/instances.query.ts';
import type { InboxEntry } from '../views/inbox.query.ts';
import type { PendingReplyEntry } from '../views/pending-replies.query.ts';
import type { CadenceMonth } from '../views/collections.query.ts';
import type { AuditDecision } from '../views/secondment-audit.query.ts';
import type { OrganizationReport } from '../reports/organization.report.ts';
import type { Language } from './negotiate.ts';
import { column, type Column, type Table } from './table.ts';
import { speak, type VocabularyName } from '../vocabulary.ts';

const words = (language: Language, labels: Readonly<Record<string, string>>, values: readonly string[]) =>
  values.map((v) => (language === 'en' ? v : (labels[v] ?? v))).join(language === 'en' ? ', ' : '、');

/** A roster row as the read policy discloses it: a personal field the reader may not see is left out (an empty cell). */
type RosterRow = DisclosedRow<MemberView>;

/** A roster column under the header an import reads back (src/members/member-columns.ts). */
function rosterColumn(field: keyof MemberView & keyof RosterRow & string, kind: Column<RosterRow>['kind']): Column<RosterRow> {
  const spec = memberColumn(field);
  return {
    header: spec.header,
    kind,
    value: (m, language) => {
      const value = m[field];
      return typeof value === 'string' && spec.values ? valueLabel(spec, value, language) : ((value ?? null) as string | boolean | null);
    },
  };
}

export const MEMBERS_TABLE: Table<RosterRow> = {
  file: { 'zh-CN': '成员名册', en: 'members' },
  columns: [
    rosterColumn('id', 'text'),
    rosterColumn('name', 'text'),
    rosterColumn('gender', 'text'),
    rosterColumn('birthDate', 'date'),
    rosterColumn('education', 'text'),
    rosterColumn('title', 'text'),
    rosterColumn('employment', 'text'),
    rosterColumn('branchId', 'text'),
    rosterColumn('joinedOn', 'date'),
    column('退休日期', 'Retired on', 'date', (m) => m.retiredOn),
    column('离社日期', 'Left on', 'date', (m) => m.departedOn),
    column('在册', 'Current', 'boolean', (m) => m.current),
    rosterColumn('admittedBy', 'text'),
  ],
};

const WORKFLOW_TITLES: Readonly<Record<string, string>> = {
  recruitment: '发展成员',
  'cadre-training': '后备干部培养',
  secondment: '挂职锻炼',
  suggestion: '意见建议',
  member: '成员',
  settings: '组织设置',
  collection: '意见箱开箱',
  voting: '表决',
};

const STATUS: Readonly<Record<string, string>> = { active: '办理中', done: '已完成' };

export function instancesTable(workflow: string): Table<InstanceListItem> {
  return {
    file: { 'zh-CN': WORKFLOW_TITLES[workflow] ?? workflow, en: workflow },
    columns: [
      column('编号', 'ID', 'text', (i) => i.id),
      column('状态', 'State', 'text', (i) => i.state),
      column('进度', 'Status', 'text', (i, language) => (language === 'en' ? i.status : (STATUS[i.status] ?? i.status))),
      column('版本', 'Version', 'number', (i) => i.version),
      column('发起日期', 'Started on', 'date', (i) => i.startedOn),
      column('最近办理', 'Updated on', 'date', (i) => i.updatedOn),
      column('数据', 'Data', 'text', (i) => JSON.stringify(i.data)),
    ],
  };
}

const REASONS: Readonly<Record<string, string>> = {
  action: '待办理',
  overdue: '答复已逾期',
  interim_review_due: '中期考察到期',
  annual_review_due: '年度考核到期',
};

export const INBOX_TABLE: Table<InboxEntry> = {
  file: { 'zh-CN': '待办事项', en: 'inbox' },
  columns: [
    column('期限', 'Due on', 'date', (i) => i.dueOn),
    column('已逾期', 'Overdue', 'boolean', (i) => i.overdue),
    column('事项类型', 'Workflow', 'text', (i, language) => (language === 'en' ? i.workflow : (WORKFLOW_TITLES[i.workflow] ?? i.workflow))),
    column('编号', 'ID', 'text', (i) => i.id),
    column('摘要', 'Summary', 'text', (i) => i.summary),
    column('状态', 'State', 'text', (i) => i.state),
    column('可办理', 'Commands', 'text', (i, language) => words(language, {}, i.commands)),
    column('提示', 'Reasons', 'text', (i, language) => words(language, REASONS, i.reasons)),
    column('以何身份', 'Roles', 'text', (i, language) => words(language, {}, i.roles)),
    column('更新时间', 'Since', 'timestamp', (i) => i.since),
  ],
};

const CHANNELS: Readonly<Record<string, string>> = { box: '意见箱', online: '网上', visit: '来访', phone: '电话' };

export const PENDING_REPLIES_TABLE: Table<PendingReplyEntry> = {
  file: { 'zh-CN': '待答复的意见建议', en: 'pending-replies' },
  columns: [
    column('编号', 'ID', 'text', (p) => p.id),
    column('类别', 'Category', 'text', (p) => p.category),
    column('渠道', 'Channel', 'text', (p, language) => (language === 'en' ? p.channel : (CHANNELS[p.channel] ?? p.channel))),
    column('收到日期', 'Received on', 'date', (p) => p.receivedOn),
    column('答复期限', 'Due on', 'date', (p) => p.dueOn),
    column('剩余天数', 'Days left', 'number', (p) => p.daysLeft),
    column('已逾期', 'Overdue', 'boolean', (p) => p.overdue),
    column('状态', 'State', 'text', (p) => p.state),
    column('承办人', 'Handler', 'text', (p) => p.handlerId),
  ],
};

export function collectionsTable(year: number): Table<CadenceMonth> {
  return {
    file: { 'zh-CN': `意见箱开箱频次-${year}`, en: `collections-${year}` },
    columns: [
      column('意见箱', 'Box', 'text', (m) => m.box),
      column('月份', 'Month', 'text', (m) => m.month),
      column('开箱次数', 'Collections', 'number', (m) => m.collections),
      column('收到意见件数', 'Suggestions', 'number', (m) => m.suggestions),
      column('开箱次数不足', 'Below minimum', 'boolean', (m) => m.belowMinimum),
    ],
  };
}

export function secondmentAuditTable(id: string): Table<AuditDecision> {
  return {
    file: { 'zh-CN': `挂职审计表-${id}`, en: `secondment-audit-${id}` },
    columns: [
      column('序号', 'Version', 'number', (d) => d.version),
      column('环节', 'Step', 'text', (d) => d.step),
      column('决定', 'Decision', 'text', (d) => d.decision),
      column('事件', 'Event', 'text', (d) => d.eventType),
      column('办理人', 'Actor', 'text', (d) => d.actorName),
      column('办理人编号', 'Actor ID', 'text', (d) => d.actorId),
      column('身份', 'Role', 'text', (d) => d.role),
      column('业务日期', 'Business date', 'date', (d) => d.occurredOn),
      column('记录时间', 'Recorded at', 'timestamp', (d) => d.recordedAt),
      column('理由', 'Reason', 'text', (d) => d.reason),
      column('备注', 'Comment', 'text', (d) => d.comment),
    ],
  };
}

/** One figure of the organisation report. */
export interface ReportLine {
  section: Readonly<Record<Language, string>>;
  item: Readonly<Record<Language, string>>;
  value: number;
}

const same = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The report's figures, one per line, in the order the console shows them; the Chinese words in the organisation's vocabulary. */
export function reportLines(r: OrganizationReport, vocabulary: VocabularyName = 'generic'): ReportLine[] {
  const both = (zh: string, en: string) => same(speak(zh, vocabulary), en);
  const members = both('成员', 'Members');
  const working = both('在职成员', 'Working members');
  const admissions = both(`${r.admissions.year}年发展成员`, `Admissions ${r.admissions.year}`);
  const suggestions = both('意见建议', 'Suggestions');
  return [
    { section: members, item: both('成员总数', 'Members'), value: r.members },
    { section: members, item: both('在职', 'Working'), value: r.working },
    { section: members, item: both('退休', 'Retired'), value: r.retired },
    ...Object.entries(r.bornByDecade)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([decade, value]) => ({ section: both('按出生年代', 'By decade of birth'), item: both(`${decade.replace(/\D+$/, '')}年代`, decade), value })),
    { section: working, item: both('本科及以上学历', 'With a degree'), value: r.workingWithDegree },
    { section: working, item: both('中级及以上职称', 'Senior or intermediate title'), value: r.workingSeniorOrIntermediate },
    { section: working, item: both('中级及以上职称占比', 'Share with senior or intermediate title'), value: r.workingSeniorOrIntermediateShare },
    ...r.branches.map((b) => ({ section: both('各支社人数', 'Members by branch'), item: same(b.name ?? b.id, b.name ?? b.id), value: b.members })),
    { section: admissions, item: both('已发展', 'Admitted'), value: r.admissions.count },
    { section: admissions, item: both('名额', 'Quota'), value: r.admissions.quota },
    { section: admissions, item: both('超出名额', 'Over quota'), value: r.admissions.overQuota },
    { section: suggestions, item: both('收到', 'Received'), value: r.suggestions.received },
    { section: suggestions, item: both('按期答复', 'Replied on time'), value: r.suggestions.repliedOnTime },
    { section: suggestions, item: both('逾期答复', 'Replied late'), value: r.suggestions.repliedLate },
    { section: suggestions, item: both('待答复', 'Pending'), value: r.suggestions.pending },
    { section: suggestions, item: both('已逾期', 'Overdue'), value: r.suggestions.overdue },
  ];
}

export function organizationReportTable(asOf: string): Table<ReportLine> {
  return {
    file: { 'zh-CN': `组织情况报表-${asOf}`, en: `organization-report-${asOf}` },
    columns: [
      column('类别', 'Section', 'text', (l, language) => l.section[language]),
      column('项目', 'Item', 'text', (l, language) => l.item[language]),
      column('数值', 'Value', 'number', (l) => l.value),
    ],
  };
}
