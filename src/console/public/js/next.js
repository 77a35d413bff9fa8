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

/** The next steps an instance or list item carries, as [{command, roles, people: [{name}], dueOn, overdue, daysLeft}]. */
export function nextStepsOf(item) {
  const steps = item?.next ?? item?.nextSteps ?? [];
  return Array.isArray(steps) ? steps : [];
}

const peopleText = (step) => {
  const people = (step.people ?? []).map((p) => (typeof p === 'string' ? p : p.name)).filter(Boolean);
  return people.length > 0 ? formatList(people) : null;
};

const rolesText = (step) => formatList((step.roles ?? []).map(roleLabel));

/** One line: "办理答复 · 承办人：许文杰 · 期限 2026年11月16日". */
export function nextStepLine(step) {
  const who = peopleText(step);
  return h(
    'span',
    { class: 'next-step', dataset: { command: step.command ?? '' } },
    h('strong', null, step.command ? commandLabel(step.command) : t('next.step')),
    ' · ',
    h('span', { class: 'next-who' }, who ? t('next.roleAndPeople', { role: rolesText(step), people: who }) : t('next.roleOnly', { role: rolesText(step) })),
    step.dueOn ? [' · ', dueCell(step.dueOn, { overdue: Boolean(step.overdue), daysLeft: step.daysLeft })] : null,
  );
}

/** The "next" panel of an instance page (null when the server names no next step). */
export function nextStepsView(instance) {
  const steps = nextStepsOf(instance);
  if (steps.length === 0) return null;
  return h(
    'section',
    { class: 'card next', id: 'next-steps' },
    h('h2', null, t('next.title')),
    h(
      'ul',
      { class: 'plain next-steps' },
      steps.map((step) => h('li', null, nextStepLine(step))),
    ),
  );
}

/** A list cell: the first next step in short, the others counted. */
export function nextCell(item) {
  const steps = nextStepsOf(item);
  if (steps.length === 0) return h('span', { class: 'muted' }, '—');
  return h('span', null, nextStepLine(steps[0]), steps.length > 1 ? h('span', { class: 'muted small' }, ` ${t('next.more', { count: steps.length - 1 })}`) : null);
}

