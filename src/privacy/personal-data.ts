/**
 * The one home of crypto-shredding in the running server: personal fields (personal-fields.ts) and
 * an event's free comment are sealed with their subject's data key before an append is hashed and
 * committed (`seal`), and opened wherever the log is read for folding, history, the event feed,
 * reports and rebuilds (`open`), so machines, projections and disclosure see plaintext and the
 * `events` table never holds it.
 *
 * A subject is the instance a stream records, named by its stream id (`member/m-1`,
 * `recruitment/<id>`): every personal field in a stream's events is about that instance's person
 * (a member's sponsors' names in an application are the application's data, sealed with its key).
 *
 * Data keys are kept wrapped by the master key (field-crypto.ts) in `data_keys`; unwrapped keys are
 * cached in memory (a bounded LRU, each entry trusted for `keyTtlMs`: an erasure by another server
 * reaches this one's cache within that time). A value whose key is gone opens as null, and its path
 * is listed in the event's `erased`; so does a value recorded in clear (before sealing began) once
 * its subject is erased.
 */
import type { Clock } from '../clock.ts';
import { DomainError } from '../errors.ts';
import { rechain, type PlannedAppend, type StoredContent } from '../store/commit.ts';
import type { Executor } from '../store/types.ts';
import { insertWrappedKey, readStoredKeys, type StoredKey } from './data-keys.query.ts';
import { decadeOf, isSealed, newDataKey, openValue, sealValue, unwrapKey, wrapKey } from './field-crypto.ts';
import { ERASURE_EVENT, EVENT_COMMENT, PERSONAL_FIELDS, type Category, type PersonalField } from './personal-fields.ts';
import { stepsOf, walk } from './redact.ts';

/** An event as read from the log, opened in place: its sealed values replaced, `erased` listing what could not be opened. */
export interface OpenableEvent {
  streamId: string;
  workflow: string;
  type: string;
  data: Record<string, unknown>;
  /** Its comment is personal too (personal-fields.ts EVENT_COMMENT). */
  metadata?: { comment?: unknown } | undefined;
  /** The places (as responses name them: `data.name`, `comment`) whose subject was erased, now null. */
  erased?: string[];
  /** The data and the metadata as stored, each kept when asked (`keepStored`) and it held a sealed value. */
  stored?: { data?: Record<string, unknown>; metadata?: Record<string, unknown> };
}

export interface PersonalDataOptions {
  /** Unwrapped keys held at most (default 10,000). */
  cachedKeys?: number;
  /** How long a cached key (or a subject known to have none) is trusted (default 60 s). */
  keyTtlMs?: number;
}

/** A subject's data key (null: none, never made or destroyed) and whether it was erased. */
interface SubjectKey {
  key: Buffer | null;
  erased: boolean;
}

const NONE: SubjectKey = { key: null, erased: false };
const ERASED: SubjectKey = { key: null, erased: true };

interface CachedKey extends SubjectKey {
  at: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fieldsOf = (workflow: string, type: string): readonly PersonalField[] => PERSONAL_FIELDS[workflow]?.events[type] ?? [];

/**
 * Calls `visit(parent, key, path, category)` for every place an event holds a personal value: its
 * declared data fields (`data.<path>`) and its free comment (`comment`, in its metadata), whether or
 * not a value is there. `path` is how responses name it (`redacted`, `erased`).
 */
function eachPlace(
  event: { workflow: string; type: string; data: Record<string, unknown>; metadata?: { comment?: unknown } | undefined },
  visit: (parent: Record<string, unknown>, key: string, path: string, category: Category) => void,
): void {
  for (const field of fieldsOf(event.workflow, event.type)) walk(event.data, stepsOf(field.path), (parent, key) => visit(parent, key, `data.${field.path}`, field.category));
  const metadata = event.metadata as Record<string, unknown> | undefined;
  if (metadata && Object.hasOwn(metadata, 'comment')) visit(metadata, 'comment', EVENT_COMMENT.path, EVENT_COMMENT.category);
}

const held = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

export class PersonalData {
  private readonly cache = new Map<string, CachedKey>();
  private readonly capacity: number;
  private readonly ttlMs: number;

