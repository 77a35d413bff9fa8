/**
 * One instance: what happens next (which step, which role, which named people, by when), the
 * caller's actions (the steps forward first; withdrawing, rejecting or cancelling last and never
 * opened by default), the instance's data with names instead of ids, the timeline of events (who,
 * in which role, business date, comment) and its state on the workflow diagram.
 */
import { h } from '../dom.js';
import { commandLabel, eventLabel, formatDate, formatDateTime, roleLabel, stateLabel, t, tFirst, workflowLabel } from '../i18n.js';
import { get, post } from '../api.js';
import { commandForm } from '../form.js';
import { diagramElement } from '../diagram.js';
import { dataList } from '../values.js';
import { summaryOf } from '../summary.js';
import { kindsFor, loadNames } from '../names.js';
import { isBackward, nextStepsView } from '../next.js';
import { noticePanel, section, stateBadge } from '../ui.js';

const base = (workflow, id) => `/workflows/${encodeURIComponent(workflow)}/instances/${encodeURIComponent(id)}`;

/** The kinds of names an instance's data and history refer to. */
const NAMED_IN_DATA = {
  recruitment: ['branches'],
  suggestion: ['principals', 'collections'],
  secondment: [],
  'cadre-training': ['branches'],
  member: ['branches'],
};

/** Choices that live in the instance itself: its tasks and courses (cadre training). */
function localOptions(data) {
  return {
    taskId: (data?.tasks ?? []).filter((x) => !x.completed).map((x) => ({ value: x.taskId, label: x.title, detail: x.dueOn })),
    courseId: (data?.courses ?? []).filter((x) => !x.completed).map((x) => ({ value: x.courseId, label: x.course, detail: x.institution })),
  };
}

