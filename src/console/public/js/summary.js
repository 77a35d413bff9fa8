/** One line saying what an instance is about, in the current language. */
import { formatDate, t } from './i18n.js';

const text = (v) => (typeof v === 'string' ? v : '');

/** From an instance's data (GET /workflows/{w}/instances[/{id}]); `names` names a member given by id only. */
export function summaryOf(workflow, data, names = null) {
  const d = data ?? {};
  switch (workflow) {
    case 'recruitment':
      return d.applicant ? t('summary.applicant', { name: text(d.applicant.name) }) : '';
    case 'suggestion':
      return t('summary.suggestion', { category: text(d.category), date: formatDate(d.receivedOn) });
    case 'secondment':
      return t('summary.secondment', { name: text(d.memberName), host: text(d.hostUnit) });
    case 'cadre-training':
      return t('summary.cadre', { name: text(d.memberName) || names?.memberName(d.memberId) || '' });
    case 'member':
      return text(d.name);
    default:
      return '';
  }
}

/** The inbox's one-line summary (written by the server in English) in the current language. */
const PATTERNS = [
  [/^Applicant (.*)$/s, (m) => t('summary.applicant', { name: m[1] })],
  [/^Suggestion \((.*)\) received (\d{4}-\d{2}-\d{2})$/s, (m) => t('summary.suggestion', { category: m[1], date: formatDate(m[2]) })],
  [/^Secondment of (.*) to (.*)$/s, (m) => t('summary.secondment', { name: m[1], host: m[2] })],
  [/^Reserve cadre (.*)$/s, (m) => t('summary.cadre', { name: m[1] })],
];

export function translateSummary(summary) {
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(summary);
    if (match) return render(match);
  }
  return summary;
}
