/** A suggestion-box collection: one small stream per collection (docs/workflows.md, "Collection"). */
import { Type } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import type { DomainEvent, WorkflowDefinition } from './contract.ts';
import { command, IsoDate, Text } from './schemas.ts';

export interface CollectionContext {
  box: string;
  collectedOn: string;
  count: number;
}

export const RecordCollection = command('RecordCollection', {
  box: Text(100, 'Which suggestion box'),
  collectedOn: IsoDate('The day the box was opened'),
  count: Type.Integer({ minimum: 0, maximum: 100_000, description: 'Suggestions found in the box' }),
});

type CollectionRecorded = DomainEvent<'CollectionRecorded', CollectionContext>;

const machine = setup({
  types: {} as { context: CollectionContext; events: CollectionRecorded },
  actions: {
    record: assign(({ event }) => ({ ...event.data })),
  },
}).createMachine({
  id: 'collection',
  initial: 'start',
  context: { box: '', collectedOn: '', count: 0 },
  states: {
    start: { on: { CollectionRecorded: { target: 'recorded', actions: 'record' } } },
    recorded: { type: 'final' },
  },
});

export const collection: WorkflowDefinition<CollectionContext> = {
  name: 'collection',
  version: 1,
  title: 'Suggestion box collection',
  machine,
  startCommands: ['RecordCollection'],
  timers: {},
  commands: {
    RecordCollection: {
      schema: RecordCollection,
      roles: ['suggestion_manager'],
      event: 'CollectionRecorded',
      decide: ({ command }: { command: { box: string; collectedOn: string; count: number } }) => [
        { type: 'CollectionRecorded', data: { box: command.box, collectedOn: command.collectedOn, count: command.count } },
      ],
    },
  },
};
