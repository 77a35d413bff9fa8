/**
 * The read policy's declarations agree with the workflows: every registered workflow has its
 * personal fields and its read rules declared (a new workflow cannot leave the server unfiltered),
 * every event type named carries that name in its workflow, and redaction leaves out exactly the
 * fields of the categories not granted, naming them.
 */
import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/engine/registry.ts';
import { PERSONAL_FIELDS, type PersonalField } from '../../src/privacy/personal-fields.ts';
import { READ_POLICY } from '../../src/privacy/read-policy.ts';
import { redact } from '../../src/privacy/redact.ts';

describe('read policy declarations', () => {
  const registry = new Registry();

  it('declare personal fields and read rules for exactly the registered workflows', () => {
    expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual([...registry.names()].sort());
    expect(Object.keys(READ_POLICY).sort()).toEqual([...registry.names()].sort());
  });

  it('name only event types their workflow records', () => {
    for (const name of registry.names()) {
      const def = registry.latest(name);
      const recorded = new Set([...Object.values(def.commands).map((c) => c.event), ...Object.values(def.timers)]);
      for (const type of Object.keys(PERSONAL_FIELDS[name]!.events)) expect(recorded.has(type), `${name}: ${type}`).toBe(true);
    }
  });

  it('redaction leaves out the fields of categories not granted, through arrays, and names their paths', () => {
    const fields: PersonalField[] = [
      { path: 'applicant.name', category: 'name' },
      { path: 'applicant.birthDate', category: 'birthDate' },
      { path: 'sponsors[].opinion', category: 'assessment' },
      { path: 'missing.field', category: 'contact' },
    ];
    const data = { applicant: { name: 'A', birthDate: '1990-01-01' }, sponsors: [{ opinion: 'x', memberId: 'm1' }, { opinion: 'y', memberId: 'm2' }] };
    const names = redact(data, fields, new Set(['name']), 'data.');
    expect(names.value).toEqual({ applicant: { name: 'A' }, sponsors: [{ memberId: 'm1' }, { memberId: 'm2' }] });
    expect(names.redacted).toEqual(['data.applicant.birthDate', 'data.sponsors[].opinion']);
    expect(names.revealed).toBe(false);
    // The original is untouched.
    expect(data.applicant.birthDate).toBe('1990-01-01');
    const all = redact(data, fields, new Set(['name', 'birthDate', 'assessment', 'contact']));
    expect(all).toEqual({ value: data, redacted: [], erased: [], revealed: true });
    // Of an erased subject, the personal fields it holds without a value are listed as erased, and reveal nothing.
    const gone = { applicant: { name: null, birthDate: null }, sponsors: [{ opinion: null, memberId: 'm1' }] };
    const erased = redact(gone, fields, new Set(['name', 'birthDate', 'assessment', 'contact']), 'data.', true);
    expect(erased).toEqual({ value: gone, redacted: [], erased: ['data.applicant.name', 'data.applicant.birthDate', 'data.sponsors[].opinion'], revealed: false });
    expect(redact(gone, fields, new Set(['name']), 'data.').erased).toEqual([]);
  });
});
