/**
 * Canonical JSON feeds the hash chain: it must stay byte-for-byte what it was when events were
 * hashed. Checked against a plain reference (keys sorted, undefined members dropped) on generated
 * values, and on a fixed event whose hash is pinned.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, eventHash, GENESIS_HASH } from '../../src/store/canonical.ts';

function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

const sorted = (d: Record<string, unknown>) => Object.fromEntries(Object.entries(d).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Nested values: null, undefined, booleans, the given leaves, strings, arrays and dictionaries (as `objects` makes them). */
function values(leaves: fc.Arbitrary<unknown>[], objects: (d: fc.Arbitrary<Record<string, unknown>>) => fc.Arbitrary<unknown>[]) {
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
      fc.string({ unit: 'grapheme' }),
      ...leaves,
      fc.array(tie('node'), { maxLength: 4 }),
      ...objects(fc.dictionary(fc.string(), tie('node'), { maxKeys: 5 })),
    ),
  })).node;
}

describe('canonicalJson', () => {
  it('equals the reference on any JSON-like value (with undefined members and array holes)', () => {
    const value = values([fc.double({ noNaN: true })], (d) => [d]);
    fc.assert(fc.property(value, (v) => canonicalJson(v) === reference(v)), { numRuns: 500 });
  });

  it('equals the reference on values mostly in canonical order already (the JSON.stringify path), with Dates, boxed primitives, functions and toJSON among them', () => {
    const value = values(
      [
        fc.double(),
        fc.date({ noInvalidDate: true }),
        fc.constant(() => 1),
        fc.constant({ toJSON: () => 'replaced' }),
        fc.constant(Object(3) as object),
        fc.constant(Object('ab') as object),
      ],
      (d) => [d.map(sorted), d.map((o) => Object.assign(Object.create(null) as object, sorted(o))), d],
    );
    fc.assert(fc.property(value, (v) => canonicalJson(v) === reference(v)), { numRuns: 1000 });
  });

  it('writes integer-like keys in string order, not in the order objects list them', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', x: { 2: true, 11: false } })).toBe('{"10":"b","9":"a","x":{"11":false,"2":true}}');
    expect(canonicalJson([{ b: 1, a: 2 }, new Date(0), { a: () => 1 }])).toBe('[{"a":2,"b":1},{},{"a":null}]');
  });

  it('sorts keys, drops undefined members, writes undefined in arrays as null', () => {
    expect(canonicalJson({ b: 1, a: [undefined, { d: undefined, c: 'x' }], ä: true })).toBe('{"a":[null,{"c":"x"}],"b":1,"ä":true}');
  });

  it('hashes a fixed event to the same value as before', () => {
    const hash = eventHash(GENESIS_HASH, {
      streamId: 'suggestion/1',
      version: 1,
      type: 'SuggestionRegistered',
      data: { content: '路灯坏了', anonymous: true, submitter: null },
      metadata: { actor: { id: 'p1', name: 'Office', role: 'office' }, commandId: 'c1', commandType: 'RegisterSuggestion', comment: undefined },
      occurredOn: '2026-03-01',
      recordedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(hash).toBe(HASH_BEFORE);
  });
});

const HASH_BEFORE = 'f8f9b232aa7ca8f724f48a88de4f3729b592e345177c416c4d5cb1723284900a';
