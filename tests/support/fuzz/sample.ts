/**
 * A plausible valid value for a JSON schema (the subset our TypeBox schemas produce), so that a
 * fuzzed body can be "valid but for one thing" and reach the engine, not only the validator.
 */
import type { JsonSchema } from './routes.ts';

const STRING_CANDIDATES = ['abc', 'a1', 'branch-1', '2024-01-15', 'x'];

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'date') return '2024-01-15';
  if (schema.format === 'date-time') return '2024-01-15T10:00:00Z';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 1_000;
  let candidates = STRING_CANDIDATES;
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern);
    candidates = STRING_CANDIDATES.filter((c) => pattern.test(c));
  }
  const base = candidates[0] ?? 'x';
  const padded = base.length >= min ? base : base + 'a'.repeat(min - base.length);
  return padded.slice(0, Math.max(max, 1));
}

/** `choice` picks among union variants and enum values, so different seeds reach different commands. */
export function sample(schema: JsonSchema, choice = 0): unknown {
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[choice % schema.enum.length];
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return sample(variants[choice % variants.length] ?? {}, Math.floor(choice / variants.length));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    return Object.assign({}, ...(schema.allOf as JsonSchema[]).map((s) => sample(s, choice)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const out: Record<string, unknown> = {};
      for (const [name, prop] of Object.entries(properties)) {
        // Required fields always; optional ones on odd choices, so both shapes get tried.
        if (required.has(name) || choice % 2 === 1 || (typeof schema.minProperties === 'number' && Object.keys(out).length < schema.minProperties)) {
          out[name] = sample(prop, choice);
        }
      }
      return out;
    }
    case 'array': {
      const items = (schema.items ?? {}) as JsonSchema;
      const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
      return Array.from({ length: Math.max(min, 1) }, (_, i) => sample(items, choice + i));
    }
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      const max = typeof schema.maximum === 'number' ? schema.maximum : min + 10;
      return Math.min(Math.max(min, 1), max);
    }
    case 'boolean':
      return choice % 2 === 0;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** The JSON pointer-ish paths of the scalar fields of a sampled value, to mutate one of them. */
export function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return prefix.length > 0 ? [prefix] : [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const nested = entries.flatMap(([k, v]) => fieldPaths(v, [...prefix, k]));
  return prefix.length > 0 ? [prefix, ...nested] : nested;
}

/** A deep copy of `value` with the field at `path` replaced (or removed when `replacement` is REMOVE). */
export const REMOVE = Symbol('remove');
export function withField(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = JSON.parse(JSON.stringify(value));
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] ?? '';
  if (replacement === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}
