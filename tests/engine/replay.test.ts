/**
 * The rebuild folds with replayFold (src/engine/replay.ts), which takes our flat machines' steps
 * without XState's general algorithm, and leaves everything else to XState's fold. These tests hold
 * it to XState's fold on every stream of the realistic mix (whole streams and in pieces), check it
 * is used for every workflow, and check it declines what it does not know: a rejected event, a
 * machine with other features, a delay that is not a number, a spawn, a throwing action.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, setup, type AnyMachineSnapshot } from 'xstate';
import type { TestApp } from '../support/app.ts';
import { applyEvents, applyEventsWithXState, fold, foldWithXState, type Folded } from '../../src/engine/decider.ts';
import { toDomainEvent } from '../../src/engine/engine.ts';
import { ALL_WORKFLOWS, Registry } from '../../src/engine/registry.ts';
import { replayable, replayFold } from '../../src/engine/replay.ts';
import { readStream } from '../../src/store/event-store.ts';
import type { DomainEvent, WorkflowDefinition } from '../../workflows/contract.ts';
import { mixedTestApp } from '../projections/realistic-mix.ts';

/**
 * Everything a snapshot holds but its machine. Its state nodes and tags as sets: XState keeps
 * `_nodes` in the order it built them (resolveState lists the root first, a transition last) and
 * reads them only as a set.
 */
const whole = (s: AnyMachineSnapshot) => ({
  value: s.value,
  status: s.status,
  context: s.context,
  output: s.output,
  error: s.error,
  historyValue: s.historyValue,
  children: Object.keys(s.children),
  tags: [...s.tags].sort(),
  nodes: (s as unknown as { _nodes: { id: string }[] })._nodes.map((n) => n.id).sort(),
});

const event = (type: string, data: Record<string, unknown> = {}): DomainEvent => ({ type, data, on: '2024-01-01', actor: { id: 'a', name: 'A', role: 'office' } });

/** A definition around a test machine (only `machine` is read by the folds). */
const defOf = (machine: WorkflowDefinition['machine']) => ({ name: 'test', version: 1, machine }) as unknown as WorkflowDefinition;

