/**
 * One instance: its state on the workflow diagram, the timeline of events (who, in which role,
 * business date, comment), and a form for each command the caller may send now.
 */
import { h } from '../dom.js';
import { commandLabel, eventLabel, formatDate, formatDateTime, roleLabel, stateLabel, t, tFirst, workflowLabel } from '../i18n.js';
import { get, post } from '../api.js';
import { commandForm } from '../form.js';
import { diagramElement } from '../diagram.js';
import { dataList } from '../values.js';
import { summaryOf } from '../summary.js';
import { suggestionsFor } from '../suggestions.js';
import { noticePanel, section, stateBadge } from '../ui.js';

const base = (workflow, id) => `/workflows/${encodeURIComponent(workflow)}/instances/${encodeURIComponent(id)}`;

export async function instancePage({ params, basics, notice, flash, rerender }) {
  const [workflow, id] = params;
  const def = basics.workflows.get(workflow);
  const [instance, history, svg] = await Promise.all([
    get(base(workflow, id)),
    get(`${base(workflow, id)}/history`),
    get(`/workflows/${encodeURIComponent(workflow)}/diagram?format=svg&instance=${encodeURIComponent(id)}`, { accept: 'image/svg+xml' }).catch(() => null),
  ]);
  const commands = instance.allowedCommands.map((type) => def?.commands.find((c) => c.type === type)).filter(Boolean);
  const suggestions = await suggestionsFor(commands);
  const final = instance.status === 'done';

  const actions = commands.map((command, index) =>
    h(
      'details',
      { class: `command${/^(Reject|Withdraw|Cancel|Decline|Remove)/.test(command.type) ? ' danger' : ''}`, open: index === 0 || commands.length <= 2, dataset: { command: command.type } },
      h('summary', null, commandLabel(command.type)),
      commandForm({
        command,
        suggestions,
        send: (body, key) =>
          post(`${base(workflow, id)}/commands`, body, { headers: { 'if-match': `"${instance.version}"`, 'idempotency-key': key } }),
        done: () => {
          flash(t('instance.accepted', { command: commandLabel(command.type) }));
          rerender();
        },
      }),
    ),
  );

  const diagram = svg ? diagramElement(svg, workflow, instance.state) : null;
  return [
    noticePanel(notice),
    h(
      'div',
      { class: 'page-header' },
      h('h1', null, summaryOf(workflow, instance.data) || `${workflowLabel(workflow)} ${id}`),
      stateBadge(instance.state, workflow, final),
    ),
    h(
      'p',
      { class: 'meta muted' },
      `${workflowLabel(workflow)} · ${t('common.id')} ${instance.id} · ${t('instance.version', { version: instance.version })}`,
      workflow === 'secondment' ? [' · ', h('a', { href: `#/audit/${encodeURIComponent(id)}` }, t('instance.audit'))] : null,
    ),
    h(
      'div',
      { class: 'columns' },
      h(
        'div',
        { class: 'column' },
        section(
          t('instance.actions'),
          final ? h('p', { class: 'muted' }, t('instance.done', { state: stateLabel(instance.state, workflow) })) : null,
          actions.length > 0 ? h('div', { class: 'actions', id: 'actions' }, actions) : final ? null : h('p', { class: 'muted' }, t('instance.noActions')),
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
          dataList(instance.data, { exclude: ['decisions'] }) ?? h('p', { class: 'muted' }, t('common.empty')),
          // What the read policy left out for this user (docs/data-protection.md).
          instance.redacted?.length
            ? h('p', { class: 'muted', id: 'redacted' }, t('instance.redacted'), t('common.colon'), instance.redacted.map((path) => path.replace(/^data\./, '')).join(', '))
            : null,
        ),
      ),
      h('div', { class: 'column' }, section(t('instance.timeline'), timeline(history.events))),
    ),
    diagram
      ? section(
          t('instance.diagram'),
          h('figure', { class: 'diagram', id: 'diagram' }, diagram, h('figcaption', { class: 'muted' }, t('instance.diagram.legend'))),
        )
      : null,
  ];
}

function timeline(events) {
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
        dataList(e.data, { exclude: ['timerId', 'voterId'], depth: 1 }),
      ),
    ),
  );
}
