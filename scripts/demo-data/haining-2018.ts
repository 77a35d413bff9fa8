/**
 * The Haining grassroots committee as of 2018: fixed demo data (no randomness). The 73 members
 * who joined before 2018 are in members.csv (ids hn-001 … hn-073); this file holds the settings,
 * the people who act (principals), the three 2018 applicants, the two 2018 secondments, the
 * suggestion-box collections and the suggestions. Business dates are sent as `on`.
 */
import type { Role } from '../../workflows/contract.ts';

export const DEMO_BRANCHES = [
  { id: 'econ', name: '经济支部' },
  { id: 'edu', name: '教育支部' },
  { id: 'health', name: '医卫支部' },
];

export const DEMO_SETTINGS = {
  on: '2016-11-25',
  comment: '第七届基层委员会换届：委员9人，年度发展名额3名，设三个支部',
  committeeSize: 9,
  recruitmentQuota: 3,
  branches: DEMO_BRANCHES,
  // The Jiusan Society's words (社员, 支社, 入社 …) and the categories its suggestions are filed under.
  vocabulary: 'jiusan',
  categories: ['城市管理', '交通', '教育', '医疗卫生', '医疗保障', '养老服务', '生态环境', '营商环境', '食品安全', '文化旅游'],
};

/** The figures the organisation report must show as of 2018-12-31 once the demo is loaded. */
export const DEMO_EXPECTED_2018 = {
  asOf: '2018-12-31',
  members: 76,
  working: 47,
  retired: 29,
  bornIn1980s: 14,
  workingWithDegree: 47,
  workingSeniorOrIntermediate: 40,
  workingSeniorOrIntermediateShare: 0.851,
  branches: 3,
  admissions: 3,
};

export interface DemoPrincipal {
  key: string;
  name: string;
  roles: Role[];
  memberId?: string;
  branchId?: string;
  /** A host unit principal's unit, as its secondments name it. */
  hostUnit?: string;
}

/** Everyone who acts in the demo. The nine committee members are roster members. */
export const DEMO_PRINCIPALS: DemoPrincipal[] = [
  { key: 'office', name: '沈晓燕（委员会办公室）', roles: ['office'] },
  { key: 'chair', name: '周建国', roles: ['chair', 'committee', 'member'], memberId: 'hn-030' },
  { key: 'shenlihua', name: '沈丽华', roles: ['committee', 'member', 'branch_chair'], memberId: 'hn-031', branchId: 'edu' },
  { key: 'chenweimin', name: '陈伟民', roles: ['committee', 'member', 'branch_chair'], memberId: 'hn-032', branchId: 'health' },
  { key: 'wangzhigang', name: '王志刚', roles: ['committee', 'member', 'branch_chair'], memberId: 'hn-033', branchId: 'econ' },
  { key: 'zhanghongmei', name: '张红梅', roles: ['committee', 'member'], memberId: 'hn-034' },
  { key: 'liguoping', name: '李国平', roles: ['committee', 'member'], memberId: 'hn-035' },
  { key: 'qianyongming', name: '钱永明', roles: ['committee', 'member'], memberId: 'hn-038' },
  { key: 'xujianjun', name: '许建军', roles: ['committee', 'member'], memberId: 'hn-044' },
  { key: 'zhaliping', name: '查丽萍', roles: ['committee', 'member'], memberId: 'hn-045' },
  { key: 'city', name: '嘉兴市委会组织处', roles: ['city_committee'] },
  { key: 'unitedFront', name: '徐敏（海宁市委统战部）', roles: ['united_front'] },
  { key: 'hostProvince', name: '浙江省经济和信息化委员会人事处', roles: ['host_unit'], hostUnit: '浙江省经济和信息化委员会' },
  { key: 'hostCity', name: '海宁市发展和改革局办公室', roles: ['host_unit'], hostUnit: '海宁市发展和改革局' },
  { key: 'manager', name: '陆美琴（意见箱专管员）', roles: ['suggestion_manager'] },
  { key: 'handlerXu', name: '许文杰（社情民意联络员）', roles: ['handler'] },
  { key: 'handlerQian', name: '钱丽萍（社情民意联络员）', roles: ['handler'] },
];

/** The committee members in the order they vote. */
export const COMMITTEE = ['chair', 'shenlihua', 'chenweimin', 'wangzhigang', 'zhanghongmei', 'liguoping', 'qianyongming', 'xujianjun', 'zhaliping'];

/** The member who retires in 2018 (imported as working). */
export const RETIREMENT_2018 = { memberId: 'hn-029', on: '2018-06-30', comment: '陆建华同志年满六十周岁，办理退休' };