export async function instancePage({ params, basics, notice, flash, rerender }) {
  const [workflow, id] = params;
  const def = basics.workflows.get(workflow);
  const [instance, history, svg] = await Promise.all([
    get(base(workflow, id)),
    get(`${base(workflow, id)}/history`),
    get(`/workflows/${encodeURIComponent(workflow)}/diagram?format=svg&instance=${encodeURIComponent(id)}`, { accept: 'image/svg+xml' }).catch(() => null),
  ]);
  const commands = instance.allowedCommands.map((type) => def?.commands.find((c) => c.type === type)).filter(Boolean);
  const names = await loadNames([
    ...kindsFor(commands),
    ...(NAMED_IN_DATA[workflow] ?? ['branches']),
    ...(commands.some((c) => c.type === 'AssignHandler') ? ['handlers'] : []),
  ]);
  names.absorb(instance.names);
  names.addLocal(localOptions(instance.data));
  const final = instance.status === 'done';

  const forward = commands.filter((c) => !isBackward(c.type));
  const backward = commands.filter((c) => isBackward(c.type));
  const actionFor = (command, open) =>
    h(
      'details',
      { class: `command${isBackward(command.type) ? ' danger' : ''}`, open, dataset: { command: command.type } },
      h('summary', null, commandLabel(command.type)),
      commandForm({
        command,
        names,
        categories: basics.organisation?.categories ?? [],
        pickerRoles: command.type === 'AssignHandler' ? { principalId: ['handler'] } : {},
        send: (body, key) =>
          post(`${base(workflow, id)}/commands`, body, { headers: { 'if-match': `"${instance.version}"`, 'idempotency-key': key } }),
        done: () => {
          flash(t('instance.accepted', { command: commandLabel(command.type) }));
          rerender();
        },
      }),
    );
  const actions = [
    ...forward.map((command, index) => actionFor(command, index === 0 || forward.length <= 2)),
    backward.length > 0
      ? h('div', { class: 'backward', id: 'backward-actions' }, h('p', { class: 'muted small' }, t('instance.otherActions')), backward.map((c) => actionFor(c, false)))
      : null,
  ];

  const diagram = svg ? diagramElement(svg, workflow, instance.state) : null;
  const number = instance.number ?? instance.caseNumber ?? null;
  return [
    noticePanel(notice),
    h(
      'div',
      { class: 'page-header', dataset: { id: instance.id } },
      h('h1', null, summaryOf(workflow, instance.data, names) || workflowLabel(workflow)),
      stateBadge(instance.state, workflow, final),
    ),
    h(
      'p',
      { class: 'meta muted' },
      workflowLabel(workflow),
      number ? [' · ', h('span', { class: 'case-number' }, t('instance.number', { number }))] : null,
      workflow === 'secondment' ? [' · ', h('a', { href: `#/audit/${encodeURIComponent(id)}` }, t('instance.audit'))] : null,
    ),
    final ? null : nextStepsView(instance, basics.organisation?.today),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'column' },
        section(
          t('instance.actions'),
          final ? h('p', { class: 'muted' }, t('instance.done', { state: stateLabel(instance.state, workflow) })) : null,
          commands.length > 0 ? h('div', { class: 'actions', id: 'actions' }, actions) : final ? null : h('p', { class: 'muted' }, t('instance.noActions')),
        ),
        instance.deadlines.length > 0
          ? section(
              t('instance.deadlines'),
              h(
                'ul',
                { class: 'plain deadlines' },
                instance.deadlines.map((d) =>
                  h('li', { dataset: { event: d.event } }, tFirst([`deadline.${d.event}`], eventLabel(d.event)), t('common.colon'), h('time', { datetime: d.dueOn }, formatDate(d.dueOn))),
                ),
              ),
            )
          : null,
        section(
          t('instance.data'),
          dataList(instance.data, { exclude: ['decisions'], names }) ?? h('p', { class: 'muted' }, t('common.empty')),
          // What the read policy left out for this user (docs/data-protection.md).
          instance.redacted?.length
            ? h('p', { class: 'muted', id: 'redacted' }, t('instance.redacted'), t('common.colon'), instance.redacted.map((path) => path.replace(/^data\./, '')).join(', '))
            : null,
          // What nobody will see again: the person's data was erased (docs/data-protection.md#erasure).
          instance.erased?.length
            ? h('p', { class: 'muted', id: 'erased' }, t('instance.erased'), t('common.colon'), instance.erased.map((path) => path.replace(/^data\./, '')).join(', '))
            : null,
        ),
      ),
      h('div', { class: 'column' }, section(t('instance.timeline'), timeline(history.events, names))),
    ),
    diagram
      ? section(
          t('instance.diagram'),
          h('figure', { class: 'diagram', id: 'diagram' }, diagram, h('figcaption', { class: 'muted' }, t('instance.diagram.legend'))),
        )
      : null,
  ];
}

function timeline(events, names) {
  return h(
    'ol',
    { class: 'timeline', id: 'timeline' },
    [...events].reverse().map((e) =>
      h(
        'li',
        { class: e.actor.role === 'system' ? 'event system' : 'event', dataset: { type: e.type, version: String(e.version) } },
        h(
          'div',
          { class: 'event-head' },
          h('span', { class: 'event-title' }, eventLabel(e.type)),
          h('time', { class: 'business-date', datetime: e.occurredOn, title: t('instance.businessDate') }, formatDate(e.occurredOn)),
        ),
        h(
          'div',
          { class: 'event-meta muted' },
          h('span', { class: 'actor' }, e.actor.role === 'system' ? roleLabel('system') : t('instance.by', { name: e.actor.name, role: roleLabel(e.actor.role) })),
          ' · ',
          h('span', { title: t('instance.recordedAt') }, `${t('instance.recordedAt')} `, h('time', { datetime: e.recordedAt }, formatDateTime(e.recordedAt))),
        ),
        e.comment ? h('blockquote', { class: 'comment' }, e.comment) : null,
        dataList(e.data, { depth: 1, names }),
      ),
    ),
  );
}
