/**
 * Instance and event data shown as labelled values: dates in local format, enums and booleans in
 * words, and ids as the names they stand for (given a Names directory, names.js). Internal keys
 * (timer, task and course numbers) and an id whose name is shown beside it are left out.
 */
import { h } from './dom.js';
import { enumLabel, fieldLabel, formatDate, formatDateTime, formatNumber, has, lang, roleLabel, stateLabel, t } from './i18n.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const empty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Keys never shown: internal numbers, and the position of a record in a list. */
const INTERNAL = new Set(['timerId', 'taskId', 'courseId', 'voterId', 'id', 'instanceId', 'streamId']);

export function valueView(key, value, depth = 0, names = null) {
  if (empty(value)) return h('span', { class: 'muted' }, '—');
  const named = names?.nameOf(key, value);
  if (named !== undefined) return named;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return h('time', { datetime: value }, formatDate(value));
    if (ISO_INSTANT.test(value)) return h('time', { datetime: value }, formatDateTime(value));
    if (key === 'role') return roleLabel(value);
    if (key === 'state' || key === 'step') return stateLabel(value);
    if (has(`enum.${key}.${value}`)) return enumLabel(key, value);
    return value;
  }
  if (key === 'votes' && typeof value === 'object' && !Array.isArray(value)) {
    const votes = Object.values(value);
    if (votes.length === 0) return h('span', { class: 'muted' }, '—');
    return h(
      'ul',
      { class: 'plain' },
      votes.map((v) => h('li', null, `${v.voterName ?? ''}: ${enumLabel('decision', v.decision)} `, v.on ? h('time', { datetime: v.on, class: 'muted' }, formatDate(v.on)) : null)),
    );
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => valueView(key, v, depth, names)).flatMap((n, i) => (i ? [', ', n] : [n]));
    return h('ol', { class: 'plain' }, value.map((item) => h('li', null, depth > 2 ? JSON.stringify(item) : dataList(item, { depth: depth + 1, names }))));
  }
  if (depth > 2) return JSON.stringify(value);
  return dataList(value, { depth: depth + 1, names });
}

/** Whether `key` is shown: not internal, and not an id whose name is there too (memberId beside memberName). */
const shown = (key, data) => !INTERNAL.has(key) && !(key.endsWith('Id') && data[`${key.slice(0, -2)}Name`] !== undefined);

/** A definition list of an object's fields, labelled in the current language. */
export function dataList(data, { exclude = [], depth = 0, command, names = null } = {}) {
  const entries = Object.entries(data ?? {}).filter(([k, v]) => !exclude.includes(k) && !empty(v) && shown(k, data));
  if (entries.length === 0) return null;
  return h(
    'dl',
    { class: depth > 0 ? 'kv nested' : 'kv', lang: lang() },
    entries.map(([k, v]) => [h('dt', null, fieldLabel(k, command)), h('dd', { dataset: { key: k } }, valueView(k, v, depth, names))]),
  );
}
