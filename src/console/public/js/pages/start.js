/** Start pages: an application, a cadre nomination, a secondment proposal, a suggestion. */
import { h } from '../dom.js';
import { t, workflowLabel } from '../i18n.js';
import { post } from '../api.js';
import { commandForm } from '../form.js';
import { kindsFor, loadNames } from '../names.js';
import { instanceHref, pageHeader, section } from '../ui.js';

export const STARTABLE = ['recruitment', 'cadre-training', 'secondment', 'suggestion'];

const mayStart = (def, me) => def.commands.some((c) => def.startCommands.includes(c.type) && c.roles.some((r) => me.roles.includes(r)));

export async function startIndexPage({ basics }) {
  const { me, workflows } = basics;
  return [
    pageHeader(t('start.title')),
    h('p', { class: 'muted' }, t('start.intro')),
    h(
      'ul',
      { class: 'tiles' },
      STARTABLE.filter((w) => workflows.has(w)).map((w) => {
        const allowed = mayStart(workflows.get(w), me);
        return h(
          'li',
          { class: allowed ? 'tile' : 'tile disabled' },
          h('a', { href: `#/start/${w}` }, h('strong', null, t(`start.${w}`)), h('span', { class: 'muted' }, workflowLabel(w))),
          allowed ? null : h('span', { class: 'muted small' }, t('start.notAllowed')),
        );
      }),
    ),
  ];
}

export async function startPage({ params, basics, navigate, flash }) {
  const [workflow] = params;
  const def = basics.workflows.get(workflow);
  if (!def || !STARTABLE.includes(workflow)) return startIndexPage({ basics });
  const commands = def.commands.filter((c) => def.startCommands.includes(c.type));
  const names = await loadNames(kindsFor(commands));
  const allowed = mayStart(def, basics.me);
  return [
    pageHeader(t(`start.${workflow}`)),
    allowed ? null : h('div', { class: 'panel notice' }, h('p', null, t('start.notAllowed'))),
    commands.map((command) =>
      section(
        workflowLabel(workflow),
        commandForm({
          command,
          names,
          categories: basics.organisation?.categories ?? [],
          send: (body, key) => post(`/workflows/${encodeURIComponent(workflow)}/instances`, body, { headers: { 'idempotency-key': key } }),
          done: (result) => {
            flash(t('start.created'));
            navigate(instanceHref(workflow, result.id));
          },
        }),
      ),
    ),
  ];
}
