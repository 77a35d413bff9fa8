/**
 * What the Haining 2018 annual report needs beyond the organisation report: the reserve cadres
 * (nominated in 2017, given tasks and sent to socialist academies in 2018, appointed in 2019) and the year's eight
 * organisation activities (36 participations). Members are roster ids from members.csv; the
 * principals (by key) are those of haining-2018.ts.
 */
import type { ActivityKind } from '../../workflows/activity.ts';

export interface DemoCadre {
  memberId: string;
  nominatedOn: string;
  rationale: string;
  screenedOn: string;
  /** The committee ballot; the chair closes it the same day. */
  voteOn: string;
  task: { assignedOn: string; title: string; dueOn: string; completed?: { on: string; outcome: string } };
  course: { enrolledOn: string; course: string; institution: string; startsOn: string; endsOn: string; completed?: { on: string; result: string } };
  review: { on: string; rating: 'excellent' | 'competent' | 'basic' };
  /** What became of the cadre in 2019: a task finished late, then the post the chair appointed them to (leaving the pool). */
  afterwards: { taskCompleted?: { on: string; outcome: string }; appointed: { on: string; position: string } };
}

export const DEMO_CADRES: DemoCadre[] = [
  {
    memberId: 'hn-063',
    nominatedOn: '2017-11-06',
    rationale: '经济支部推荐：熟悉民营经济，参政议政成果突出',
    screenedOn: '2017-11-20',
    voteOn: '2017-12-15',
    task: {
      assignedOn: '2018-03-01',
      title: '牵头撰写《关于加快小微企业园建设的建议》',
      dueOn: '2018-06-30',
      completed: { on: '2018-06-20', outcome: '建议被市政协采用为重点提案' },
    },
    course: {
      enrolledOn: '2018-04-16',
      course: '党外中青年干部培训班',
      institution: '浙江省社会主义学院',
      startsOn: '2018-05-07',
      endsOn: '2018-05-25',
      completed: { on: '2018-05-25', result: '结业，考核优秀' },
    },
    review: { on: '2018-12-10', rating: 'excellent' },
    afterwards: { appointed: { on: '2019-06-21', position: '经济支部副主委' } },
  },
  {
    memberId: 'hn-065',
    nominatedOn: '2017-11-06',
    rationale: '医卫支部推荐：业务骨干，热心社会服务',
    screenedOn: '2017-11-20',
    voteOn: '2017-12-15',
    task: {
      assignedOn: '2018-04-02',
      title: '组织“同心”义诊进社区活动',
      dueOn: '2018-05-31',
      completed: { on: '2018-04-27', outcome: '义诊活动顺利开展，服务群众300余人次' },
    },
    course: {
      enrolledOn: '2018-08-20',
      course: '民主党派骨干培训班',
      institution: '嘉兴市社会主义学院',
      startsOn: '2018-09-10',
      endsOn: '2018-09-21',
      completed: { on: '2018-09-21', result: '结业' },
    },
    review: { on: '2018-12-10', rating: 'competent' },
    afterwards: { appointed: { on: '2019-06-21', position: '医卫支部副主委' } },
  },
  {
    memberId: 'hn-067',
    nominatedOn: '2017-11-08',
    rationale: '经济支部推荐：青年会员代表，组织协调能力强',
    screenedOn: '2017-11-20',
    voteOn: '2017-12-15',
    task: { assignedOn: '2018-02-26', title: '负责支部青年会员联络工作', dueOn: '2018-12-31' },
    course: {
      enrolledOn: '2018-09-25',
      course: '新任支部委员培训班',
      institution: '海宁市社会主义学院',
      startsOn: '2018-10-15',
      endsOn: '2018-10-19',
      completed: { on: '2018-10-19', result: '结业' },
    },
    review: { on: '2018-12-10', rating: 'competent' },
    afterwards: {
      taskCompleted: { on: '2019-01-15', outcome: '全年联络青年会员23人，组织青年沙龙4次' },
      appointed: { on: '2019-06-21', position: '经济支部青年工作委员会主任' },
    },
  },
];

export interface DemoActivity {
  date: string;
  kind: ActivityKind;
  title: string;
  place: string;
  participants: string[];
}

const HOME = '海宁市民主党派之家';

/** Eight activities, 36 participations. */
export const DEMO_ACTIVITIES: DemoActivity[] = [
  { date: '2018-01-19', kind: 'study', title: '学习贯彻党的十九大精神专题学习会', place: HOME, participants: ['hn-030', 'hn-031', 'hn-032', 'hn-033', 'hn-041', 'hn-063'] },
  { date: '2018-03-23', kind: 'research', title: '小微企业园建设专题调研', place: '海宁经编产业园区', participants: ['hn-030', 'hn-044', 'hn-049', 'hn-063', 'hn-067'] },
  { date: '2018-04-27', kind: 'social_service', title: '“同心”义诊进社区', place: '硖石街道文苑社区', participants: ['hn-032', 'hn-046', 'hn-052', 'hn-065'] },
  { date: '2018-05-25', kind: 'training', title: '会员培训暨会史学习', place: HOME, participants: ['hn-070', 'hn-071', 'hn-072', 'hn-073'] },
  { date: '2018-07-06', kind: 'consultation', title: '优化营商环境参政议政座谈会', place: '海宁市政协会议室', participants: ['hn-030', 'hn-033', 'hn-044', 'hn-053', 'hn-063'] },
  { date: '2018-09-21', kind: 'social_service', title: '助学结对走访', place: '袁花镇', participants: ['hn-031', 'hn-045', 'hn-062'] },
  { date: '2018-11-09', kind: 'fellowship', title: '老会员座谈联谊会', place: '盐官古城', participants: ['hn-001', 'hn-007', 'hn-013', 'hn-016', 'hn-030'] },
  { date: '2018-12-14', kind: 'meeting', title: '年度工作总结暨组织生活会', place: HOME, participants: ['hn-030', 'hn-031', 'hn-034', 'hn-035'] },
];

export const DEMO_EXPECTED_ACTIVITIES_2018 = { count: 8, participations: 36 };
