/**
 * Who acts next, in words: for an instance (its page) or a list row, each next step with the role
 * that takes it, the people by name who hold that role for this case, and the date it is due by.
 * The server says it (`next` on an instance or a list item); the console only puts it in words.
 */
import { h } from './dom.js';
import { commandLabel, formatList, roleLabel, t } from './i18n.js';
import { dueCell } from './ui.js';

/** Commands that step back or end a case before its time: shown last, never open by default. */
export const isBackward = (type) => /^(Reject|Withdraw|Cancel|Decline|Remove|EndEarly)/.test(type);

/** Commands in the order a page shows them: the steps forward first (in their own order), then the others. */
export const forwardFirst = (types) => [...types.filter((c) => !isBackward(c)), ...types.filter(isBackward)];

/**
 * The next steps an instance or list item carries (GET …/instances[/{id}] `next`):
 * [{command, kind: 'forward' | 'backward', dueOn, roles, people: [{id, name}], peopleCount}].
 * The steps forward, when there are any; the others (withdraw, reject …) are not "what happens next".
 */
export function nextStepsOf(item) {
  const steps = Array.isArray(item?.next) ? item.next : [];
  const forward = steps.filter((s) => s.kind !== 'backward' && !isBackward(s.command ?? ''));
  return forward.length > 0 ? forward : steps;
}

/** Days from `today` to `dueOn` (both YYYY-MM-DD), or undefined. */
function daysUntil(dueOn, today) {
  const day = (iso) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) : NaN);
  const days = (day(dueOn) - day(today)) / 86_400_000;
  return Number.isFinite(days) ? days : undefined;
}

const peopleText = (step) => {
  const people = (step.people ?? []).map((p) => (typeof p === 'string' ? p : p.name)).filter(Boolean);
  if (people.length === 0) return null;
  const more = (step.peopleCount ?? people.length) - people.length;
  return more > 0 ? t('next.peopleAndMore', { people: formatList(people), count: more }) : formatList(people);
};

const rolesText = (step) => formatList((step.roles ?? []).map(roleLabel));

/** One line: "答复 · 承办人：许文杰 · 2026年11月16日 逾期 21 天". `today`: the organisation's today. */
export function nextStepLine(step, today) {
  const who = peopleText(step);
  const days = daysUntil(step.dueOn, today);
  return h(
    'span',
    { class: 'next-step', dataset: { command: step.command ?? '' } },
    h('strong', null, step.command ? commandLabel(step.command) : t('next.step')),
    ' · ',
    h('span', { class: 'next-who' }, who ? t('next.roleAndPeople', { role: rolesText(step), people: who }) : t('next.nobody', { role: rolesText(step) })),
    step.dueOn ? [' · ', dueCell(step.dueOn, { overdue: days !== undefined && days < 0, daysLeft: days })] : null,
  );
}

/** The "next" panel of an instance page (null when the server names no next step). */
export function nextStepsView(instance, today) {
  const steps = nextStepsOf(instance);
  if (steps.length === 0) return null;
  return h(
    'section',
    { class: 'card next', id: 'next-steps' },
    h('h2', null, t('next.title')),
    h(
      'ul',
      { class: 'plain next-steps' },
      steps.map((step) => h('li', null, nextStepLine(step, today))),
    ),
  );
}

/** A list cell: the first next step in short, the others counted. */
export function nextCell(item, today) {
  const steps = nextStepsOf(item);
  if (steps.length === 0) return h('span', { class: 'muted' }, '—');
  return h('span', null, nextStepLine(steps[0], today), steps.length > 1 ? h('span', { class: 'muted small' }, ` ${t('next.more', { count: steps.length - 1 })}`) : null);
}
