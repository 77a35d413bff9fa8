/**
 * Forms generated from a command's JSON schema (as GET /workflows gives it): one control per
 * property, labelled and translated; `on` (business date) and `comment` come last. The form
 * validates what it can say in words (required fields), sends the command, and shows the
 * server's problem in words, next to the fields it names when it names any.
 */
import { h } from './dom.js';
import { commandLabel, enumLabel, fieldLabel, t, tFirst } from './i18n.js';
import { ApiError } from './api.js';
import { INVALID_CHOICE, picker } from './picker.js';
import { REF_FIELD } from './names.js';

const COMMON = ['on', 'comment'];

/**
 * Fields shown only when they apply, by command: a suggestion's box collection only for the box
 * channel, its submitter only when it is not anonymous. A hidden field is not sent.
 */
const SHOWN_WHEN = {
  RegisterSuggestion: {
    collectionId: (form) => form.elements.namedItem('channel')?.value === 'box',
    submitter: (form) => !form.elements.namedItem('anonymous')?.checked,
  },
};

const isEnum = (schema) => Array.isArray(schema.anyOf) && schema.anyOf.length > 0 && schema.anyOf.every((s) => s.const !== undefined);

/** A key that makes a retried submission safe (works outside secure contexts too). */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `console-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A field that refers to a member, a person, a branch, a box collection or a host unit is a
 * searchable picker by name (`names`: a Names directory, names.js); a category is chosen from the
 * organisation's list when it keeps one (`categories`). A required mark (*) is shown only where the
 * server requires a value: never on a checkbox (unticked is an answer), and inside an optional group
 * (the submitter) only once the group is filled in.
 *
 * @param {{command: {type: string, schema: any}, submitLabel?: string,
 *   names?: import('./names.js').Names, categories?: string[], pickerRoles?: Record<string, string[]>,
 *   send: (body: Record<string, unknown>) => Promise<unknown>, done?: (result: unknown) => void}} options
 */
export function commandForm(options) {
  const { command } = options;
  const type = command.type;
  const nodes = [];
  const props = command.schema.properties ?? {};
  const required = new Set(command.schema.required ?? []);
  const own = Object.keys(props).filter((k) => k !== 'type' && !COMMON.includes(k));

  const choices = { names: options.names ?? null, categories: options.categories ?? [], roles: options.pickerRoles ?? {} };
  const ownFields = own.map((name) => field(props[name], name, required.has(name), type, nodes, choices));
  const commonFields = COMMON.filter((k) => props[k]).map((name) => field(props[name], name, required.has(name), type, nodes, {}));

  const alert = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit', class: 'primary' }, options.submitLabel ?? commandLabel(type));
  const form = h(
    'form',
    { class: 'command-form', novalidate: true, dataset: { command: type } },
    ownFields.length > 0 ? h('div', { class: 'fields' }, ownFields) : null,
    commonFields.length > 0 ? h('fieldset', { class: 'common' }, h('legend', null, t('form.business')), commonFields) : null,
    alert,
    h('div', { class: 'form-actions' }, button),
  );
  let key = newIdempotencyKey();
  let lastBody = '';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(nodes, alert);
    const body = { type };
    let complete = true;
    for (const node of nodes.filter((n) => n.top && !hidden(n))) {
      const value = node.read();
      if (value === INVALID) complete = false;
      else if (value !== undefined) body[node.name] = value;
    }
    if (!complete) return showAlert(alert, t('form.invalid'));
    const text = JSON.stringify(body);
    if (text !== lastBody) key = newIdempotencyKey();
    lastBody = text;
    button.disabled = true;
    button.textContent = t('common.submitting');
    try {
      const result = await options.send(body, key);
      options.done?.(result);
    } catch (error) {
      showProblem(error, nodes, alert);
    } finally {
      button.disabled = false;
      button.textContent = options.submitLabel ?? commandLabel(type);
    }
  });
  const conditions = Object.entries(SHOWN_WHEN[type] ?? {});
  const hidden = (node) => form.querySelector(`[data-field="${node.path}"]`)?.hidden === true;
  const update = () => {
    for (const [name, shown] of conditions) {
      const wrapper = form.querySelector(`[data-field="${name}"]`);
      if (wrapper) wrapper.hidden = !shown(form);
    }
  };
  if (conditions.length > 0) {
    form.addEventListener('change', update);
    update();
  }
  return form;
}

const INVALID = Symbol('invalid');
const NOT_LISTED = Symbol('not listed');

function field(schema, path, isRequired, command, nodes, choices, inOptionalGroup = false) {
  const label = fieldLabel(path, command);
  const id = `f-${command}-${path.replace(/\W/g, '-')}`;
  const error = h('div', { class: 'field-error', hidden: true });
  const top = !path.includes('.');
  const name = path.split('.').pop();

  if (schema.type === 'object' && schema.properties) {
    const inner = new Set(schema.required ?? []);
    const childNodes = [];
    const children = Object.keys(schema.properties).map((k) => {
      const element = field(schema.properties[k], `${path}.${k}`, inner.has(k), command, nodes, choices, !isRequired || inOptionalGroup);
      childNodes.push(nodes[nodes.length - 1]);
      return element;
    });
    const node = {
      path,
      name,
      top,
      error,
      read(optionalParent = false) {
        const value = {};
        let invalid = false;
        for (const child of childNodes) {
          const v = child.read(true);
          if (v === INVALID) invalid = true;
          else if (v !== undefined) value[child.name] = v;
        }
        const filled = Object.keys(value).length > 0;
        if (!filled && (!isRequired || optionalParent)) return invalid ? INVALID : undefined;
        for (const child of childNodes) {
          if (child.required && value[child.name] === undefined) {
            fail(child);
            invalid = true;
          }
        }
        return invalid ? INVALID : value;
      },
    };
    nodes.push(node);
    return h(
      'fieldset',
      { class: 'group', dataset: { field: path } },
      h('legend', null, label, isRequired ? null : h('span', { class: 'optional' }, t('common.optional'))),
      children,
      error,
    );
  }

  let control;
  let read;
  let element = null;
  // A field the server marks as a reference (x-docket-ref), or one named like one, is chosen by name.
  const refField = REF_FIELD[schema['x-docket-ref']] ?? name;
  const options = schema.type === 'string' ? (choices.names?.optionsFor(refField, { roles: choices.roles?.[name] }) ?? null) : null;
  if (options) {
    const chooser = picker({ id, name: path, options, strict: refField !== 'hostUnit', placeholder: tFirst([`picker.placeholder.${refField}`], t('picker.placeholder')) });
    control = chooser.control;
    element = chooser.element;
    read = () => {
      const value = chooser.read();
      return value === INVALID_CHOICE ? NOT_LISTED : value;
    };
  } else if (name === 'category' && choices.categories?.length > 0) {
    control = h('select', { id, name: path }, h('option', { value: '' }, t('common.choose')), choices.categories.map((c) => h('option', { value: c }, c)));
    read = () => (control.value === '' ? undefined : control.value);
  } else if (isEnum(schema)) {
    control = h(
      'select',
      { id, name: path },
      h('option', { value: '' }, t('common.choose')),
      schema.anyOf.map((s) => h('option', { value: String(s.const) }, enumLabel(path, s.const))),
    );
    read = () => (control.value === '' ? undefined : schema.anyOf.find((s) => String(s.const) === control.value)?.const);
  } else if (schema.type === 'boolean') {
    control = h('input', { id, name: path, type: 'checkbox' });
    read = () => (control.checked ? true : isRequired ? false : undefined);
  } else if (schema.type === 'integer' || schema.type === 'number') {
    control = h('input', {
      id,
      name: path,
      type: 'number',
      inputmode: 'numeric',
      step: schema.type === 'integer' ? 1 : 'any',
      min: schema.minimum,
      max: schema.maximum,
    });
    read = () => (control.value.trim() === '' ? undefined : Number(control.value));
  } else if (schema.type === 'string' && schema.format === 'date') {
    control = h('input', { id, name: path, type: 'date' });
    read = () => (control.value === '' ? undefined : control.value);
  } else if (schema.type === 'string') {
    const long = (schema.maxLength ?? 10_000) > 300;
    control = long
      ? h('textarea', { id, name: path, rows: 3, maxlength: schema.maxLength })
      : h('input', { id, name: path, type: 'text', maxlength: schema.maxLength, autocomplete: 'off' });
    read = () => (control.value.trim() === '' ? undefined : control.value);
  } else {
    control = h('textarea', { id, name: path, rows: 3, class: 'json', placeholder: t('form.json.hint') });
    read = () => {
      if (control.value.trim() === '') return undefined;
      try {
        return JSON.parse(control.value);
      } catch {
        return INVALID;
      }
    };
  }

  const node = {
    path,
    name,
    top,
    error,
    required: isRequired,
    control,
    read(optionalParent = false) {
      const value = read();
      if (value === INVALID) return fail(node, t('form.field.invalid'));
      if (value === NOT_LISTED) return fail(node, t('picker.notListed'));
      if (value === undefined && isRequired && !optionalParent) return fail(node);
      return value;
    },
  };
  nodes.push(node);

  const hint = path === 'on' ? h('span', { class: 'hint' }, t('form.on.hint')) : null;
  const marked = isRequired && !inOptionalGroup && schema.type !== 'boolean';
  const labelEl = h('label', { for: id }, label, marked ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null);
  return schema.type === 'boolean'
    ? h('div', { class: 'field checkbox', dataset: { field: path } }, control, labelEl, error)
    : h('div', { class: 'field', dataset: { field: path } }, labelEl, element ?? control, hint, error);
}

function fail(node, message = t('form.field.required')) {
  node.error.textContent = message;
  node.error.hidden = false;
  node.control?.setAttribute('aria-invalid', 'true');
  return INVALID;
}

function clearErrors(nodes, alert) {
  alert.hidden = true;
  alert.replaceChildren();
  for (const node of nodes) {
    node.error.hidden = true;
    node.error.textContent = '';
    node.control?.removeAttribute('aria-invalid');
  }
}

function showAlert(alert, text, detail) {
  alert.replaceChildren(h('p', null, text));
  if (detail) alert.append(h('p', { class: 'detail' }, detail));
  alert.hidden = false;
}

/** TypeBox / Ajv messages, said in words. */
function fieldMessage(message) {
  const m = String(message);
  if (/required/i.test(m)) return t('form.field.required');
  if (/unexpected property|additional propert/i.test(m)) return t('form.field.unknown');
  if (/format|date/i.test(m)) return t('form.field.date');
  if (/string length less|more than \d+ char/i.test(m)) return t('form.field.tooLong');
  if (/string length greater|fewer than \d+ char/i.test(m)) return t('form.field.tooShort');
  if (/greater|less|[<>]=?|minimum|maximum/i.test(m)) return t('form.field.range');
  return t('form.field.invalid');
}

function showProblem(error, nodes, alert) {
  if (!(error instanceof ApiError)) {
    showAlert(alert, t('error.generic', { code: 'client' }));
    return;
  }
  for (const item of error.fieldErrors()) {
    let path = String(item.path ?? '').replace(/^\//, '').split('/').filter(Boolean).join('.');
    const missing = /required property '?"?([\w]+)/i.exec(String(item.message ?? ''));
    if (missing && !path.endsWith(missing[1])) path = path ? `${path}.${missing[1]}` : missing[1];
    const node = nodes.find((n) => n.path === path) ?? nodes.find((n) => path.startsWith(`${n.path}.`));
    if (node) fail(node, fieldMessage(item.message));
  }
  // The server's own words only when there is no translation for the code.
  showAlert(alert, error.text(), error.translated() ? null : error.message);
}
