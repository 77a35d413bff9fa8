/**
 * Content negotiation by `Accept` and `Accept-Language` (RFC 9110 §12.5): the offered value with
 * the highest quality wins, ties going to the order the server offers them in.
 */
import { DomainError } from '../errors.ts';

interface Range {
  value: string;
  q: number;
}

function ranges(header: string | undefined): Range[] {
  if (!header || header.trim() === '') return [];
  return header.split(',').flatMap((part) => {
    const [value = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    return value ? [{ value: value.trim().toLowerCase(), q: q === undefined ? 1 : Number(q) }] : [];
  });
}

const typeMatches = (range: string, offered: string) =>
  range === '*/*' || range === offered || (range.endsWith('/*') && offered.startsWith(range.slice(0, -1)));

/** The offered media type the client prefers; the first offered when it sends no Accept; 406 when none is acceptable. */
export function negotiateType<T extends string>(accept: string | undefined, offered: readonly T[]): T {
  const asked = ranges(accept);
  const first = offered[0];
  if (first === undefined) throw new Error('negotiateType needs at least one media type');
  if (asked.length === 0) return first;
  let best: { type: T; q: number } | null = null;
  for (const type of offered) {
    const q = Math.max(0, ...asked.filter((r) => typeMatches(r.value, type)).map((r) => r.q));
    if (q > 0 && (best === null || q > best.q)) best = { type, q };
  }
  if (!best) throw new DomainError('not_acceptable', `this resource is available as ${offered.join(', ')}`, 406, { available: offered });
  return best.type;
}

/** The offered language the client prefers (by primary tag: `en-GB` asks for `en`); the first offered otherwise. */
export function negotiateLanguage<T extends string>(acceptLanguage: string | undefined, offered: readonly T[]): T {
  const first = offered[0];
  if (first === undefined) throw new Error('negotiateLanguage needs at least one language');
  const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  const asked = ranges(acceptLanguage)
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const range of asked) {
    const found = offered.find((o) => o.toLowerCase() === range.value) ?? offered.find((o) => primary(o) === primary(range.value));
    if (found) return found;
  }
  return first;
}