export interface DemoApplicant {
  applicant: {
    name: string;
    gender: 'male' | 'female';
    birthDate: string;
    education: 'doctorate' | 'master' | 'bachelor' | 'college' | 'secondary';
    title: 'senior' | 'intermediate' | 'junior' | 'none';
    employer: string;
    sector: string;
    employment: 'working' | 'retired';
    cpcMember: boolean;
  };
  branchId: string;
  receivedOn: string;
  qualifiedOn: string;
  contact: { memberId: string; on: string };
  investigation: { on: string; employerOpinion: string; summary: string };
  cultivationCompletedOn: string;
  sponsors: { key: string; on: string; opinion: string }[];
  branchChair: string;
  branchVote: { on: string; eligible: number; present: number; approve: number; reject: number; abstain: number };
  /** Committee members (keys) and their decisions; the chair closes the ballot the same day. */
  votes: { on: string; decisions: Record<string, 'approve' | 'reject' | 'abstain'> };
  approval: { on: string; approvalNo: string };
  inductionOn: string;
}

const COMMITTEE_MEETING = '2018-09-14';
const CITY_APPROVAL = '2018-11-20';
const INDUCTION = '2018-12-18';

export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    applicant: {
      name: '朱晨阳',
      gender: 'male',
      birthDate: '1984-10-02',
      education: 'bachelor',
      title: 'intermediate',
      employer: '海宁中国皮革城股份有限公司',
      sector: '经济',
      employment: 'working',
      cpcMember: false,
    },
    branchId: 'econ',
    receivedOn: '2018-03-05',
    qualifiedOn: '2018-03-26',
    contact: { memberId: 'hn-041', on: '2018-04-02' },
    investigation: { on: '2018-05-15', employerOpinion: '工作认真负责，业务能力强，同意推荐', summary: '政治表现良好，热心参政议政' },
    cultivationCompletedOn: '2018-07-02',
    sponsors: [
      { key: 'wangzhigang', on: '2018-07-10', opinion: '该同志拥护本会章程，愿意履行会员义务，同意介绍入会' },
      { key: 'xujianjun', on: '2018-07-12', opinion: '经济界代表性较强，同意介绍入会' },
    ],
    branchChair: 'wangzhigang',
    branchVote: { on: '2018-08-16', eligible: 26, present: 21, approve: 20, reject: 0, abstain: 1 },
    votes: {
      on: COMMITTEE_MEETING,
      decisions: { chair: 'approve', shenlihua: 'approve', chenweimin: 'approve', wangzhigang: 'approve', zhanghongmei: 'approve', liguoping: 'approve', xujianjun: 'approve', zhaliping: 'abstain' },
    },
    approval: { on: CITY_APPROVAL, approvalNo: '嘉委组〔2018〕21号' },
    inductionOn: INDUCTION,
  },
  {
    applicant: {
      name: '金雨婷',
      gender: 'female',
      birthDate: '1991-05-20',
      education: 'bachelor',
      title: 'junior',
      employer: '海宁市第一中学',
      sector: '教育',
      employment: 'working',
      cpcMember: false,
    },
    branchId: 'edu',
    receivedOn: '2018-03-12',
    qualifiedOn: '2018-03-26',
    contact: { memberId: 'hn-062', on: '2018-04-02' },
    investigation: { on: '2018-05-18', employerOpinion: '教学成绩突出，同意推荐', summary: '青年教师骨干，积极参加支部活动' },
    cultivationCompletedOn: '2018-07-02',
    sponsors: [
      { key: 'shenlihua', on: '2018-07-11', opinion: '培养考察期间表现优秀，同意介绍入会' },
      { key: 'zhaliping', on: '2018-07-13', opinion: '同意介绍入会' },
    ],
    branchChair: 'shenlihua',
    branchVote: { on: '2018-08-20', eligible: 23, present: 19, approve: 18, reject: 0, abstain: 1 },
    votes: {
      on: COMMITTEE_MEETING,
      decisions: { chair: 'approve', shenlihua: 'approve', chenweimin: 'approve', wangzhigang: 'approve', zhanghongmei: 'approve', liguoping: 'abstain', xujianjun: 'approve', zhaliping: 'approve' },
    },
    approval: { on: CITY_APPROVAL, approvalNo: '嘉委组〔2018〕22号' },
    inductionOn: INDUCTION,
  },
  {
    applicant: {
      name: '张蕾',
      gender: 'female',
      birthDate: '1987-03-14',
      education: 'master',
      title: 'intermediate',
      employer: '海宁市人民医院',
      sector: '医疗卫生',
      employment: 'working',
      cpcMember: false,
    },
    branchId: 'health',
    receivedOn: '2018-03-19',
    qualifiedOn: '2018-03-26',
    contact: { memberId: 'hn-052', on: '2018-04-02' },
    investigation: { on: '2018-05-22', employerOpinion: '医德医风好，业务骨干，同意推荐', summary: '多次参与义诊活动，群众评价好' },
    cultivationCompletedOn: '2018-07-02',
    sponsors: [
      { key: 'chenweimin', on: '2018-07-10', opinion: '同意介绍入会' },
      { key: 'liguoping', on: '2018-07-16', opinion: '专业能力强，参政议政意识好，同意介绍入会' },
    ],
    branchChair: 'chenweimin',
    branchVote: { on: '2018-08-23', eligible: 24, present: 20, approve: 19, reject: 1, abstain: 0 },
    votes: {
      on: COMMITTEE_MEETING,
      decisions: { chair: 'approve', shenlihua: 'approve', chenweimin: 'approve', wangzhigang: 'approve', zhanghongmei: 'approve', liguoping: 'approve', qianyongming: 'approve', xujianjun: 'approve' },
    },
    approval: { on: CITY_APPROVAL, approvalNo: '嘉委组〔2018〕23号' },
    inductionOn: INDUCTION,
  },
];

