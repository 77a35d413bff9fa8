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
  if (typeof document !== 'undefined') document.documentElement.lang = current;
  for (const listener of listeners) listener(current);
}

export const onLangChange = (listener) => listeners.add(listener);

/**
 * The organisation's words (GET /settings/vocabulary): the texts say {{member}}, {{branch}},
 * {{branchChair}}, {{join}}, {{leave}}, {{committee}}, {{chair}}, {{cityCommittee}} and
 * {{organisation}}, and each is said in the words of the vocabulary in force (社员, 支社, 入社 … for
 * the Jiusan Society). A capital first letter asks for the word capitalised ({{Member}}), a final s
 * for its plural ({{members}}: English only; Chinese has none). Until the server says otherwise
 * (the sign-in page), the generic words: the same as the server's (src/vocabulary.ts; a test
 * compares them).
 */
export const GENERIC_TERMS = {
  'zh-CN': {
    member: '会员',
    branch: '支部',
    branchChair: '支部主委',
    join: '入会',
    leave: '离会',
    committee: '基层委员会',
    chair: '主委',
    cityCommittee: '市委会',
    organisation: '本会',
  },
  en: {
    member: 'member',
    branch: 'branch',
    branchChair: 'branch chair',
    join: 'admission',
    leave: 'departure',
    committee: 'grassroots committee',
    chair: 'chair',
    cityCommittee: 'city committee',
    organisation: 'the organisation',
  },
};
export const TERM_NAMES = Object.keys(GENERIC_TERMS.en);

let terms = GENERIC_TERMS;
let vocabularyName = 'generic';

/** Uses the words of `vocabulary` ({name, terms: {'zh-CN', en}}), or the generic ones. */
export function setVocabulary(vocabulary) {
  const given = vocabulary?.terms;
  terms = given?.['zh-CN'] && given?.en ? { 'zh-CN': { ...GENERIC_TERMS['zh-CN'], ...given['zh-CN'] }, en: { ...GENERIC_TERMS.en, ...given.en } } : GENERIC_TERMS;
  vocabularyName = given ? String(vocabulary.name ?? 'generic') : 'generic';
}
export const vocabulary = () => vocabularyName;

/** The word for `name` ({{member}}, {{Member}}, {{members}}) in the current language, or undefined. */
export function term(name) {
  const words = terms[current];
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const plural = name.endsWith('s') && !TERM_NAMES.includes(lower);
  const base = plural ? name.slice(0, -1) : name;
  const key = plural ? lower.slice(0, -1) : lower;
  let word = words[key];
  if (word === undefined) return undefined;
  if (plural && current === 'en') word = `${word}s`;
  return base.charAt(0) === base.charAt(0).toUpperCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const speak = (text) => text.replace(/\{\{(\w+)\}\}/g, (whole, name) => term(name) ?? whole);

const interpolate = (text, params) =>
  params ? text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name]))) : text;

/** The translation of `key`; the key itself (visible, so a missing label is noticed) if there is none. */
export function t(key, params) {
  const text = DICTIONARIES[current][key];
  return interpolate(speak(text ?? key), params);
}

/** The first key that has a translation, else `fallback`. */
export function tFirst(keys, fallback, params) {
  for (const key of keys) {
    const text = DICTIONARIES[current][key];
    if (text !== undefined) return interpolate(speak(text), params);
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
