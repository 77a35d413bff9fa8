/**
 * Suggestion handling: every suggestion gets a reply (docs/workflows.md, "Suggestion").
 *
 * The reply deadline (`dueOn`) is decided in `decide` and carried in the event data, so a replay never
 * depends on the current policy. A reply on `dueOn` is on time; a durable timer `replyDeadline`, armed in
 * `registered` and `in_progress`, is due at the start of the day after; when it fires it records
 * `ReplyOverdue` (actor system; its `dueOn` is that first overdue day), which marks `overdue` and keeps
 * the state. Leaving either state cancels it; an approved extension re-enters `in_progress` and so
 * re-raises it with the moved due date.
 */
import { Type, type Static } from '@sinclair/typebox';
import { assign, setup } from 'xstate';
import {
  RuleViolation,
  ScopeViolation,
  type CallerInput,
  type DecideInput,
  type EventsOf,
  type NewEvent,
  type WorkflowDefinition,
} from './contract.ts';
import { addDays, msBetween } from './dates.ts';
import { CaseNumberField, command, Enum, Id, IsoDate, NoData, Nullable, Ref, Text, TimerData } from './schemas.ts';

export const CHANNELS = ['box', 'online', 'visit', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];
export const REPLY_METHODS = ['in_person', 'phone', 'written', 'posted_notice'] as const;
export type ReplyMethod = (typeof REPLY_METHODS)[number];

const On = IsoDate;

const SubmitterData = Type.Object({ name: Type.String({ description: 'Who made it' }), contact: Type.String({ description: 'How to reach them' }) });
const SuggestionRegisteredData = Type.Object({
  receivedOn: On('The day the suggestion was received'),
  channel: Enum(CHANNELS, 'How it came in'),
  category: Type.String(),
  content: Type.String(),
  anonymous: Type.Boolean(),
  submitter: Nullable(SubmitterData, 'null for an anonymous suggestion'),
  collectionId: Nullable(Type.String(), 'The box collection it was found in'),
  dueOn: On('The reply deadline: receivedOn + replyDays'),
});
const ReplyMethodField = () => Enum(REPLY_METHODS, 'How the reply was given');

export const suggestionEvents = {
  SuggestionRegistered: Type.Object({ ...SuggestionRegisteredData.properties, caseNumber: CaseNumberField() }),
  HandlerAssigned: Type.Object({ handlerId: Type.String({ description: 'The principal who handles it' }) }),
  SuggestionReferred: Type.Object({ organisation: Type.String(), note: Type.String() }),
  ExtensionRequested: Type.Object({ days: Type.Integer({ minimum: 1 }), reason: Type.String() }),
  ExtensionApproved: Type.Object({
    days: Type.Integer({ minimum: 1 }),
    previousDueOn: On(),
    dueOn: On('The moved deadline'),
    overdue: Type.Boolean({ description: 'Still overdue: the moved deadline has already passed' }),
  }),
  ReplySent: Type.Object({
    method: ReplyMethodField(),
    content: Type.String(),
    onTime: Type.Boolean(),
    dueOn: On('The deadline in force when it was sent'),
  }),
  SatisfactionRecorded: Type.Object({
    satisfied: Type.Boolean(),
    dueOn: Nullable(On(), 'The new deadline when unsatisfied (the suggestion is reopened), else null'),
  }),
  SuggestionClosed: NoData(),
  ReplyOverdue: TimerData(),
};
export type SuggestionEvent = EventsOf<typeof suggestionEvents>;
type SuggestionRegisteredData = Static<typeof SuggestionRegisteredData>;

export const SuggestionContextSchema = Type.Object({
  receivedOn: On(),
  registeredOn: On(),
  channel: Nullable(Enum(CHANNELS)),
  category: Type.String(),
  content: Type.String(),
  anonymous: Type.Boolean(),
  submitter: Nullable(SubmitterData),
  collectionId: Nullable(Type.String()),
  caseNumber: CaseNumberField(),
  dueOn: On('The reply deadline in force: receivedOn + replyDays, moved by approved extensions, renewed on an unsatisfied reply'),
  overdue: Type.Boolean({ description: 'true once ReplyOverdue fired for the deadline in force' }),
  handlerId: Nullable(Type.String()),
  referrals: Type.Array(Type.Object({ organisation: Type.String(), note: Type.String(), on: On() })),
  pendingExtension: Nullable(
    Type.Object({ days: Type.Integer(), reason: Type.String(), requestedOn: On(), requestedBy: Type.String({ description: 'Principal id' }) }),
  ),
  extendedDays: Type.Integer({ minimum: 0, description: 'Days added by approved extensions, all rounds together' }),
  reply: Nullable(
    Type.Object({ method: ReplyMethodField(), content: Type.String(), repliedOn: On(), onTime: Type.Boolean(), by: Type.String({ description: 'Principal id' }) }),
    'The latest reply (null while a reply is pending)',
  ),
  replyCount: Type.Integer({ minimum: 0, description: 'Replies sent so far, all rounds together' }),
  satisfied: Nullable(Type.Boolean(), 'The latest satisfaction recorded for the latest reply (null if none yet)'),
  closedOn: Nullable(On()),
});
export type SuggestionContext = Static<typeof SuggestionContextSchema>;

