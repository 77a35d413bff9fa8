/**
 * Names for the ids the API speaks in: members, people (principals), branches, box collections and
 * host units. A page loads the kinds it needs once per rendering; the loaded directory names an id
 * (`nameOf('branchId', 'edu')` → 教育支社) and offers each kind as picker options. Nothing here
 * ever shows an id: what has no name is said as unknown.
 *
 * People come from the directory (GET /directory?kind=principal: the roles that assign people may
 * look them up by name), else from the admin's list; handlers are the people who hold that role.
 */
import { get, query } from './api.js';
import { formatDate, formatNumber, t } from './i18n.js';

/** Every page of a cursor-paged listing (bounded). */
async function all(path, params = {}, cap = 5000) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(`${path}${query({ ...params, limit: 500, cursor })}`);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < cap);
  return items;
}

const quietly = (promise, fallback) => promise.catch(() => fallback);

/** People (holding `role`, if given) by name: from the directory, else the admin's list, else none. */
async function people(role) {
  const found = await quietly(
    get(`/directory${query({ kind: 'principal', role, limit: 100 })}`).then((r) => r.items.map((p) => ({ id: p.id, name: p.name, roles: role ? [role] : undefined }))),
    null,
  );
  if (found) return found;
  const all = await quietly(get('/admin/principals').then((r) => r.principals.filter((p) => !p.revokedAt)), []);
  return role ? all.filter((p) => p.roles.includes(role)) : all;
}

const LOADERS = {
  members: () => quietly(all('/members'), []),
  branches: () => quietly(get('/reports/organization').then((r) => r.branches.map((b) => ({ id: b.id, name: b.name ?? '' }))), []),
  principals: () => people(),
  handlers: () => people('handler'),
  collections: () => quietly(all('/workflows/collection/instances'), []),
  hostUnits: () => quietly(all('/workflows/secondment/instances').then((items) => [...new Set(items.map((i) => i.data?.hostUnit).filter(Boolean))].sort()), []),
};

/** Which kinds the fields of these command schemas refer to. */
export function kindsFor(commands) {
  const kinds = new Set();
  const walk = (schema) => {
    for (const [name, child] of Object.entries(schema?.properties ?? {})) {
      const kind = KIND_OF_FIELD[REF_FIELD[child['x-docket-ref']] ?? name];
      if (kind) kind.forEach((k) => kinds.add(k));
      if (child.type === 'object') walk(child);
    }
  };
  for (const command of commands) walk(command.schema);
  return [...kinds];
}

/** The field name a reference kind (x-docket-ref in a command's schema) is looked up and picked like. */
export const REF_FIELD = { member: 'memberId', principal: 'principalId', branch: 'branchId', collection: 'collectionId', hostUnit: 'hostUnit' };

/** The kinds of names a field (by its last path segment) needs. */
const KIND_OF_FIELD = {
  memberId: ['members', 'branches'],
  branchId: ['branches'],
  principalId: ['principals'],
  handlerId: ['principals'],
  collectionId: ['collections'],
  hostUnit: ['hostUnits'],
};

/** A directory of the given kinds (members, branches, principals, collections, hostUnits). */
export async function loadNames(kinds) {
  const wanted = new Set(kinds);
  if (wanted.has('members')) wanted.add('branches');
  const entries = await Promise.all([...wanted].map(async (kind) => [kind, await LOADERS[kind]()]));
  return new Names(Object.fromEntries(entries));
}

export class Names {
  constructor(data = {}) {
    this.members = data.members ?? [];
    this.branches = data.branches ?? [];
    this.principals = data.principals ?? [];
    this.handlers = data.handlers ?? null;
    this.collections = data.collections ?? [];
    this.hostUnits = data.hostUnits ?? [];
    this.memberById = new Map(this.members.map((m) => [m.id, m]));
    this.branchById = new Map(this.branches.map((b) => [b.id, b]));
    this.principalById = new Map([...this.principals, ...(this.handlers ?? [])].map((p) => [p.id, p]));
    this.collectionById = new Map(this.collections.map((c) => [c.id, c]));
    this.local = {};
  }

