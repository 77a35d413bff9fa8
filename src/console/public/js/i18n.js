/**
 * Translations and local formats. zh-CN by default; the choice is kept in localStorage (it is
 * not a secret). Business dates (YYYY-MM-DD) are calendar days: formatted in UTC so that no
 * time zone can move them by a day.
 */
import zh from './strings-zh.js';
import en from './strings-en.js';

const DICTIONARIES = { 'zh-CN': zh, en };
const LOCALES = { 'zh-CN': 'zh-CN', en: 'en-GB' };
const KEY = 'docket.lang';

let current = readStored();
const listeners = new Set();

function readStored() {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const lang = () => current;
export const locale = () => LOCALES[current];

export function setLang(next) {
  current = next === 'en' ? 'en' : 'zh-CN';
  try {
    localStorage.setItem(KEY, current);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = current;
  for (const listener of listeners) listener(current);
}

export const onLangChange = (listener) => listeners.add(listener);

const interpolate = (text, params) =>
  params ? text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name]))) : text;

/** The translation of `key`; the key itself (visible, so a missing label is noticed) if there is none. */
export function t(key, params) {
  const text = DICTIONARIES[current][key];
  return interpolate(text ?? key, params);
}

/** The first key that has a translation, else `fallback`. */
export function tFirst(keys, fallback, params) {
  for (const key of keys) {
    const text = DICTIONARIES[current][key];
    if (text !== undefined) return interpolate(text, params);
  }
  return fallback;
}

export const has = (key) => DICTIONARIES[current][key] !== undefined;

const pretty = (name) => name.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');

export const workflowLabel = (name) => tFirst([`wf.${name}`], pretty(name));
export const stateLabel = (state, workflow) => tFirst([`state.${workflow}.${state}`, `state.${state}`], pretty(state));
export const commandLabel = (type) => tFirst([`cmd.${type}`], pretty(type));
export const eventLabel = (type) => tFirst([`event.${type}`], pretty(type));
export const roleLabel = (role) => tFirst([`role.${role}`], pretty(role));

/** A form field's label: by command and path, by path, by last segment. */
export function fieldLabel(path, command) {
  const last = path.split('.').pop();
  return tFirst([`field.${command}.${path}`, `field.${path}`, `field.${last}`], pretty(last));
}

export function enumLabel(path, value) {
  const last = path.split('.').pop();
  return tFirst([`enum.${last}.${value}`], pretty(String(value)));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date (YYYY-MM-DD) in the local format: 2024年3月1日 / 1 Mar 2024. */
export function formatDate(iso) {
  if (typeof iso !== 'string') return '';
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A recorded instant in the browser's time zone, local format. */
export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export const formatNumber = (n) => new Intl.NumberFormat(locale()).format(n);
export const formatPercent = (share) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** A month name ("3月" / "Mar") for month 1-12. */
export function monthLabel(month) {
  return new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** "a, b and c" / "a、b和c". */
export const formatList = (items) => new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
