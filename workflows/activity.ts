/**
 * An organisation activity (a study session, a survey, a social service day …): one small stream
 * per activity, so the annual report counts activities and participations from the log. A record
 * made in error is withdrawn (it stays in the history, the report leaves it out) and recorded anew.
 */
import { Type, type Static } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import { RuleViolation, type EventsOf, type Facts, type WorkflowDefinition } from './contract.ts';
import { command, Enum, Id, IsoDate, Nullable, ReasonData, Ref, Text } from './schemas.ts';

export const ACTIVITY_KINDS = ['study', 'research', 'social_service', 'consultation', 'training', 'fellowship', 'meeting', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

const ActivityRecordedData = Type.Object({
  date: IsoDate('The day the activity took place'),
  kind: Enum(ACTIVITY_KINDS, 'What kind of activity'),
  title: Type.String({ description: 'What it was' }),
  place: Type.String({ description: 'Where it took place' }),
  participants: Type.Array(Type.String(), { description: 'Member ids of the participants, each once' }),
});

export const activityEvents = {
  ActivityRecorded: ActivityRecordedData,
  ActivityWithdrawn: ReasonData(),
};

const ActivityFields = {
  ...ActivityRecordedData.properties,
  withdrawal: Nullable(Type.Object({ reason: Type.String(), on: IsoDate('The day it was withdrawn') }), 'Set once the record was withdrawn'),
};
export const ActivityContextSchema = Type.Object(ActivityFields);
export type ActivityContext = Static<typeof ActivityContextSchema>;

/** The instance's data: the context and how many took part. */
export const ActivityInstanceData = Type.Object({ ...ActivityFields, participantCount: Type.Integer({ minimum: 0 }) });

export const RecordActivity = command(
  'RecordActivity',
  {
    date: IsoDate('The day the activity took place'),
    kind: Enum(ACTIVITY_KINDS, 'What kind of activity'),
    title: Text(200, 'What it was'),
    place: Text(200, 'Where it took place'),
    participants: Type.Array(Ref('member', 'A participating member'), {
      minItems: 1,
      maxItems: 1000,
      uniqueItems: true,
      description: 'The members who took part (roster ids), each once',
    }),
  },
  'Records an organisation activity and who of the members took part',
);

export const WithdrawActivity = command('WithdrawActivity', { reason: Text(2000, 'Why the record is withdrawn') }, 'Withdraws a record made in error');

interface RecordActivityCommand {
  date: string;
  kind: ActivityKind;
  title: string;
  place: string;
  participants: string[];
}

type ActivityEvent = EventsOf<typeof activityEvents>;

/** Every participant must be on the roster and have joined by the activity's date (`not_a_member`). */
function checkParticipants(command: RecordActivityCommand, facts: Facts): void {
  const unknown = command.participants.filter((id) => {
    const member = facts.members.get(id);
    return !member || member.joinedOn > command.date;
  });
  if (unknown.length > 0) {
    throw new RuleViolation('not_a_member', `not members on ${command.date}: ${unknown.slice(0, 10).join(', ')}`, { memberIds: unknown.slice(0, 100) });
  }
}

const machine = setup({
  types: {} as { context: ActivityContext; events: ActivityEvent },
  actions: {
    record: assign(({ event }) => (event.type === 'ActivityRecorded' ? { ...event.data, participants: [...event.data.participants] } : {})),
    withdraw: assign(({ event }) => (event.type === 'ActivityWithdrawn' ? { withdrawal: { reason: event.data.reason, on: event.on } } : {})),
  },
}).createMachine({
  id: 'activity',
  initial: 'start',
  context: { date: '', kind: 'other', title: '', place: '', participants: [], withdrawal: null },
  states: {
    start: { on: { ActivityRecorded: { target: 'recorded', actions: 'record' } } },
    recorded: { on: { ActivityWithdrawn: { target: 'withdrawn', actions: 'withdraw' } } },
    withdrawn: { type: 'final' },
  },
});

export const activity: WorkflowDefinition<ActivityContext> = {
  name: 'activity',
  version: 1,
  title: 'Organisation activity',
  machine,
  startCommands: ['RecordActivity'],
  timers: {},
  eventData: activityEvents,
  instanceData: ActivityInstanceData,
  view: (context) => ({ ...context, participantCount: context.participants.length }),
  commands: {
    RecordActivity: {
      schema: RecordActivity,
      roles: ['office'],
      event: 'ActivityRecorded',
      needs: (command: RecordActivityCommand) => ({ members: command.participants }),
      decide: ({ command, facts }: { command: RecordActivityCommand; facts: Facts }) => {
        checkParticipants(command, facts);
        const { date, kind, title, place, participants } = command;
        return [{ type: 'ActivityRecorded', data: { date, kind, title, place, participants: [...participants] } }];
      },
    },
    WithdrawActivity: {
      schema: WithdrawActivity,
      roles: ['office'],
      event: 'ActivityWithdrawn',
      decide: ({ command }: { command: { reason: string } }) => [{ type: 'ActivityWithdrawn', data: { reason: command.reason } }],
    },
  },
};