  /**
   * Names the server sent along with an instance ({member: {id: name}, principal, branch,
   * collection}), so that what the lists above do not hold is still named.
   */
  absorb(sent) {
    if (!sent || typeof sent !== 'object') return;
    for (const [id, name] of Object.entries(sent.member ?? {})) if (!this.memberById.has(id)) this.memberById.set(id, { id, name });
    for (const [id, name] of Object.entries(sent.principal ?? {})) if (!this.principalById.has(id)) this.principalById.set(id, { id, name });
    for (const [id, name] of Object.entries(sent.branch ?? {})) if (!this.branchById.has(id)) this.branchById.set(id, { id, name });
    for (const [id, name] of Object.entries(sent.collection ?? {}))
      if (!this.collectionById.has(id)) this.collectionById.set(id, { id, data: null, name });
  }

  /** Options that live in the page itself (an instance's own tasks and courses), by field. */
  addLocal(options) {
    this.local = { ...this.local, ...options };
  }

  branchName(id) {
    return this.branchById.get(id)?.name || null;
  }

  memberName(id) {
    return this.memberById.get(id)?.name ?? null;
  }

  principalName(id) {
    return this.principalById.get(id)?.name ?? null;
  }

  collectionLabel(id) {
    const c = this.collectionById.get(id);
    if (!c) return null;
    return c.data ? collectionText(c) : (c.name ?? null);
  }

  /** The name of the thing `value` refers to when `key` is an id field; undefined when it is not one. */
  nameOf(key, value) {
    if (typeof value !== 'string') return undefined;
    switch (key) {
      case 'branchId':
        return this.branchName(value) ?? t('names.unknownBranch');
      case 'memberId':
      case 'contactId':
        return this.memberName(value) ?? t('names.unknownMember');
      case 'handlerId':
      case 'principalId':
      case 'requestedBy':
      case 'voterId':
        return this.principalName(value) ?? t('names.unknownPerson');
      case 'collectionId':
        return this.collectionLabel(value) ?? t('names.unknownCollection');
      default:
        return undefined;
    }
  }

  /** Picker options for a field, or null when the field is not one that refers to something. */
  optionsFor(field, { roles } = {}) {
    if (this.local[field]) return this.local[field];
    switch (field) {
      case 'memberId':
        return this.memberOptions();
      case 'branchId':
        return this.branches.map((b) => ({ value: b.id, label: b.name || t('names.unknownBranch') }));
      case 'principalId':
      case 'handlerId': {
        const handlersOnly = roles?.length === 1 && roles[0] === 'handler' && this.handlers;
        return (handlersOnly ? this.handlers : this.principals)
          .filter((p) => handlersOnly || !roles || p.roles?.some((r) => roles.includes(r)))
          .map((p) => ({ value: p.id, label: p.name, detail: p.roles?.length ? p.roles.map((r) => t(`role.${r}`)).join('、') : undefined }));
      }
      case 'collectionId':
        return [...this.collections]
          .sort((a, b) => String(b.data?.collectedOn).localeCompare(String(a.data?.collectedOn)))
          .map((c) => ({ value: c.id, label: collectionText(c), detail: c.data?.collectedOn }));
      case 'hostUnit':
        return this.hostUnits.map((unit) => ({ value: unit, label: unit }));
      default:
        return null;
    }
  }

  /** Current members as "name · branch", with the birth year where two would read the same. */
  memberOptions() {
    const current = this.members.filter((m) => m.current !== false);
    const label = (m) => `${m.name} · ${this.branchName(m.branchId) ?? t('names.unknownBranch')}`;
    const seen = new Map();
    for (const m of current) seen.set(label(m), (seen.get(label(m)) ?? 0) + 1);
    return current.map((m) => ({
      value: m.id,
      label: seen.get(label(m)) > 1 ? `${label(m)} · ${String(m.birthDate ?? '').slice(0, 4)}` : label(m),
    }));
  }
}

/** A box collection in words: the box, the day it was opened and what was found. */
function collectionText(c) {
  const d = c.data ?? {};
  return t('names.collection', { box: d.box ?? '', date: formatDate(d.collectedOn), count: formatNumber(d.count ?? 0) });
}