const INITIAL_CONTEXT: SuggestionContext = {
  receivedOn: '',
  registeredOn: '',
  channel: null,
  category: '',
  content: '',
  anonymous: false,
  submitter: null,
  collectionId: null,
  dueOn: '',
  overdue: false,
  handlerId: null,
  referrals: [],
  pendingExtension: null,
  extendedDays: 0,
  reply: null,
  replyCount: 0,
  satisfied: null,
  closedOn: null,
};

// ---- commands --------------------------------------------------------------------------------------

export const RegisterSuggestion = command('RegisterSuggestion', {
  receivedOn: IsoDate('The day the suggestion was received'),
  channel: Enum(CHANNELS, 'How it came in'),
  category: Text(100, 'Subject area'),
  content: Text(10_000, 'The suggestion itself'),
  submitter: Type.Optional(
    Type.Object(
      { name: Text(100, 'Who made it'), contact: Text(200, 'How to reach them') },
      { additionalProperties: false },
    ),
  ),
  anonymous: Type.Optional(Type.Boolean({ description: 'true for an anonymous suggestion (then no submitter)' })),
  collectionId: Type.Optional(Ref('collection', 'The box collection it was found in (channel box only)')),
});

export const AssignHandler = command('AssignHandler', {
  principalId: Ref('principal', 'The principal who will handle it'),
});

export const ReferTo = command('ReferTo', {
  organisation: Text(200, 'Where it was referred'),
  note: Text(2000, 'What was asked of them'),
});

export const RequestExtension = command('RequestExtension', {
  days: Type.Integer({ minimum: 1, maximum: 365, description: 'Days to add to the deadline (at most the policy maxExtensionDays)' }),
  reason: Text(2000),
});

export const ApproveExtension = command('ApproveExtension', {});

export const Reply = command('Reply', {
  method: Enum(REPLY_METHODS, 'How the reply was given (posted_notice only for anonymous suggestions)'),
  content: Text(10_000, 'The reply'),
});

export const RecordSatisfaction = command('RecordSatisfaction', {
  satisfied: Type.Boolean({ description: 'false reopens the suggestion with a new deadline' }),
});

export const Close = command('Close', {});

// ---- events ----------------------------------------------------------------------------------------

// ---- machine ---------------------------------------------------------------------------------------

