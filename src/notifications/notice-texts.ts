/**
 * What a notice says, in Chinese (the default) and English. A notice carries only what every
 * member of its audience may read anyway: which instance, which step, a due date, a count, an
 * approval number — never a submitter, a reason or any other free text (they leave the server by
 * e-mail and chat, where nobody checks who reads them).
 */
import { speak, type VocabularyName } from '../vocabulary.ts';

export const NOTICE_LOCALES = ['zh-CN', 'en'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

export type NoticeParams = Record<string, string | number>;

interface Template {
  title: Record<NoticeLocale, string>;
  text: Record<NoticeLocale, string>;
}

export const NOTICE_TEMPLATES = {
  'suggestion.assigned': {
    title: { 'zh-CN': '意见建议待您答复', en: 'A suggestion to answer' },
    text: { 'zh-CN': '意见建议 {id} 已分派给您，请按期答复', en: 'Suggestion {id} was assigned to you for a reply' },
  },
  'suggestion.overdue': {
    title: { 'zh-CN': '意见建议答复逾期', en: 'A suggestion is overdue' },
    text: { 'zh-CN': '意见建议 {id} 自 {dueOn} 起逾期：答复期限已过仍未答复', en: 'Suggestion {id} is overdue since {dueOn}: its reply deadline passed without a reply' },
  },
  'suggestion.extensionRequested': {
    title: { 'zh-CN': '意见建议延期待审批', en: 'An extension to approve' },
    text: { 'zh-CN': '意见建议 {id} 申请延期 {days} 天，待审批', en: 'An extension of {days} days was requested for suggestion {id}' },
  },
  'secondment.interimReviewDue': {
    title: { 'zh-CN': '挂职中期考核到期', en: 'An interim review is due' },
    text: { 'zh-CN': '挂职 {id} 的中期考核已到期（{dueOn}）', en: 'An interim review of secondment {id} is due ({dueOn})' },
  },
  'secondment.hostAppraisalDue': {
    title: { 'zh-CN': '挂职期满，待出具鉴定', en: 'A host appraisal is due' },
    text: { 'zh-CN': '挂职 {id} 已于 {dueOn} 期满，请出具接收单位鉴定', en: 'The term of secondment {id} ended on {dueOn}: the host appraisal is due' },
  },
  'secondment.finalAssessmentDue': {
    title: { 'zh-CN': '挂职期满，待考核', en: 'A final assessment is due' },
    text: { 'zh-CN': '挂职 {id} 已于 {dueOn} 期满，请进行期满考核', en: 'The term of secondment {id} ended on {dueOn}: the final assessment is due' },
  },
  'cadre.annualReviewDue': {
    title: { 'zh-CN': '后备干部年度考核到期', en: 'An annual review is due' },
    text: { 'zh-CN': '后备干部 {id} 的年度考核已到期（{dueOn}）', en: 'The annual review of reserve cadre {id} is due ({dueOn})' },
  },
  'recruitment.admitted': {
    title: { 'zh-CN': '新会员已获批准', en: 'An applicant was admitted' },
    text: { 'zh-CN': '入会申请 {id} 已获批准（{approvalNo}），请安排入会仪式', en: 'Application {id} was admitted ({approvalNo}): arrange the induction' },
  },
} as const satisfies Record<string, Template>;

export type NoticeTemplate = keyof typeof NOTICE_TEMPLATES;

const fill = (text: string, params: NoticeParams) => text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));

export function isNoticeTemplate(name: string): name is NoticeTemplate {
  return Object.hasOwn(NOTICE_TEMPLATES, name);
}

export const noticeLocale = (locale: string | null | undefined): NoticeLocale => (locale === 'en' ? 'en' : 'zh-CN');

/** The notice's title and text in `locale`, the Chinese ones in the organisation's vocabulary (the parameters are not rewritten). */
export function renderNotice(
  template: NoticeTemplate,
  params: NoticeParams,
  locale: NoticeLocale,
  vocabulary: VocabularyName = 'generic',
): { title: string; text: string } {
  const t = NOTICE_TEMPLATES[template];
  const say = (text: string) => (locale === 'zh-CN' ? speak(text, vocabulary) : text);
  return { title: say(t.title[locale]), text: fill(say(t.text[locale]), params) };
}