  constructor(
    private readonly masterKey: Buffer,
    private readonly clock: Clock,
    options: PersonalDataOptions = {},
  ) {
    this.capacity = options.cachedKeys ?? 10_000;
    this.ttlMs = options.keyTtlMs ?? 60_000;
  }

  /**
   * Seals the personal fields of the planned appends' events and recomputes their hash chains over
   * what is stored (commit.ts `rechain`). The events keep their plaintext `data` for the projections,
   * reactions and the command's answer; what is committed is the sealed copy. A subject's key is made
   * on its first personal field; one that was erased takes no new personal data (409 subject_erased).
   */
  async seal(db: Executor, appends: readonly PlannedAppend[]): Promise<void> {
    for (const append of appends) {
      let sealedAny = false;
      const stored: StoredContent[] = [];
      for (const event of append.events) {
        let present = false;
        eachPlace({ workflow: append.workflow, type: event.type, data: event.data, metadata: event.metadata }, (parent, key) => {
          present ||= held(parent[key]);
        });
        if (!present) {
          stored.push({ data: event.data, metadata: event.metadata });
          continue;
        }
        const key = await this.keyFor(db, append.streamId);
        const copy = { workflow: append.workflow, type: event.type, data: structuredClone(event.data), metadata: { ...event.metadata } };
        eachPlace(copy, (parent, name, path, category) => {
          const value = parent[name];
          if (!held(value)) return;
          const decade = category === 'birthDate' && typeof value === 'string' && ISO_DATE.test(value) ? decadeOf(value) : undefined;
          parent[name] = sealValue(key, value, `${append.streamId}#${path}`, decade);
        });
        stored.push({ data: copy.data, metadata: copy.metadata });
        sealedAny = true;
      }
      if (sealedAny) rechain(append, stored);
    }
  }

  /**
   * Opens the events in place (see OpenableEvent). A value sealed with a destroyed key, and a value
   * recorded in clear before personal fields were sealed whose subject was erased since, read as
   * erased; so do the fields of a stream whose events here include its erasure. `known` gives the
   * stored keys the caller read with the events (undefined: not read), so they need no statement.
   */
  async open<E extends OpenableEvent>(
    db: Executor,
    events: readonly E[],
    known?: (subject: string) => StoredKey | undefined,
    options: { keepStored?: boolean } = {},
  ): Promise<E[]> {
    const needed = new Set<string>();
    for (const event of events) {
      if (event.type === ERASURE_EVENT) this.forget(event.streamId);
      eachPlace(event, (parent, key) => {
        if (held(parent[key])) needed.add(event.streamId);
      });
    }
    if (needed.size === 0) return events as E[];
    const erasedHere = new Set(events.filter((e) => e.type === ERASURE_EVENT).map((e) => e.streamId));
    const keys = new Map<string, SubjectKey>();
    const unknown: string[] = [];
    for (const subject of needed) {
      if (erasedHere.has(subject)) keys.set(subject, ERASED);
      else {
        const stored = known?.(subject);
        if (stored === undefined) unknown.push(subject);
        else keys.set(subject, this.subjectKey(subject, stored));
      }
    }
    for (const [subject, key] of await this.keysFor(db, unknown)) keys.set(subject, key);
    for (const event of events) {
      const subject = keys.get(event.streamId);
      if (subject === undefined) continue;
      if (options.keepStored) {
        let sealedData = false;
        let sealedComment = false;
        eachPlace(event, (parent, name, path) => {
          if (!isSealed(parent[name])) return;
          if (path === EVENT_COMMENT.path) sealedComment = true;
          else sealedData = true;
        });
        if (sealedData || sealedComment) {
          event.stored = {};
          if (sealedData) event.stored.data = structuredClone(event.data);
          if (sealedComment) event.stored.metadata = { ...event.metadata };
        }
      }
      const erased: string[] = [];
      eachPlace(event, (parent, name, path) => {
        const value = parent[name];
        if (!held(value)) return;
        let plain: unknown = value;
        if (isSealed(value)) plain = subject.key === null ? undefined : openValue(subject.key, value, `${event.streamId}#${path}`);
        else if (subject.erased) plain = undefined;
        if (plain === undefined) {
          parent[name] = null;
          if (!erased.includes(path)) erased.push(path);
        } else parent[name] = plain;
      });
      if (erased.length > 0) event.erased = erased;
    }
    return events as E[];
  }

