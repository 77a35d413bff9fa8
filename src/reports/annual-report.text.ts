/** The annual report's words in Chinese (the default) and English: headings, sentences, labels, dates. */
import type { ActivityKind } from '../../workflows/activity.ts';
import type { Language } from '../export/negotiate.ts';

/** The languages the report is written in: those of Accept-Language negotiation (src/export/negotiate.ts). */
export type ReportLanguage = Language;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ReportText {
  title(year: number): string;
  subtitle(asOf: string): string;
  headings: {
    membership: string;
    branches: string;
    recruitment: string;
    cadres: string;
    secondments: string;
    suggestions: string;
    activities: string;
  };
  membership(f: { asOf: string; members: number; working: number; retired: number; born1980s: number; degree: number; senior: number; share: string }): string;
  decadeChart: string;
  decade(decade: string): string;
  branches(f: { branches: number; committee: number }): string;
  recruitment(f: { year: number; admitted: number; quota: number; overQuota: number; received: number; inProgress: number }): string;
  cadres(f: { pool: number; entered: number; appointed: number; removed: number; tasks: number; courses: number }): string;
  secondments(count: number): string;
  suggestions(f: { received: number; onTime: number; late: number; pending: number; overdue: number }): string;
  collections(f: { minimum: number; missed: string[] }): string;
  activities(f: { count: number; participations: number; participants: number }): string;
  columns: Record<
    | 'decade'
    | 'members'
    | 'branch'
    | 'name'
    | 'approvedOn'
    | 'approvalNo'
    | 'poolSince'
    | 'state'
    | 'task'
    | 'assignedOn'
    | 'dueOn'
    | 'completedOn'
    | 'course'
    | 'institution'
    | 'period'
    | 'hostUnit'
    | 'post'
    | 'reportedOn'
    | 'term'
    | 'box'
    | 'month'
    | 'collections'
    | 'suggestionsFound'
    | 'date'
    | 'kind'
    | 'title'
    | 'place'
    | 'participants'
    | 'count'
    | 'participations',
    string
  >;
  kinds: Record<ActivityKind, string>;
  states: Record<string, string>;
  months(n: number): string;
  date(iso: string): string;
  month(yyyyMm: string): string;
  percent(share: number): string;
}

const percent = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

