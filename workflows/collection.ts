/** A suggestion-box collection: one small stream per collection (docs/workflows.md, "Collection"). */
import { Type, type Static } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import type { EventsOf, WorkflowDefinition } from './contract.ts';
import { command, IsoDate, Text } from './schemas.ts';

/** What a collection records, and all the instance holds. */
export const CollectionData = Type.Object({
  box: Type.String({ description: 'Which suggestion box' }),
  collectedOn: IsoDate('The day the box was opened'),
  count: Type.Integer({ minimum: 0, description: 'Suggestions found in the box' }),
});
export type CollectionContext = Static<typeof CollectionData>;

export const RecordCollection = command('RecordCollection', {
  box: Text(100, 'Which suggestion box'),
  collectedOn: IsoDate('The day the box was opened'),
  count: Type.Integer({ minimum: 0, maximum: 100_000, description: 'Suggestions found in the box' }),
});

export const collectionEvents = { CollectionRecorded: CollectionData };
type CollectionRecorded = EventsOf<typeof collectionEvents>;

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
  eventData: collectionEvents,
  instanceData: CollectionData,
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