export interface DemoSecondment {
  proposal: { on: string; memberId: string; hostUnit: string; post: string; startsOn: string; months: number; rationale: string };
  nominationApprovedOn: string;
  unitedFrontApprovedOn: string;
  host: string;
  hostAcceptedOn: string;
  dispatchedOn: string;
  /** Recorded after each review fell due (every six months on duty; none falls due before the term ends). */
  interimReviews: { on: string; summary: string }[];
  /** After the term ended (the instance's own timer, on its last day): the host unit's appraisal, the final grade, the close. */
  termEnd: {
    hostAppraisal: { on: string; grade: 'excellent' | 'good' | 'pass' | 'fail'; text: string };
    finalAssessment: { on: string; grade: 'excellent' | 'good' | 'pass' | 'fail' };
    completedOn: string;
  };
}

export const DEMO_SECONDMENTS: DemoSecondment[] = [
  {
    proposal: {
      on: '2018-02-26',
      memberId: 'hn-064',
      hostUnit: '浙江省经济和信息化委员会',
      post: '产业政策处副处长（挂职）',
      startsOn: '2018-04-02',
      months: 12,
      rationale: '熟悉中小企业政策，推荐到省经信委挂职锻炼，培养党外代表人士',
    },
    nominationApprovedOn: '2018-03-02',
    unitedFrontApprovedOn: '2018-03-09',
    host: 'hostProvince',
    hostAcceptedOn: '2018-03-20',
    dispatchedOn: '2018-04-02',
    interimReviews: [{ on: '2018-10-08', summary: '挂职半年，参与全省小微企业园建设调研，表现良好' }],
    termEnd: {
      hostAppraisal: { on: '2019-04-12', grade: 'excellent', text: '挂职期间参与起草全省小微企业园建设评价办法，工作扎实，作风严谨，评定为优秀' },
      finalAssessment: { on: '2019-04-19', grade: 'excellent' },
      completedOn: '2019-04-22',
    },
  },
  {
    proposal: {
      on: '2018-07-16',
      memberId: 'hn-053',
      hostUnit: '海宁市发展和改革局',
      post: '副局长（挂职）',
      startsOn: '2018-09-03',
      months: 12,
      rationale: '长期从事经济研究，推荐到市发改局挂职，参与重大项目和规划编制',
    },
    nominationApprovedOn: '2018-07-20',
    unitedFrontApprovedOn: '2018-07-31',
    host: 'hostCity',
    hostAcceptedOn: '2018-08-10',
    dispatchedOn: '2018-09-03',
    interimReviews: [{ on: '2019-03-11', summary: '挂职半年，参与市重点项目协调和年度规划编制，表现良好' }],
    termEnd: {
      hostAppraisal: { on: '2019-09-12', grade: 'good', text: '协助推进重大项目和营商环境评价工作，熟悉政府运作，评定为良好' },
      finalAssessment: { on: '2019-09-20', grade: 'good' },
      completedOn: '2019-09-24',
    },
  },
];

export const DEMO_BOX = '海宁市民主党派之家意见箱';