const machine = setup({
  types: {} as { context: SuggestionContext; events: SuggestionEvent },
  guards: {
    isUnsatisfied: ({ event }) => event.type === 'SatisfactionRecorded' && !event.data.satisfied,
  },
  delays: {
    /** Due the day after the deadline in force (a reply on the deadline is on time), counted from the business date of the event that entered the state. */
    replyDeadline: ({ context, event }) => msBetween(event.on, addDays(context.dueOn, 1)),
  },
  actions: {
    register: assign(({ event }) => {
      if (event.type !== 'SuggestionRegistered') return {};
      return { ...event.data, registeredOn: event.on, overdue: false };
    }),
    assignHandler: assign(({ event }) => (event.type === 'HandlerAssigned' ? { handlerId: event.data.handlerId } : {})),
    recordReferral: assign(({ context, event }) =>
      event.type === 'SuggestionReferred'
        ? { referrals: [...context.referrals, { organisation: event.data.organisation, note: event.data.note, on: event.on }] }
        : {},
    ),
    recordExtensionRequest: assign(({ event }) =>
      event.type === 'ExtensionRequested'
        ? { pendingExtension: { days: event.data.days, reason: event.data.reason, requestedOn: event.on, requestedBy: event.actor.id } }
        : {},
    ),
    applyExtension: assign(({ context, event }) =>
      event.type === 'ExtensionApproved'
        ? {
            dueOn: event.data.dueOn,
            overdue: event.data.overdue,
            pendingExtension: null,
            extendedDays: context.extendedDays + event.data.days,
          }
        : {},
    ),
    recordReply: assign(({ context, event }) =>
      event.type === 'ReplySent'
        ? {
            reply: {
              method: event.data.method,
              content: event.data.content,
              repliedOn: event.on,
              onTime: event.data.onTime,
              by: event.actor.id,
            },
            replyCount: context.replyCount + 1,
            pendingExtension: null,
            satisfied: null,
          }
        : {},
    ),
    recordSatisfaction: assign(({ event }) => (event.type === 'SatisfactionRecorded' ? { satisfied: event.data.satisfied } : {})),
    reopen: assign(({ event }) =>
      event.type === 'SatisfactionRecorded' && event.data.dueOn !== null
        ? { dueOn: event.data.dueOn, overdue: false, reply: null }
        : {},
    ),
    markOverdue: assign({ overdue: true }),
    close: assign(({ event }) => ({ closedOn: event.on })),
  },
}).createMachine({
  id: 'suggestion',
  initial: 'start',
  context: INITIAL_CONTEXT,
  states: {
    start: {
      on: { SuggestionRegistered: { target: 'registered', actions: 'register' } },
    },
    registered: {
      after: { replyDeadline: { actions: 'markOverdue' } },
      on: {
        ReplyOverdue: { actions: 'markOverdue' },
        HandlerAssigned: { target: 'in_progress', actions: 'assignHandler' },
        ReplySent: { target: 'replied', actions: 'recordReply' },
      },
    },
    in_progress: {
      after: { replyDeadline: { actions: 'markOverdue' } },
      on: {
        ReplyOverdue: { actions: 'markOverdue' },
        SuggestionReferred: { actions: 'recordReferral' },
        ExtensionRequested: { actions: 'recordExtensionRequest' },
        ExtensionApproved: { target: 'in_progress', reenter: true, actions: 'applyExtension' },
        ReplySent: { target: 'replied', actions: 'recordReply' },
      },
    },
    replied: {
      on: {
        SatisfactionRecorded: [
          { guard: 'isUnsatisfied', target: 'in_progress', actions: ['recordSatisfaction', 'reopen'] },
          { actions: 'recordSatisfaction' },
        ],
        SuggestionClosed: { target: 'closed', actions: 'close' },
      },
    },
    closed: { type: 'final' },
  },
});

// ---- rules -----------------------------------------------------------------------------------------

type Input<C> = DecideInput<SuggestionContext, C>;

/** A `handler` acts only on the suggestion assigned to them; a suggestion_manager may act on any. */
const assignedHandlerOnly = ({ role, principal, context }: CallerInput<SuggestionContext>): ScopeViolation | null =>
  role === 'handler' && principal.id !== context.handlerId ? new ScopeViolation('only the assigned handler may act on this suggestion') : null;

/** The chair approves an extension only when one was requested. */
const extensionRequested = ({ context }: CallerInput<SuggestionContext>): RuleViolation | null =>
  context.pendingExtension ? null : new RuleViolation('no_extension_requested', 'there is no pending extension request to approve');

function decideRegister({ command, on, settings }: Input<Static<typeof RegisterSuggestion>>): NewEvent[] {
  const anonymous = command.anonymous === true;
  if (anonymous && command.submitter) {
    throw new RuleViolation('anonymous_with_submitter', 'an anonymous suggestion has no submitter');
  }
  if (!anonymous && !command.submitter) {
    throw new RuleViolation('submitter_required', 'give the submitter {name, contact} or anonymous: true');
  }
  if (command.receivedOn > on) {
    throw new RuleViolation('received_after_registration', `receivedOn ${command.receivedOn} is after the registration date ${on}`);
  }
  const categories = settings.categories;
  if (categories.length > 0 && !categories.includes(command.category)) {
    throw new RuleViolation('unknown_category', `${command.category} is not one of the categories in the settings`, { categories });
  }
  if (command.collectionId !== undefined && command.channel !== 'box') {
    throw new RuleViolation('collection_needs_box_channel', 'only a suggestion from the box can name a collection');
  }
  const data: SuggestionRegisteredData = {
    receivedOn: command.receivedOn,
    channel: command.channel,
    category: command.category,
    content: command.content,
    anonymous,
    submitter: command.submitter ? { name: command.submitter.name, contact: command.submitter.contact } : null,
    collectionId: command.collectionId ?? null,
    dueOn: addDays(command.receivedOn, settings.policy.replyDays),
  };
  return [{ type: 'SuggestionRegistered', data: { ...data } }];
}