describe('replayFold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await mixedTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('takes every workflow (none is left to XState as a whole)', () => {
    expect(ALL_WORKFLOWS.length).toBeGreaterThan(5);
    for (const def of ALL_WORKFLOWS) expect(replayable(def.machine), def.name).not.toBeNull();
  });

  it("gives XState's fold at every event of every stream of the mix, whole and in pieces", async () => {
    const registry = new Registry();
    const { rows } = await sql<{ stream_id: string; workflow: string; workflow_version: number }>`SELECT stream_id, workflow, workflow_version FROM streams ORDER BY stream_id`.execute(
      t.handle.db,
    );
    expect(rows.length).toBeGreaterThan(20);
    const workflows = new Set<string>();
    let events = 0;
    for (const row of rows) {
      const def = registry.get(row.workflow, row.workflow_version);
      const stream = (await readStream(t.handle.db, row.stream_id)).map(toDomainEvent);
      // The whole stream at once, as a rebuild folds a stream.
      const fast = replayFold(def, stream);
      expect(fast, row.stream_id).not.toBeNull();
      const reference = foldWithXState(def, stream);
      expect(whole(fast!.snapshot), row.stream_id).toEqual(whole(reference.snapshot));
      expect(fast!.history).toEqual(reference.history);
      // One event at a time, each step from the previous fast result.
      let piece = replayFold(def, [])!;
      expect(whole(piece.snapshot)).toEqual(whole(foldWithXState(def, []).snapshot));
      for (let i = 0; i < stream.length; i++) {
        piece = replayFold(def, [stream[i]!], piece)!;
        expect(piece, `${row.stream_id} #${i + 1}`).not.toBeNull();
        expect(whole(piece.snapshot), `${row.stream_id} #${i + 1}`).toEqual(whole(foldWithXState(def, stream.slice(0, i + 1)).snapshot));
      }
      expect(piece.history).toHaveLength(stream.length);
      workflows.add(def.name);
      events += stream.length;
    }
    expect(events).toBeGreaterThan(80);
    expect([...workflows].sort()).toEqual(expect.arrayContaining(['cadre-training', 'collection', 'member', 'recruitment', 'secondment', 'settings', 'suggestion']));
  });

  it("gives XState's step, with the timers it sets and cancels, for every event of every stream of the mix", async () => {
    const registry = new Registry();
    const { rows } = await sql<{ stream_id: string; workflow: string; workflow_version: number }>`SELECT stream_id, workflow, workflow_version FROM streams ORDER BY stream_id`.execute(
      t.handle.db,
    );
    const timerKinds = { set: 0, cancel: 0 };
    let steps = 0;
    for (const row of rows) {
      const def = registry.get(row.workflow, row.workflow_version);
      const stream = (await readStream(t.handle.db, row.stream_id)).map(toDomainEvent);
      let before: Folded = foldWithXState(def, []);
      for (let i = 0; i < stream.length; i++) {
        const at = `${row.stream_id} #${i + 1} (${stream[i]!.type})`;
        // The fast step takes it (the engine does not fall back to XState for it)...
        expect(replayFold(def, [stream[i]!], before, []), at).not.toBeNull();
        const fast = applyEvents(def, before, [stream[i]!], 'Command');
        const reference = applyEventsWithXState(def, before, [stream[i]!], 'Command');
        // ...and gives what XState's step gives: the state, the history and the timer changes, in order.
        expect(whole(fast.folded.snapshot), at).toEqual(whole(reference.folded.snapshot));
        expect(fast.folded.history, at).toEqual(reference.folded.history);
        expect(fast.timers, at).toEqual(reference.timers);
        for (const timer of reference.timers) timerKinds[timer.kind] += 1;
        before = reference.folded;
        steps += 1;
      }
    }
    expect(steps).toBeGreaterThan(80);
    // The mix enters and leaves states with deadlines: the comparison covered both kinds of change.
    expect(timerKinds.set).toBeGreaterThan(10);
    expect(timerKinds.cancel).toBeGreaterThan(5);
  });

  it("gives XState's timers for sibling targets, self-targets with and without reenter, and a final state", () => {
    const machine = setup({
      types: {} as { context: { days: number }; events: { type: 'Go' | 'Stay' | 'Again' | 'Note' | 'Back' | 'End'; data: { days?: number } } },
      delays: { deadline: ({ context }) => context.days * 86_400_000, reminder: 3_600_000 },
      actions: { setDays: assign({ days: ({ event }) => event.data.days ?? 1 }) },
    }).createMachine({
      initial: 'a',
      context: { days: 1 },
      states: {
        a: { on: { Go: { target: 'b', actions: 'setDays' }, End: 'done' } },
        b: {
          after: { deadline: { actions: 'setDays' }, reminder: { actions: 'setDays' } },
          on: {
            Stay: { target: 'b', actions: 'setDays' },
            Again: { target: 'b', reenter: true, actions: 'setDays' },
            Note: { actions: 'setDays' },
            Back: 'a',
            End: 'done',
          },
        },
        done: { type: 'final' },
      },
    });
    const def = { ...defOf(machine), timers: { deadline: 'DeadlinePassed', reminder: 'ReminderDue' } } as WorkflowDefinition;
    expect(replayable(machine)).not.toBeNull();
    const sequences = [
      [event('Go', { days: 2 }), event('Stay', { days: 3 }), event('Again', { days: 4 }), event('Note', { days: 5 }), event('Back')],
      [event('Go', { days: 2 }), event('End')],
      [event('End')],
    ];
    const seen = new Set<string>();
    for (const events of sequences) {
      let before: Folded = foldWithXState(def, []);
      for (const e of events) {
        expect(replayFold(def, [e], before, []), e.type).not.toBeNull();
        const fast = applyEvents(def, before, [e], e.type);
        const reference = applyEventsWithXState(def, before, [e], e.type);
        expect(fast.timers, e.type).toEqual(reference.timers);
        expect(whole(fast.folded.snapshot), e.type).toEqual(whole(reference.folded.snapshot));
        seen.add(`${e.type}:${reference.timers.map((t) => t.kind).join('+')}`);
        before = reference.folded;
      }
      // Several events at once, as a command that records more than one.
      const start = foldWithXState(def, []);
      expect(applyEvents(def, start, events, 'Many').timers).toEqual(applyEventsWithXState(def, start, events, 'Many').timers);
    }
    // What XState does, so what the comparison covered: entering b raises both timers; a self-target
    // without reenter neither cancels nor raises; with reenter, both are cancelled and raised again.
    expect([...seen].sort()).toEqual(['Again:cancel+cancel+set+set', 'Back:cancel+cancel', 'End:', 'End:cancel+cancel', 'Go:set+set', 'Note:', 'Stay:'].sort());
  });

  it('leaves a rejected event to XState, whose fold throws ReplayDivergence', () => {
    const def = new Registry().get('suggestion', 1);
    const close = event('SuggestionClosed');
    expect(replayFold(def, [close])).toBeNull();
    expect(() => foldWithXState(def, [close])).toThrow(/rejected event #1 \(SuggestionClosed\)/);
    // The engine's fold falls back to XState's for it, and so fails with XState's fold's error.
    expect(() => fold(def, [close])).toThrow(/rejected event #1 \(SuggestionClosed\)/);
    expect(() => applyEvents(def, fold(def, []), [close], 'CloseSuggestion')).toThrow(/CloseSuggestion is not allowed in state \(start\)/);
  });

  it('leaves a final state to XState: nothing follows it', () => {
    const machine = setup({}).createMachine({ initial: 'start', states: { start: { on: { End: 'end' } }, end: { type: 'final' } } });
    const def = defOf(machine);
    const ended = replayFold(def, [event('End')])!;
    expect(ended.snapshot.status).toBe('done');
    expect(whole(ended.snapshot)).toEqual(whole(foldWithXState(def, [event('End')]).snapshot));
    expect(replayFold(def, [event('End')], ended)).toBeNull();
  });

  it('applies assign actions, guards and parameterised actions as XState does', () => {
    const machine = setup({
      types: {} as { context: { n: number; log: string[] }; events: { type: 'Add'; data: { by: number } } | { type: 'Next'; data: object } },
      guards: { big: ({ event }) => event.type === 'Add' && event.data.by > 10 },
      actions: {
        add: assign({ n: ({ context, event }) => context.n + (event.type === 'Add' ? event.data.by : 0), log: ({ context }) => [...context.log, 'add'] }),
        note: assign(({ context }, params: { text: string }) => ({ log: [...context.log, params.text] })),
        sideEffect: () => undefined,
      },
    }).createMachine({
      initial: 'a',
      context: { n: 0, log: [] },
      states: {
        a: {
          on: {
            Add: [
              { guard: 'big', target: 'b', actions: ['add', { type: 'note', params: { text: 'big' } }] },
              { actions: ['add', 'sideEffect'] },
            ],
          },
        },
        b: { on: { Next: { target: 'a', actions: { type: 'note', params: { text: 'back' } } } } },
      },
    });
    const def = defOf(machine);
    expect(replayable(machine)).not.toBeNull();
    const events = [event('Add', { by: 1 }), event('Add', { by: 2 }), event('Add', { by: 20 }), event('Next'), event('Add', { by: 3 })];
    const fast = replayFold(def, events)!;
    expect(fast).not.toBeNull();
    expect(whole(fast.snapshot)).toEqual(whole(foldWithXState(def, events).snapshot));
    expect(fast.snapshot.context).toEqual({ n: 26, log: ['add', 'add', 'add', 'big', 'back', 'add'] });
  });

  it('declines machines with features it leaves to XState', () => {
    const nested = setup({}).createMachine({ initial: 'a', states: { a: { initial: 'x', states: { x: {} } } } });
    const always = setup({}).createMachine({ initial: 'a', states: { a: { always: { target: 'b' } }, b: {} } });
    const entry = setup({ actions: { hello: assign({}) } }).createMachine({ initial: 'a', states: { a: { entry: 'hello' } } });
    const wildcard = setup({}).createMachine({ initial: 'a', states: { a: { on: { '*': 'b' } }, b: {} } });
    const rootOn = setup({}).createMachine({ initial: 'a', on: { Reset: '.a' }, states: { a: {} } });
    const empty = setup({}).createMachine({ initial: 'a', states: { a: { on: { Nothing: {} } } } });
    for (const machine of [nested, always, entry, wildcard, rootOn, empty]) expect(replayable(machine)).toBeNull();
    expect(replayFold(defOf(nested), [event('Anything')])).toBeNull();
  });

  it('declines a delay that is not a number, a spawn and a throwing action', () => {
    const machine = setup({
      types: {} as { context: { due: unknown }; events: { type: 'Go' | 'Spawn' | 'Throw'; data: { due?: unknown } } },
      delays: { deadline: ({ context }) => context.due as number },
      actions: {
        setDue: assign({ due: ({ event }) => event.data.due }),
        spawnOne: assign(({ spawn }) => ({ due: (spawn as unknown as (x: string) => unknown)('child') })),
        boom: assign(() => {
          throw new Error('boom');
        }),
      },
    }).createMachine({
      initial: 'a',
      context: { due: 0 },
      states: {
        a: { on: { Go: { target: 'b', actions: 'setDue' }, Spawn: { actions: 'spawnOne' }, Throw: { actions: 'boom' } } },
        b: { after: { deadline: { actions: 'setDue' } } },
      },
    });
    const def = defOf(machine);
    expect(replayable(machine)).not.toBeNull();
    expect(replayFold(def, [event('Go', { due: 5 })])?.snapshot.value).toBe('b');
    expect(replayFold(def, [event('Go', { due: 'soon' })])).toBeNull();
    expect(replayFold(def, [event('Spawn')])).toBeNull();
    expect(replayFold(def, [event('Throw')])).toBeNull();
  });
});
