/**
 * The decider's step (src/engine/machine-step.ts): XState's pure transition with one inert actor
 * scope per machine. What it must keep from `transition()`, and where it refuses a machine.
 */
import { describe, expect, it } from 'vitest';
import { assign, createMachine, fromPromise, initialTransition, setup, transition } from 'xstate';
import { step } from '../../src/engine/machine-step.ts';
import { initialSnapshot } from '../../src/engine/initial-snapshot.ts';
import type { WorkflowDefinition } from '../../workflows/contract.ts';

const timed = setup({ delays: { deadline: 60_000 } }).createMachine({
  id: 'timed',
  initial: 'open',
  context: { count: 0 },
  states: {
    open: {
      after: { deadline: { target: 'late' } },
      on: {
        Bump: { actions: assign({ count: ({ context }) => context.count + 1 }) },
        Close: { target: 'closed' },
      },
    },
    late: { on: { Close: { target: 'closed' } } },
    closed: { type: 'final' },
  },
});

describe('stepping a machine', () => {
  it("gives XState's transition(): the snapshot and the actions (a delayed raise, its cancel)", () => {
    const [start] = initialTransition(timed, undefined);
    for (const event of [{ type: 'Bump' }, { type: 'Close' }]) {
      const ours = step(timed, start, event);
      const [next, actions] = transition(timed, start, event);
      expect(ours.snapshot.value).toEqual(next.value);
      expect(ours.snapshot.context).toEqual(next.context);
      expect(ours.snapshot.status).toBe(next.status);
      expect(ours.accepted).toBe(true);
      expect(ours.actions.map((a) => [a.type, a.params])).toEqual(actions.map((a) => [a.type, a.params]));
    }
    // Close leaves `open`, whose delayed transition is cancelled: the cancel is among the actions.
    expect(step(timed, start, { type: 'Close' }).actions.map((a) => a.type)).toContain('xstate.cancel');
  });

  it('reports an ignored event as not accepted, with the same snapshot and no actions', () => {
    const [start] = initialTransition(timed, undefined);
    const closed = step(timed, start, { type: 'Close' }).snapshot;
    const ignored = step(timed, closed, { type: 'Bump' });
    expect(ignored.accepted).toBe(false);
    expect(ignored.snapshot).toBe(closed);
    expect(ignored.actions).toEqual([]);
  });

  it('keeps no action of one step for the next, also after a step that threw', () => {
    const throwing = createMachine({
      id: 'throwing',
      initial: 'a',
      states: {
        a: {
          after: { 1000: { target: 'b' } },
          on: {
            Go: { target: 'b' },
            // Leaving `a` first collects the cancel of its delayed transition, then the assign throws.
            Boom: {
              target: 'b',
              actions: assign(() => {
                throw new Error('boom');
              }),
            },
          },
        },
        b: {},
      },
    });
    const [start] = initialTransition(throwing, undefined);
    expect(() => step(throwing, start, { type: 'Boom' })).toThrow();
    const went = step(throwing, start, { type: 'Go' });
    const [, reference] = transition(throwing, start, { type: 'Go' });
    expect(reference.map((a) => a.type)).toEqual(['xstate.cancel']);
    expect(went.actions.map((a) => a.type)).toEqual(['xstate.cancel']);
  });

  it('refuses loudly a machine whose step starts a child actor', () => {
    const invoking = setup({ actors: { work: fromPromise(async () => 1) } }).createMachine({
      id: 'invoking',
      initial: 'idle',
      states: { idle: { on: { Start: 'working' } }, working: { invoke: { src: 'work' } } },
    });
    const [start] = initialTransition(invoking, undefined);
    expect(() => step(invoking, start, { type: 'Start' })).toThrow(/child actor/);
  });

  it('refuses loudly a machine that starts a child actor in its initial state', () => {
    const invokingAtOnce = setup({ actors: { work: fromPromise(async () => 1) } }).createMachine({
      id: 'invokingAtOnce',
      initial: 'working',
      states: { working: { invoke: { src: 'work' } } },
    });
    expect(() => initialSnapshot({ machine: invokingAtOnce } as unknown as WorkflowDefinition)).toThrow(/child actor/);
  });
});