function decideRequestExtension({ command, settings }: Input<Static<typeof RequestExtension>>): NewEvent[] {
  const max = settings.policy.maxExtensionDays;
  if (command.days > max) {
    throw new RuleViolation('extension_too_long', `an extension may add at most ${max} days`, { maxExtensionDays: max });
  }
  return [{ type: 'ExtensionRequested', data: { days: command.days, reason: command.reason } }];
}

function decideApproveExtension({ context, on }: Input<Static<typeof ApproveExtension>>): NewEvent[] {
  const pending = context.pendingExtension;
  // An invariant: `forbids` (extensionRequested) refuses the command before decide when nothing was requested.
  if (!pending) throw new Error('ApproveExtension reached decide without a pending extension');
  const dueOn = addDays(context.dueOn, pending.days);
  // Still overdue only if the moved deadline has already passed (a deadline on the approval day has not).
  const overdue = dueOn >= on ? false : context.overdue;
  return [{ type: 'ExtensionApproved', data: { days: pending.days, previousDueOn: context.dueOn, dueOn, overdue } }];
}

function decideReply({ command, context, on }: Input<Static<typeof Reply>>): NewEvent[] {
  if (context.anonymous && command.method !== 'posted_notice') {
    throw new RuleViolation('anonymous_needs_posted_notice', 'an anonymous suggestion is answered by a posted notice');
  }
  return [
    {
      type: 'ReplySent',
      data: { method: command.method, content: command.content, onTime: on <= context.dueOn, dueOn: context.dueOn },
    },
  ];
}

function decideSatisfaction({ command, on, settings }: Input<Static<typeof RecordSatisfaction>>): NewEvent[] {
  const dueOn = command.satisfied ? null : addDays(on, settings.policy.replyDays);
  return [{ type: 'SatisfactionRecorded', data: { satisfied: command.satisfied, dueOn } }];
}

// ---- definition ------------------------------------------------------------------------------------

export const suggestion: WorkflowDefinition<SuggestionContext> = {
  name: 'suggestion',
  version: 1,
  numbered: true,
  title: 'Suggestion — every suggestion gets a reply',
  machine,
  startCommands: ['RegisterSuggestion'],
  timers: { replyDeadline: 'ReplyOverdue' },
  eventData: suggestionEvents,
  instanceData: SuggestionContextSchema,
  commands: {
    RegisterSuggestion: {
      schema: RegisterSuggestion,
      roles: ['suggestion_manager', 'office'],
      event: 'SuggestionRegistered',
      decide: decideRegister,
    },
    AssignHandler: {
      schema: AssignHandler,
      roles: ['suggestion_manager'],
      event: 'HandlerAssigned',
      decide: ({ command }: Input<Static<typeof AssignHandler>>) => [
        { type: 'HandlerAssigned', data: { handlerId: command.principalId } },
      ],
    },
    ReferTo: {
      schema: ReferTo,
      roles: ['handler'],
      event: 'SuggestionReferred',
      forbids: assignedHandlerOnly,
      decide: ({ command }: Input<Static<typeof ReferTo>>) => [
        { type: 'SuggestionReferred', data: { organisation: command.organisation, note: command.note } },
      ],
    },
    RequestExtension: {
      schema: RequestExtension,
      roles: ['handler'],
      event: 'ExtensionRequested',
      forbids: assignedHandlerOnly,
      decide: decideRequestExtension,
    },
    ApproveExtension: {
      schema: ApproveExtension,
      roles: ['chair'],
      event: 'ExtensionApproved',
      forbids: extensionRequested,
      decide: decideApproveExtension,
    },
    Reply: {
      schema: Reply,
      // suggestion_manager first: a principal holding both may answer any suggestion.
      roles: ['suggestion_manager', 'handler'],
      event: 'ReplySent',
      forbids: assignedHandlerOnly,
      decide: decideReply,
    },
    RecordSatisfaction: {
      schema: RecordSatisfaction,
      roles: ['suggestion_manager'],
      event: 'SatisfactionRecorded',
      decide: decideSatisfaction,
    },
    Close: {
      schema: Close,
      roles: ['suggestion_manager'],
      event: 'SuggestionClosed',
      decide: () => [{ type: 'SuggestionClosed', data: {} }],
    },
  },
};
