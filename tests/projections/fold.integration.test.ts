/**
 * Replay folds every event through its machine. The decider steps machines through one shared inert
 * actor scope per machine instead of xstate's `transition()` (which builds an actor, and so the
 * initial snapshot, on every call); these tests hold it to `transition()`'s results on every stream of
 * the realistic mix (snapshots and actions alike). tests/engine/machine-step.test.ts holds the step
 * itself, and its refusal of machines with child actors.
 * The inbox's commands per role, memoised per state, are held to `allowedCommands` the same way.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { TestApp } from '../support/app.ts';
import { allowedCommands, allowedCommandsByRole, applyEvents, fold, initialSnapshot, ReplayDivergence, timerOps } from '../../src/engine/decider.ts';
import { toDomainEvent } from '../../src/engine/engine.ts';
import { Registry } from '../../src/engine/registry.ts';
import { readStream } from '../../src/store/event-store.ts';
import { ROLES, type DomainEvent, type Principal, type Role } from '../../workflows/contract.ts';
import { mixedTestApp } from '../support/realistic-mix.ts';

const essence = (s: AnyMachineSnapshot) => ({ value: s.value, status: s.status, context: s.context, children: Object.keys(s.children) });

const event = (type: string): DomainEvent => ({ type, data: {}, on: '2024-01-01', actor: { id: 'a', name: 'A', role: 'office' } });

describe('folding through a shared actor scope', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await mixedTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives xstate transition()'s snapshot and actions at every event of every stream of the mix", async () => {
    const registry = new Registry();
    const { rows } = await sql<{ stream_id: string; workflow: string; workflow_version: number }>`SELECT stream_id, workflow, workflow_version FROM streams ORDER BY stream_id`.execute(
      t.handle.db,
    );
    expect(rows.length).toBeGreaterThan(20);
    let steps = 0;
    let withActions = 0;
    for (const row of rows) {
      const def = registry.get(row.workflow, row.workflow_version);
      let reference = initialTransition(def.machine, undefined)[0];
      let folded = fold(def, []);
      expect(essence(folded.snapshot)).toEqual(essence(reference));
      for (const stored of await readStream(t.handle.db, row.stream_id)) {
        const e = toDomainEvent(stored);
        const [next, actions] = transition(def.machine, reference, e);
        // applyEvents collects the actions (timers) the same step produces.
        const applied = applyEvents(def, folded, [e], 'replay');
        folded = fold(def, [e], folded);
        expect(essence(folded.snapshot)).toEqual(essence(next));
        expect(essence(applied.folded.snapshot)).toEqual(essence(next));
        expect(applied.timers).toEqual(timerOps(def, e, actions as Parameters<typeof timerOps>[2]));
        reference = next;
        steps++;
        if (applied.timers.length > 0) withActions++;
      }
    }
    expect(steps).toBeGreaterThan(50);
    expect(withActions).toBeGreaterThan(0);
  });

  it('memoised per state, the commands per role are allowedCommands for a principal holding only that role', async () => {
    const registry = new Registry();
    const { rows } = await sql<{ stream_id: string; workflow: string; workflow_version: number }>`SELECT stream_id, workflow, workflow_version FROM streams ORDER BY stream_id`.execute(
      t.handle.db,
    );
    const only = (role: Role): Principal => ({ id: 'p', name: 'P', roles: [role], memberId: null, branchId: null, hostUnit: null });
    const states = new Set<string>();
    for (const row of rows) {
      const def = registry.get(row.workflow, row.workflow_version);
      let folded = fold(def, []);
      for (const stored of await readStream(t.handle.db, row.stream_id)) {
        folded = fold(def, [toDomainEvent(stored)], folded);
        const expected = ROLES.map((role) => [role, allowedCommands(def, folded.snapshot, only(role))] as const).filter(([, c]) => c.length > 0);
        // Twice: computed, then from the memo.
        expect(allowedCommandsByRole(def, folded.snapshot)).toEqual(expected);
        expect(allowedCommandsByRole(def, folded.snapshot)).toEqual(expected);
        states.add(`${def.name}:${JSON.stringify(folded.snapshot.value)}:${folded.snapshot.status}`);
      }
    }
    expect(states.size).toBeGreaterThan(20);
  });

  it('shares one initial snapshot per machine, and steps never change a snapshot they start from', () => {
    const def = new Registry().latest('suggestion');
    const start = initialSnapshot(def);
    expect(initialSnapshot(def)).toBe(start);
    const before = JSON.stringify(essence(start));
    const registered = fold(def, [
      {
        type: 'SuggestionRegistered',
        data: { receivedOn: '2024-01-02', channel: 'box', category: 'roads', content: 'x', anonymous: true, submitter: null, collectionId: null, dueOn: '2024-01-20' },
        on: '2024-01-02',
        actor: { id: 'm', name: 'M', role: 'suggestion_manager' },
      },
    ]);
    expect(registered.snapshot.value).toBe('registered');
    expect(JSON.stringify(essence(start))).toBe(before);
    expect(() => fold(def, [event('SuggestionClosed')])).toThrow(ReplayDivergence);
  });
});
