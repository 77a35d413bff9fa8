/**
 * A searchable picker: the user types part of a name (or a date, a unit) and chooses from the
 * matching options; the form gets the option's value (an id), which the user never sees or types.
 * `strict` pickers accept only a listed option; others (a host unit) also take new text.
 *
 *   const p = picker({ id, name, options: [{ value, label, detail? }], strict: true });
 *   p.element (to place), p.control (the text input), p.read() → value | undefined | INVALID_CHOICE
 */
import { h } from './dom.js';
import { t } from './i18n.js';

export const INVALID_CHOICE = Symbol('invalid choice');

const MAX_SHOWN = 30;

const normalise = (text) => String(text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** @param {{id: string, name: string, options: {value: string, label: string, detail?: string}[], strict?: boolean, value?: string, placeholder?: string}} spec */
export function picker(spec) {
  const options = spec.options;
  const strict = spec.strict !== false;
  const listId = `${spec.id}-options`;
  const initial = options.find((o) => o.value === spec.value);
  let chosen = initial ?? null;

  const control = h('input', {
    id: spec.id,
    name: spec.name,
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: spec.placeholder ?? t('picker.placeholder'),
    value: initial ? initial.label : strict ? '' : (spec.value ?? ''),
  });
  const list = h('ul', { id: listId, class: 'picker-options', role: 'listbox', hidden: true });
  const element = h('div', { class: 'picker', dataset: { picker: spec.name } }, control, list);

  const matches = () => {
    const typed = normalise(control.value);
    if (typed === '') return options;
    return options.filter((o) => normalise(`${o.label} ${o.detail ?? ''}`).includes(typed));
  };

  const close = () => {
    list.hidden = true;
    control.setAttribute('aria-expanded', 'false');
  };

  const choose = (option) => {
    chosen = option;
    control.value = option.label;
    control.removeAttribute('aria-invalid');
    close();
    control.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const open = () => {
    const found = matches();
    list.replaceChildren(
      ...found.slice(0, MAX_SHOWN).map((o) =>
        h(
          'li',
          {
            role: 'option',
            class: 'picker-option',
            dataset: { value: o.value },
            'aria-selected': String(chosen?.value === o.value),
            // mousedown, not click: it comes before the input's blur closes the list.
            onmousedown: (event) => {
              event.preventDefault();
              choose(o);
            },
          },
          h('span', { class: 'picker-label' }, o.label),
          o.detail ? h('span', { class: 'picker-detail muted small' }, o.detail) : null,
        ),
      ),
      found.length === 0 ? h('li', { class: 'picker-none muted' }, strict ? t('picker.none') : t('picker.new')) : null,
      found.length > MAX_SHOWN ? h('li', { class: 'picker-more muted small' }, t('picker.more', { count: found.length - MAX_SHOWN })) : null,
    );
    list.hidden = false;
    control.setAttribute('aria-expanded', 'true');
  };

  control.addEventListener('input', () => {
    chosen = null;
    open();
  });
  control.addEventListener('focus', open);
  control.addEventListener('blur', () => setTimeout(close, 0));
  control.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
    if (event.key === 'Enter' && !list.hidden) {
      const found = matches();
      if (found.length === 1) {
        event.preventDefault();
        choose(found[0]);
      }
    }
  });

  return {
    element,
    control,
    /** The chosen option's value; a typed text that names exactly one option counts as choosing it. */
    read() {
      const typed = normalise(control.value);
      if (typed === '') return undefined;
      if (chosen && normalise(chosen.label) === typed) return chosen.value;
      const exact = options.filter((o) => normalise(o.label) === typed);
      if (exact.length === 1) return exact[0].value;
      const byName = options.filter((o) => normalise(o.label.split(' · ')[0]) === typed);
      if (byName.length === 1) return byName[0].value;
      return strict ? INVALID_CHOICE : control.value.trim();
    },
    reset() {
      chosen = null;
      control.value = '';
    },
  };
}
