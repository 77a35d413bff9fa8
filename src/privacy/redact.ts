/**
 * Leaving out the personal fields a caller may not see: a copy of the data without them, the paths
 * that were left out (`redacted`, prefixed as the response names them), and whether the caller was
 * shown a person's personal data beyond a name (what the access log records). Pure.
 */
import type { Category, PersonalField } from './personal-fields.ts';

export interface Redacted<T> {
  value: T;
  /** The paths left out, as the response names them (`data.applicant.birthDate`, `data.sponsors[].opinion`). */
  redacted: string[];
  /** Of an erased subject: the personal fields the value holds (each null), as the response names them. */
  erased: string[];
  /** A personal field other than a name, with a value, was kept. */
  revealed: boolean;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit(parent, key)` for every existing key the path names (through every element at `[]`). */
export function walk(value: unknown, steps: readonly string[], visit: (parent: Json, key: string) => void): void {
  if (steps.length === 0) return;
  const [step, ...rest] = steps as [string, ...string[]];
  const many = step.endsWith('[]');
  const key = many ? step.slice(0, -2) : step;
  if (!isObject(value) || !Object.hasOwn(value, key)) return;
  if (!many) {
    if (rest.length === 0) visit(value, key);
    else walk(value[key], rest, visit);
    return;
  }
  const items = value[key];
  if (Array.isArray(items)) for (const item of items) walk(item, rest, visit);
}

export const stepsOf = (path: string) => path.split('.');

/**
 * What `fields` of `value` the caller may not see under `granted`, and whether a kept one reveals
 * more than a name. Of an erased subject (`erasedSubject`), the fields `value` holds without a value are `erased`.
 */
export function redact<T>(value: T, fields: readonly PersonalField[], granted: ReadonlySet<Category>, prefix = '', erasedSubject = false): Redacted<T> {
  const hidden: PersonalField[] = [];
  const erased: string[] = [];
  let revealed = false;
  for (const field of fields) {
    let present = false;
    let held = false;
    walk(value, stepsOf(field.path), (parent, key) => {
      held = true;
      if (parent[key] !== undefined && parent[key] !== null) present = true;
    });
    if (!present) {
      if (held && erasedSubject) erased.push(`${prefix}${field.path}`);
      continue;
    }
    if (granted.has(field.category)) revealed ||= field.category !== 'name';
    else hidden.push(field);
  }
  if (hidden.length === 0) return { value, redacted: [], erased, revealed };
  const copy = structuredClone(value);
  for (const field of hidden) walk(copy, stepsOf(field.path), (parent, key) => delete parent[key]);
  return { value: copy, redacted: hidden.map((field) => `${prefix}${field.path}`), erased, revealed };
}