  /** Drops a subject's cached key (its erasure). */
  forget(subject: string): void {
    this.cache.delete(subject);
  }

  /** The subject's key for sealing: cached, stored, or made now. */
  private async keyFor(db: Executor, subject: string): Promise<Buffer> {
    const cached = this.cached(subject);
    if (cached) return cached;
    const found = (await this.keysFor(db, [subject])).get(subject) ?? NONE;
    if (found.key !== null) return found.key;
    const erased = () => new DomainError('subject_erased', `${subject} was erased: it takes no new personal data`, 409, { subject });
    if (found.erased) throw erased();
    const made = newDataKey();
    const stored = (await insertWrappedKey(db, subject, wrapKey(this.masterKey, made, subject), this.clock.now())) ?? (await readStoredKeys(db, [subject])).get(subject)?.wrapped;
    if (stored === undefined || stored === null) throw erased();
    const key = this.unwrap(subject, stored);
    // Inside a transaction that may roll back, the key row may never be committed: not cached.
    if (!db.isTransaction) this.remember(subject, { key, erased: false });
    return key;
  }

  /** The keys of these subjects, from the cache or one read. */
  private async keysFor(db: Executor, subjects: readonly string[]): Promise<Map<string, SubjectKey>> {
    const keys = new Map<string, SubjectKey>();
    const missing: string[] = [];
    for (const subject of subjects) {
      const entry = this.cache.get(subject);
      if (entry && this.clock.now().getTime() - entry.at < this.ttlMs) {
        // Most recently used last: the map's order is the LRU order.
        this.cache.delete(subject);
        this.cache.set(subject, entry);
        keys.set(subject, entry);
      } else missing.push(subject);
    }
    if (missing.length === 0) return keys;
    const stored = await readStoredKeys(db, missing);
    for (const subject of missing) {
      const key = this.subjectKey(subject, stored.get(subject) ?? { wrapped: null, erased: false });
      keys.set(subject, key);
      if (!db.isTransaction) this.remember(subject, key);
    }
    return keys;
  }

  private subjectKey(subject: string, stored: StoredKey): SubjectKey {
    return { key: stored.wrapped === null ? null : this.unwrap(subject, stored.wrapped), erased: stored.erased };
  }

  private cached(subject: string): Buffer | null {
    const entry = this.cache.get(subject);
    return entry && entry.key !== null && this.clock.now().getTime() - entry.at < this.ttlMs ? entry.key : null;
  }

  private remember(subject: string, key: SubjectKey): void {
    this.cache.delete(subject);
    this.cache.set(subject, { ...key, at: this.clock.now().getTime() });
    while (this.cache.size > this.capacity) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }

  /** A stored key the master key cannot unwrap is a configuration error (another master key), never "erased". */
  private unwrap(subject: string, wrapped: Uint8Array): Buffer {
    const key = unwrapKey(this.masterKey, wrapped, subject);
    if (key === null) throw new Error(`the data key of ${subject} does not unwrap with this master key: is DOCKET_MASTER_KEY the key this database was written with?`);
    return key;
  }
}