const zh: ReportText = {
  title: (year) => `${year}年度组织建设工作报告`,
  subtitle: (asOf) => `数据截至${zh.date(asOf)}，由 Docket 根据事件日志生成`,
  headings: {
    membership: '一、会员队伍及结构',
    branches: '二、支部和基层委员会',
    recruitment: '三、会员发展',
    cadres: '四、后备干部队伍建设',
    secondments: '五、挂职锻炼',
    suggestions: '六、意见建议办理',
    activities: '七、组织活动',
  },
  membership: (f) =>
    `截至${zh.date(f.asOf)}，共有会员${f.members}人，其中在职${f.working}人、退休${f.retired}人；80后会员${f.born1980s}人。` +
    `在职会员中具有大学本科及以上学历的${f.degree}人，具有中级及以上职称的${f.senior}人，占在职会员的${f.share}。`,
  decadeChart: '会员出生年代分布',
  decade: (decade) => `${decade.replace(/s$/, '')}年代`,
  branches: (f) => `下设支部${f.branches}个，基层委员会委员${f.committee}人。`,
  recruitment: (f) =>
    `${f.year}年发展新会员${f.admitted}名，年度发展名额${f.quota}名${f.overQuota > 0 ? `，其中超出名额${f.overQuota}名` : ''}；` +
    `全年受理入会申请${f.received}份，尚在办理中的申请${f.inProgress}份。`,
  cadres: (f) =>
    `后备干部库现有${f.pool}人，本年新进入${f.entered}人，任用${f.appointed}人，调出${f.removed}人；本年向后备干部交办任务${f.tasks}项，选送培训${f.courses}人次。`,
  secondments: (count) => `本年共有${count}名会员在政府部门挂职锻炼。`,
  suggestions: (f) =>
    `本年收到意见建议${f.received}件，按期答复${f.onTime}件，逾期答复${f.late}件，尚待答复${f.pending}件（其中已逾期${f.overdue}件）。`,
  collections: (f) =>
    `意见箱按每月至少开箱${f.minimum}次的要求开启。` + (f.missed.length === 0 ? '各月均达到要求。' : `未达到要求的月份：${f.missed.join('、')}。`),
  activities: (f) => `本年共组织活动${f.count}次，会员参加${f.participations}人次，共有${f.participants}名会员参加。`,
  columns: {
    decade: '出生年代',
    members: '人数',
    branch: '支部',
    name: '姓名',
    approvedOn: '批准日期',
    approvalNo: '批准文号',
    poolSince: '入库日期',
    state: '状态',
    task: '任务',
    assignedOn: '交办日期',
    dueOn: '完成期限',
    completedOn: '完成日期',
    course: '培训班次',
    institution: '培训机构',
    period: '培训时间',
    hostUnit: '挂职单位',
    post: '挂职岗位',
    reportedOn: '到岗日期',
    term: '挂职期限',
    box: '意见箱',
    month: '月份',
    collections: '开箱次数',
    suggestionsFound: '收到意见',
    date: '日期',
    kind: '类别',
    title: '活动名称',
    place: '地点',
    participants: '参加人数',
    count: '次数',
    participations: '参加人次',
  },
  kinds: {
    study: '学习',
    research: '调研',
    social_service: '社会服务',
    consultation: '参政议政',
    training: '培训',
    fellowship: '联谊',
    meeting: '会议',
    other: '其他',
  },
  states: {
    in_pool: '在库',
    appointed: '已任用',
    removed: '已调出',
    on_duty: '挂职中',
    final_assessment: '期满考核',
    completed: '已完成',
  },
  months: (n) => `${n}个月`,
  date: (iso) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`,
  month: (yyyyMm) => `${Number(yyyyMm.slice(5, 7))}月`,
  percent,
};

const en: ReportText = {
  title: (year) => `Organisation building report ${year}`,
  subtitle: (asOf) => `Figures as of ${en.date(asOf)}, computed by Docket from the event log`,
  headings: {
    membership: '1. Membership and its composition',
    branches: '2. Branches and the committee',
    recruitment: '3. Recruitment against the quota',
    cadres: '4. Reserve cadres',
    secondments: '5. Secondments',
    suggestions: '6. Suggestions',
    activities: '7. Organisation activities',
  },
  membership: (f) =>
    `On ${en.date(f.asOf)} the organisation had ${f.members} members: ${f.working} working and ${f.retired} retired; ${f.born1980s} were born in the 1980s. ` +
    `Of the working members, ${f.degree} hold a university degree and ${f.senior} a senior or intermediate title, ${f.share} of the working members.`,
  decadeChart: 'Members by decade of birth',
  decade: (decade) => decade,
  branches: (f) => `The organisation has ${f.branches} branches and a committee of ${f.committee}.`,
  recruitment: (f) =>
    `${f.admitted} new members were admitted in ${f.year} against a quota of ${f.quota}${f.overQuota > 0 ? ` (${f.overQuota} over the quota)` : ''}; ` +
    `${f.received} applications were received during the year and ${f.inProgress} are still in progress.`,
  cadres: (f) =>
    `The reserve cadre pool holds ${f.pool}; ${f.entered} entered it this year, ${f.appointed} were appointed and ${f.removed} removed. ` +
    `Reserve cadres were given ${f.tasks} tasks and sent to ${f.courses} courses this year.`,
  secondments: (count) => `${count} members served on secondment to government bodies this year.`,
  suggestions: (f) =>
    `${f.received} suggestions were received this year: ${f.onTime} answered on time, ${f.late} answered late, ${f.pending} awaiting a reply (${f.overdue} of them overdue).`,
  collections: (f) =>
    `The suggestion box is to be opened at least ${f.minimum} times a month. ` +
    (f.missed.length === 0 ? 'Every month met the rule.' : `Months that missed it: ${f.missed.join(', ')}.`),
  activities: (f) => `${f.count} activities were held this year, with ${f.participations} participations by ${f.participants} different members.`,
  columns: {
    decade: 'Decade of birth',
    members: 'Members',
    branch: 'Branch',
    name: 'Name',
    approvedOn: 'Approved on',
    approvalNo: 'Approval no.',
    poolSince: 'In the pool since',
    state: 'State',
    task: 'Task',
    assignedOn: 'Assigned on',
    dueOn: 'Due on',
    completedOn: 'Completed on',
    course: 'Course',
    institution: 'Institution',
    period: 'Period',
    hostUnit: 'Host unit',
    post: 'Post',
    reportedOn: 'Reported on',
    term: 'Term',
    box: 'Box',
    month: 'Month',
    collections: 'Collections',
    suggestionsFound: 'Suggestions found',
    date: 'Date',
    kind: 'Kind',
    title: 'Title',
    place: 'Place',
    participants: 'Participants',
    count: 'Activities',
    participations: 'Participations',
  },
  kinds: {
    study: 'Study',
    research: 'Survey and research',
    social_service: 'Social service',
    consultation: 'Political consultation',
    training: 'Training',
    fellowship: 'Fellowship',
    meeting: 'Meeting',
    other: 'Other',
  },
  states: {
    in_pool: 'in the pool',
    appointed: 'appointed',
    removed: 'removed',
    on_duty: 'on duty',
    final_assessment: 'final assessment',
    completed: 'completed',
  },
  months: (n) => `${n} months`,
  date: (iso) => `${Number(iso.slice(8, 10))} ${MONTHS_EN[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`,
  month: (yyyyMm) => `${(MONTHS_EN[Number(yyyyMm.slice(5, 7)) - 1] ?? '').slice(0, 3)} ${yyyyMm.slice(0, 4)}`,
  percent,
};

export const REPORT_TEXT: Record<ReportLanguage, ReportText> = { 'zh-CN': zh, en };