export interface DemoSuggestion {
  receivedOn: string;
  /** Registration day (default receivedOn). */
  registeredOn?: string;
  channel: 'box' | 'online' | 'visit' | 'phone';
  category: string;
  content: string;
  submitter?: { name: string; contact: string };
  anonymous?: boolean;
  /** The handler (key) the manager assigned and when; absent: the manager answers directly, or it waits. */
  assign?: { handler: string; on: string };
  extension?: { requestedOn: string; days: number; reason: string; approvedOn: string };
  reply?: { on: string; method: 'in_person' | 'phone' | 'written' | 'posted_notice'; content: string };
  /** The submitter said they were satisfied on this day. */
  satisfiedOn?: string;
  /** Closed on this day (after the satisfaction). */
  closedOn?: string;
}

/**
 * 14 suggestions of 2018: 10 answered on time, 1 late, 3 still pending at the year end (1 of them
 * overdue), answered in January 2019 (one late, one within its extension, one on time); every one closed.
 */
export const DEMO_SUGGESTIONS: DemoSuggestion[] = [
  {
    receivedOn: '2018-01-16',
    channel: 'box',
    category: '城市管理',
    content: '硖石街道老城区部分路灯长期不亮，夜间出行不便，建议尽快检修。',
    anonymous: true,
    assign: { handler: 'handlerXu', on: '2018-01-17' },
    reply: { on: '2018-01-25', method: 'posted_notice', content: '已转市城管局，涉及的12盏路灯已于1月24日修复。' },
    satisfiedOn: '2018-01-31',
    closedOn: '2018-01-31',
  },
  {
    receivedOn: '2018-02-06',
    channel: 'online',
    category: '教育',
    content: '建议延长小学课后托管服务时间至18点，方便双职工家庭。',
    submitter: { name: '许女士', contact: '0573-87xx1234' },
    assign: { handler: 'handlerQian', on: '2018-02-07' },
    reply: { on: '2018-02-14', method: 'written', content: '已向市教育局反映，新学期起试点学校托管延长至18点。' },
    satisfiedOn: '2018-02-20',
    closedOn: '2018-02-20',
  },
  {
    receivedOn: '2018-03-16',
    channel: 'box',
    category: '交通',
    content: '海宁火车站至中国皮革城的公交班次偏少，高峰时段候车时间长。',
    submitter: { name: '沈先生', contact: '138xxxx5621' },
    assign: { handler: 'handlerXu', on: '2018-03-19' },
    reply: { on: '2018-03-28', method: 'phone', content: '公交公司答复：4月起高峰时段加密至每10分钟一班。' },
    satisfiedOn: '2018-04-02',
    closedOn: '2018-04-02',
  },
  {
    receivedOn: '2018-04-09',
    channel: 'visit',
    category: '医疗卫生',
    content: '建议社区卫生服务站周末上午开诊，方便上班族就医。',
    submitter: { name: '王女士', contact: '139xxxx2087' },
    assign: { handler: 'handlerQian', on: '2018-04-10' },
    reply: { on: '2018-04-20', method: 'in_person', content: '市卫计局已安排海洲、硖石两个服务站周六上午开诊。' },
    satisfiedOn: '2018-04-25',
    closedOn: '2018-04-25',
  },
  {
    receivedOn: '2018-05-16',
    channel: 'box',
    category: '生态环境',
    content: '观潮景区周边垃圾桶数量不足，节假日垃圾满溢。',
    submitter: { name: '陈先生', contact: '137xxxx3310' },
    assign: { handler: 'handlerXu', on: '2018-05-17' },
    reply: { on: '2018-06-08', method: 'written', content: '景区管委会已增设分类垃圾桶40组，并增加节假日清运频次。' },
    satisfiedOn: '2018-06-15',
    closedOn: '2018-06-15',
  },
  {
    receivedOn: '2018-06-04',
    channel: 'phone',
    category: '营商环境',
    content: '小微企业办理环评手续时间较长，建议推行承诺备案制。',
    submitter: { name: '李先生', contact: '135xxxx7789' },
    assign: { handler: 'handlerQian', on: '2018-06-05' },
    extension: { requestedOn: '2018-06-15', days: 15, reason: '需会同市环保局核实办理时限', approvedOn: '2018-06-16' },
    reply: { on: '2018-07-02', method: 'written', content: '市环保局答复：7月起对部分行业试行环评承诺备案，办理时间缩短至5个工作日。' },
    satisfiedOn: '2018-07-06',
    closedOn: '2018-07-06',
  },
  {
    receivedOn: '2018-07-01',
    channel: 'box',
    category: '食品安全',
    content: '某农贸市场部分摊位无证经营，存在食品安全隐患。',
    anonymous: true,
    reply: { on: '2018-07-10', method: 'posted_notice', content: '已转市市场监管局，7月9日完成专项检查，无证摊位已整改。' },
    satisfiedOn: '2018-07-12',
    closedOn: '2018-07-12',
  },
  {
    receivedOn: '2018-08-13',
    channel: 'online',
    category: '养老服务',
    content: '建议在老年人集中的社区增设老年食堂。',
    submitter: { name: '徐女士', contact: '0573-87xx5566' },
    assign: { handler: 'handlerXu', on: '2018-08-14' },
    reply: { on: '2018-08-24', method: 'in_person', content: '市民政局计划年内新建居家养老服务中心助餐点8个。' },
    satisfiedOn: '2018-08-30',
    closedOn: '2018-08-30',
  },
  {
    receivedOn: '2018-09-16',
    channel: 'box',
    category: '文化旅游',
    content: '盐官古城节假日停车位紧张，建议设置临时停车场。',
    submitter: { name: '朱先生', contact: '136xxxx4412' },
    assign: { handler: 'handlerQian', on: '2018-09-17' },
    reply: { on: '2018-09-28', method: 'phone', content: '国庆期间已启用临时停车场两处，新增车位600个。' },
    satisfiedOn: '2018-10-08',
    closedOn: '2018-10-08',
  },
  {
    receivedOn: '2018-10-22',
    channel: 'visit',
    category: '教育',
    content: '部分学校周边缺少减速带和人行横道信号灯。',
    submitter: { name: '蒋女士', contact: '158xxxx9023' },
    assign: { handler: 'handlerXu', on: '2018-10-23' },
    reply: { on: '2018-11-02', method: 'written', content: '交警大队已在5所学校周边增设减速带和信号灯。' },
    satisfiedOn: '2018-11-09',
    closedOn: '2018-11-09',
  },
  {
    receivedOn: '2018-11-16',
    channel: 'box',
    category: '城市管理',
    content: '咨询老旧小区加装电梯的补助政策和办理流程。',
    submitter: { name: '顾先生', contact: '139xxxx6675' },
    assign: { handler: 'handlerQian', on: '2018-11-19' },
    reply: { on: '2018-11-29', method: 'written', content: '已提供住建局加装电梯补助办法及办理流程说明。' },
    satisfiedOn: '2018-12-05',
    closedOn: '2018-12-07',
  },
  {
    receivedOn: '2018-12-03',
    channel: 'online',
    category: '交通',
    content: '长安镇部分公交站台没有遮雨棚，雨天候车不便。',
    submitter: { name: '吴先生', contact: '137xxxx0198' },
    assign: { handler: 'handlerXu', on: '2018-12-04' },
    reply: { on: '2019-01-08', method: 'phone', content: '市交通运输局答复：长安镇12个公交站台已列入2019年候车亭改造计划，一季度完工。' },
    satisfiedOn: '2019-01-11',
    closedOn: '2019-01-11',
  },
  {
    receivedOn: '2018-12-16',
    registeredOn: '2018-12-17',
    channel: 'box',
    category: '生态环境',
    content: '部分河道保洁不及时，水面漂浮物较多。',
    anonymous: true,
    assign: { handler: 'handlerQian', on: '2018-12-18' },
    extension: { requestedOn: '2018-12-26', days: 15, reason: '需会同市水利局核实河道保洁责任单位', approvedOn: '2018-12-27' },
    reply: { on: '2019-01-10', method: 'posted_notice', content: '市水利局已明确相关河道保洁责任单位，并将保洁频次增加至每日一次。' },
    closedOn: '2019-01-21',
  },
  {
    receivedOn: '2018-12-20',
    channel: 'phone',
    category: '医疗保障',
    content: '咨询医保异地就医结算的备案手续。',
    submitter: { name: '孙女士', contact: '150xxxx3347' },
    assign: { handler: 'handlerQian', on: '2018-12-21' },
    reply: { on: '2019-01-03', method: 'phone', content: '已告知异地就医备案可通过“浙里办”办理，并说明所需材料。' },
    satisfiedOn: '2019-01-04',
    closedOn: '2019-01-04',
  },
];

/** Twice a month, on the 1st and the 16th; the count is the box suggestions found that day. */
export const DEMO_COLLECTIONS: { collectedOn: string; count: number }[] = Array.from({ length: 12 }, (_, m) => {
  const month = String(m + 1).padStart(2, '0');
  return [`2018-${month}-01`, `2018-${month}-16`];
})
  .flat()
  .map((collectedOn) => ({
    collectedOn,
    count: DEMO_SUGGESTIONS.filter((s) => s.channel === 'box' && s.receivedOn === collectedOn).length,
  }));

export const DEMO_EXPECTED_SUGGESTIONS_2018 = { received: 14, repliedOnTime: 10, repliedLate: 1, pending: 3, overdue: 1 };
