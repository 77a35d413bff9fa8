/**
 * Each workflow declares the data of every event it records and of its instances (`eventData`,
 * `instanceData`, the schemas its TypeScript types are derived from; the API documents them). The
 * scenario harness checks the data itself against them after every step; this checks that nothing
 * is left undeclared and that the API can give each event type one name.
 */
import { describe, expect, it } from 'vitest';
import { ALL_WORKFLOWS } from '../../src/engine/registry.ts';
import { PERSONAL_FIELDS } from '../../src/privacy/personal-fields.ts';
import { answeredData } from '../../src/http/data-schemas.ts';

/** The event types the machine takes (its delayed `xstate.after.*` transitions mirror timer events). */
const machineEvents = (def: (typeof ALL_WORKFLOWS)[number]) =>
  [...def.machine.root.events].filter((type) => !type.startsWith('xstate.')).sort();

describe('workflow data schemas', () => {
  for (const def of ALL_WORKFLOWS) {
    it(`${def.name}: declares the data of exactly the events its machine takes, its commands and its timers record`, () => {
      const declared = Object.keys(def.eventData).sort();
      expect(declared).toEqual(machineEvents(def));
      for (const spec of Object.values(def.commands)) expect(declared).toContain(spec.event);
      for (const event of Object.values(def.timers)) expect(declared).toContain(event);
      expect(def.instanceData.type).toBe('object');
    });
  }

  it('holds every personal field where src/privacy/personal-fields.ts says it sits (the API makes each optional and nullable)', () => {
    for (const def of ALL_WORKFLOWS) {
      const fields = PERSONAL_FIELDS[def.name];
      expect(fields, def.name).toBeDefined();
      expect(() => answeredData(def.instanceData, fields!.instance, `${def.name} instance`)).not.toThrow();
      for (const [type, eventFields] of Object.entries(fields!.events)) {
        expect(Object.keys(def.eventData), `${def.name}: ${type}`).toContain(type);
        expect(() => answeredData(def.eventData[type]!, eventFields, type)).not.toThrow();
      }
    }
    // A path the schema lacks is refused, not skipped.
    const [def] = ALL_WORKFLOWS;
    expect(() => answeredData(def!.instanceData, [{ path: 'nowhere.name', category: 'name' }], 'test')).toThrow(/nowhere\.name/);
  });

  it('declares the caseNumber the engine adds to a numbered workflow’s first event', () => {
    for (const def of ALL_WORKFLOWS.filter((d) => d.numbered)) {
      for (const start of def.startCommands) {
        const event = def.commands[start]!.event;
        expect(Object.keys(def.eventData[event]!.properties), `${def.name} ${event}`).toContain('caseNumber');
      }
    }
  });

  it('gives an event type that two workflows record one data schema (the API names it once)', () => {
    const seen = new Map<string, { workflow: string; schema: string }>();
    for (const def of ALL_WORKFLOWS) {
      for (const [type, schema] of Object.entries(def.eventData)) {
        const text = JSON.stringify(schema);
        const earlier = seen.get(type);
        if (earlier) expect(text, `${type} in ${earlier.workflow} and ${def.name}`).toBe(earlier.schema);
        else seen.set(type, { workflow: def.name, schema: text });
      }
    }
    expect(seen.has('VoteClosed')).toBe(true);
  });
});
