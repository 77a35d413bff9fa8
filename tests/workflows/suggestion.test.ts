import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, ROLES, type Role } from '../../workflows/contract.ts';
import { suggestion, type SuggestionContext } from '../../workflows/suggestion.ts';
import { principal, scenario, type Scenario } from '../support/scenario.ts';

const manager = principal(['suggestion_manager'], { id: 'manager', name: 'Manager' });
const office = principal(['office'], { id: 'office', name: 'Office' });
const handler = principal(['handler'], { id: 'h1', name: 'Handler One' });
const otherHandler = principal(['handler'], { id: 'h2', name: 'Handler Two' });
const chair = principal(['chair', 'committee'], { id: 'chair', name: 'Chair' });

const TODAY = '2024-03-01';

const register = (extra: Record<string, unknown> = {}) => ({
  type: 'RegisterSuggestion',
  receivedOn: '2024-02-20',
  channel: 'online',
  category: 'transport',
  content: 'More buses on line 3, please.',
  submitter: { name: 'Zhang Wei', contact: '138 0000 0000' },
  on: '2024-02-21',
  ...extra,
});
const anonymousRegister = (extra: Record<string, unknown> = {}) => {
  const { submitter: _omitted, ...rest } = register({ anonymous: true, ...extra });
  return rest;
};
const assign = (on = '2024-02-22', principalId = handler.id) => ({ type: 'AssignHandler', principalId, on });
const reply = (extra: Record<string, unknown> = {}) => ({ type: 'Reply', method: 'written', content: 'Line 3 gets two more buses.', ...extra });
const requestExtension = (days = 10, on = '2024-02-25') => ({ type: 'RequestExtension', days, reason: 'Waiting for the transport bureau', on });

type S = Scenario<SuggestionContext>;
const TIMER_REGISTERED = 'xstate.after.replyDeadline.suggestion.registered';
const TIMER_IN_PROGRESS = 'xstate.after.replyDeadline.suggestion.in_progress';

function registered(command: Record<string, unknown> = register(), options: Parameters<typeof scenario>[1] = {}): S {
  const s = scenario(suggestion, { today: TODAY, ...options });
  s.exec(manager, command);
  return s;
}
function inProgress(command: Record<string, unknown> = register()): S {
  const s = registered(command);
  s.exec(manager, assign());
  return s;
}
function replied(command: Record<string, unknown> = register()): S {
  const s = inProgress(command);
  s.exec(handler, reply({ on: '2024-02-28' }));
  return s;
}
const timers = (s: S) => [...s.timers.values()];

describe('suggestion: RegisterSuggestion', () => {
  it('registers with the reply deadline receivedOn + replyDays, in context and event data, and sets the timer', () => {
    const s = registered();
    expect(s.state).toBe('registered');
    expect(s.history).toHaveLength(1);
    const [event] = s.history;
    expect(event?.type).toBe('SuggestionRegistered');
    expect(event?.actor).toEqual({ id: manager.id, name: manager.name, role: 'suggestion_manager' });
    expect(event?.data).toEqual({
      receivedOn: '2024-02-20',
      channel: 'online',
      category: 'transport',
      content: 'More buses on line 3, please.',
      anonymous: false,
      submitter: { name: 'Zhang Wei', contact: '138 0000 0000' },
      collectionId: null,
      dueOn: '2024-03-06',
    });
    expect(s.context).toMatchObject({
      receivedOn: '2024-02-20',
      registeredOn: '2024-02-21',
      channel: 'online',
      category: 'transport',
      dueOn: '2024-03-06',
      overdue: false,
      handlerId: null,
      anonymous: false,
    });
    expect(timers(s)).toEqual([{ timerId: TIMER_REGISTERED, eventType: 'ReplyOverdue', dueOn: '2024-03-07' }]);
    s.expectReplayable();
  });

  it('the office may register too; the deadline follows the policy replyDays', () => {
    const s = scenario(suggestion, { today: TODAY, settings: { policy: { ...DEFAULT_POLICY, replyDays: 10 } } });
    s.exec(office, register());
    expect(s.history[0]?.actor.role).toBe('office');
    expect(s.context.dueOn).toBe('2024-03-01');
    expect(s.history[0]?.data.dueOn).toBe('2024-03-01');
  });

  it('registers an anonymous suggestion from a box collection', () => {
    const s = registered(anonymousRegister({ channel: 'box', collectionId: 'col-1' }));
    expect(s.context).toMatchObject({ anonymous: true, submitter: null, collectionId: 'col-1', channel: 'box' });
  });

  it('accepts receivedOn equal to the registration date, defaulting `on` to today', () => {
    const s = scenario(suggestion, { today: TODAY });
    const { on: _on, ...withoutOn } = register({ receivedOn: TODAY });
    s.exec(manager, withoutOn);
    expect(s.history[0]?.on).toBe(TODAY);
    expect(s.context.dueOn).toBe('2024-03-16');
  });

  it('needs a submitter or anonymous: true (submitter_required)', () => {
    const s = scenario(suggestion, { today: TODAY });
    const { submitter: _omitted, ...noSubmitter } = register();
    s.reject(manager, noSubmitter, 'submitter_required');
    s.reject(manager, { ...noSubmitter, anonymous: false }, 'submitter_required');
    expect(s.history).toHaveLength(0);
  });

  it('refuses a submitter on an anonymous suggestion (anonymous_with_submitter)', () => {
    const s = scenario(suggestion, { today: TODAY });
    s.reject(manager, register({ anonymous: true }), 'anonymous_with_submitter');
    s.exec(manager, register({ anonymous: false }));
    expect(s.context.anonymous).toBe(false);
  });

  it('refuses a receivedOn after the registration date (received_after_registration)', () => {
    const s = scenario(suggestion, { today: TODAY });
    s.reject(manager, register({ receivedOn: '2024-02-22', on: '2024-02-21' }), 'received_after_registration');
    const { on: _on, ...withoutOn } = register({ receivedOn: '2024-03-02' });
    s.reject(manager, withoutOn, 'received_after_registration');
  });

  it('refuses a collectionId unless the channel is box (collection_needs_box_channel)', () => {
    const s = scenario(suggestion, { today: TODAY });
    s.reject(manager, register({ channel: 'online', collectionId: 'col-1' }), 'collection_needs_box_channel');
    s.exec(manager, register({ channel: 'box', collectionId: 'col-1' }));
  });

  it('validates the body strictly', () => {
    const s = scenario(suggestion, { today: TODAY });
    s.reject(manager, register({ channel: 'fax' }), 'invalid_command');
    s.reject(manager, register({ content: 'x'.repeat(10_001) }), 'invalid_command');
    s.reject(manager, register({ content: '' }), 'invalid_command');
    s.reject(manager, register({ receivedOn: '2024-02-30' }), 'invalid_command');
    s.reject(manager, register({ submitter: { name: 'Zhang Wei' } }), 'invalid_command');
    s.reject(manager, register({ submitter: { name: 'Zhang Wei', contact: 'x', age: 3 } }), 'invalid_command');
    s.reject(manager, register({ anonymous: 'yes' }), 'invalid_command');
    s.reject(manager, register({ priority: 'high' }), 'invalid_command');
    s.reject(manager, register({ collectionId: 'bad id with spaces', channel: 'box' }), 'invalid_command');
    expect(s.history).toHaveLength(0);
    s.exec(manager, register({ content: 'x'.repeat(10_000) }));
  });

  it('is the only start command, and only once', () => {
    const s = scenario(suggestion, { today: TODAY });
    s.reject(manager, assign(), 'command_not_allowed');
    s.exec(manager, register());
    s.reject(manager, register(), 'command_not_allowed');
  });
});

describe('suggestion: the reply deadline timer', () => {
  it('a suggestion received 40 days ago is due immediately; firing records ReplyOverdue and keeps the state', () => {
    const s = registered(register({ receivedOn: '2024-01-21', on: TODAY }));
    expect(s.context.dueOn).toBe('2024-02-05');
    expect(timers(s)).toEqual([{ timerId: TIMER_REGISTERED, eventType: 'ReplyOverdue', dueOn: '2024-02-06' }]);
    const [overdue] = s.fire('ReplyOverdue');
    expect(overdue).toEqual({
      type: 'ReplyOverdue',
      data: { dueOn: '2024-02-06', timerId: TIMER_REGISTERED },
      on: '2024-02-06',
      actor: { id: 'system', name: 'system', role: 'system' },
    });
    expect(s.state).toBe('registered');
    expect(s.context.overdue).toBe(true);
    expect(timers(s)).toEqual([]);
    s.expectReplayable();
  });

  it('assigning a handler keeps the same due date (the timer moves to in_progress)', () => {
    const s = registered();
    s.exec(manager, assign('2024-02-25'));
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-07' }]);
    s.fire('ReplyOverdue');
    expect(s.state).toBe('in_progress');
    expect(s.context.overdue).toBe(true);
    s.expectReplayable();
  });

  it('an already overdue suggestion stays overdue when assigned, and its timer is due again at once', () => {
    const s = registered(register({ receivedOn: '2024-01-21', on: TODAY }));
    s.fire('ReplyOverdue');
    s.exec(manager, assign(TODAY));
    expect(s.context.overdue).toBe(true);
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-02-06' }]);
  });

  it('a reply cancels the timer, from registered and from in_progress', () => {
    const a = registered();
    a.exec(manager, reply());
    expect(timers(a)).toEqual([]);
    const b = inProgress();
    b.exec(handler, reply());
    expect(timers(b)).toEqual([]);
  });

  it('referrals and extension requests leave the timer alone', () => {
    const s = inProgress();
    s.exec(handler, { type: 'ReferTo', organisation: 'Transport bureau', note: 'Please advise', on: '2024-02-23' });
    s.exec(handler, requestExtension());
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-07' }]);
  });

  it('ReplyOverdue is only accepted while a reply is pending', () => {
    const s = replied();
    expect(() => s.fire('ReplyOverdue')).toThrow();
  });
});

describe('suggestion: registered', () => {
  it('AssignHandler → in_progress, storing the handler', () => {
    const s = inProgress();
    expect(s.state).toBe('in_progress');
    expect(s.context.handlerId).toBe(handler.id);
    expect(s.history.at(-1)).toMatchObject({ type: 'HandlerAssigned', data: { handlerId: 'h1' }, actor: { role: 'suggestion_manager' } });
    s.reject(manager, assign(), 'command_not_allowed');
    s.expectReplayable();
  });

  it('Reply by the suggestion manager → replied', () => {
    const s = registered();
    s.exec(manager, reply({ on: '2024-02-23' }));
    expect(s.state).toBe('replied');
    expect(s.context.reply).toEqual({
      method: 'written',
      content: 'Line 3 gets two more buses.',
      repliedOn: '2024-02-23',
      onTime: true,
      by: 'manager',
    });
    s.expectReplayable();
  });

  it('a handler cannot reply before being assigned (forbidden_role)', () => {
    const s = registered();
    const error = s.reject(handler, reply(), 'forbidden_role');
    expect(error.status).toBe(403);
  });

  it('only the reply and the assignment are allowed', () => {
    const s = registered();
    expect(s.allowed().sort()).toEqual(['AssignHandler', 'Reply']);
    s.reject(handler, { type: 'ReferTo', organisation: 'x', note: 'y' }, 'command_not_allowed');
    s.reject(handler, requestExtension(), 'command_not_allowed');
    s.reject(chair, { type: 'ApproveExtension' }, 'command_not_allowed');
    s.reject(manager, { type: 'RecordSatisfaction', satisfied: true }, 'command_not_allowed');
  });
});

describe('suggestion: in_progress', () => {
  it('ReferTo records the referral (assigned handler only)', () => {
    const s = inProgress();
    s.exec(handler, { type: 'ReferTo', organisation: 'Transport bureau', note: 'Please advise', on: '2024-02-23' });
    expect(s.state).toBe('in_progress');
    expect(s.context.referrals).toEqual([{ organisation: 'Transport bureau', note: 'Please advise', on: '2024-02-23' }]);
    expect(s.history.at(-1)?.type).toBe('SuggestionReferred');
    s.reject(otherHandler, { type: 'ReferTo', organisation: 'x', note: 'y' }, 'forbidden_role');
    s.expectReplayable();
  });

  it('RequestExtension records a pending extension (assigned handler only)', () => {
    const s = inProgress();
    s.reject(otherHandler, requestExtension(), 'forbidden_role');
    s.exec(handler, requestExtension(10));
    expect(s.context.pendingExtension).toEqual({ days: 10, reason: 'Waiting for the transport bureau', requestedOn: '2024-02-25', requestedBy: 'h1' });
    expect(s.context.dueOn).toBe('2024-03-06');
    s.exec(handler, requestExtension(20, '2024-02-26'));
    expect(s.context.pendingExtension?.days).toBe(20);
    s.expectReplayable();
  });

  it('an extension is at most maxExtensionDays (extension_too_long), and at least one day', () => {
    const s = inProgress();
    s.reject(handler, requestExtension(31), 'extension_too_long');
    s.reject(handler, requestExtension(0), 'invalid_command');
    s.exec(handler, requestExtension(30));
    const strict = scenario(suggestion, { today: TODAY, settings: { policy: { ...DEFAULT_POLICY, maxExtensionDays: 5 } } });
    strict.exec(manager, register());
    strict.exec(manager, assign());
    strict.reject(handler, requestExtension(6), 'extension_too_long');
    strict.exec(handler, requestExtension(5));
  });

  it('ApproveExtension needs a pending request (no_extension_requested)', () => {
    const s = inProgress();
    s.reject(chair, { type: 'ApproveExtension' }, 'no_extension_requested');
    s.exec(handler, requestExtension(10));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-02-27' });
    s.reject(chair, { type: 'ApproveExtension' }, 'no_extension_requested');
  });

  it('ApproveExtension moves the deadline and re-raises the timer with the new due date', () => {
    const s = inProgress();
    s.exec(handler, requestExtension(10));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-02-27' });
    expect(s.state).toBe('in_progress');
    expect(s.history.at(-1)).toMatchObject({
      type: 'ExtensionApproved',
      data: { days: 10, previousDueOn: '2024-03-06', dueOn: '2024-03-16', overdue: false },
      actor: { id: 'chair', role: 'chair' },
    });
    expect(s.context).toMatchObject({ dueOn: '2024-03-16', pendingExtension: null, extendedDays: 10, handlerId: 'h1' });
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-17' }]);
    s.expectReplayable();
  });

  it('an approved extension clears overdue when the new deadline is after the approval date', () => {
    const s = inProgress();
    s.fire('ReplyOverdue');
    expect(s.context.overdue).toBe(true);
    s.exec(handler, requestExtension(10, '2024-03-07'));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-03-08' });
    expect(s.context).toMatchObject({ dueOn: '2024-03-16', overdue: false });
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-17' }]);
    s.expectReplayable();
  });

  it('an approved extension ending on the approval date clears overdue: a reply that day is on time', () => {
    const s = inProgress();
    s.fire('ReplyOverdue');
    s.exec(handler, requestExtension(5, '2024-03-10'));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-03-11' });
    expect(s.context).toMatchObject({ dueOn: '2024-03-11', overdue: false });
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-12' }]);
    s.exec(handler, reply({ on: '2024-03-11' }));
    expect(s.history.at(-1)?.data.onTime).toBe(true);
  });

  it('an approved extension that still ends before the approval date keeps overdue (and the timer is due at once)', () => {
    const s = inProgress();
    s.fire('ReplyOverdue');
    s.exec(handler, requestExtension(5, '2024-03-10'));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-03-12' });
    expect(s.context).toMatchObject({ dueOn: '2024-03-11', overdue: true });
    expect(s.history.at(-1)?.data.overdue).toBe(true);
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-12' }]);
  });

  it('Reply by the assigned handler → replied, on time when on <= dueOn', () => {
    const s = inProgress();
    s.reject(otherHandler, reply(), 'forbidden_role');
    s.exec(handler, reply({ method: 'phone', on: '2024-03-06' }));
    expect(s.state).toBe('replied');
    expect(s.history.at(-1)).toMatchObject({ type: 'ReplySent', data: { method: 'phone', onTime: true, dueOn: '2024-03-06' }, actor: { role: 'handler' } });
    expect(s.context.reply).toMatchObject({ repliedOn: '2024-03-06', onTime: true, by: 'h1' });
    expect(s.context.replyCount).toBe(1);
    s.expectReplayable();
  });

  it('a reply after the deadline is recorded as late', () => {
    const s = inProgress();
    s.fire('ReplyOverdue');
    s.exec(handler, reply({ on: '2024-03-07' }));
    expect(s.context.reply).toMatchObject({ repliedOn: '2024-03-07', onTime: false });
    expect(s.context.overdue).toBe(true);
  });

  it('a suggestion manager may reply to any suggestion; the reply clears a pending extension', () => {
    const s = inProgress();
    s.exec(handler, requestExtension());
    s.exec(manager, reply({ method: 'in_person' }));
    expect(s.state).toBe('replied');
    expect(s.history.at(-1)?.actor.role).toBe('suggestion_manager');
    expect(s.context.pendingExtension).toBeNull();
  });

  it('a principal who is both handler and manager acts as manager', () => {
    const s = inProgress();
    const both = principal(['handler', 'suggestion_manager'], { id: 'both' });
    s.exec(both, reply());
    expect(s.history.at(-1)?.actor.role).toBe('suggestion_manager');
  });

  it('an anonymous suggestion is answered only by posted notice (anonymous_needs_posted_notice)', () => {
    const s = inProgress(anonymousRegister());
    for (const method of ['in_person', 'phone', 'written']) {
      s.reject(handler, reply({ method }), 'anonymous_needs_posted_notice');
    }
    s.exec(handler, reply({ method: 'posted_notice' }));
    expect(s.state).toBe('replied');
    const fromRegistered = registered(anonymousRegister());
    fromRegistered.reject(manager, reply({ method: 'written' }), 'anonymous_needs_posted_notice');
    fromRegistered.exec(manager, reply({ method: 'posted_notice' }));
  });

  it('a named suggestion may be answered by posted notice too', () => {
    const s = inProgress();
    s.exec(handler, reply({ method: 'posted_notice' }));
    expect(s.state).toBe('replied');
  });

  it('validates reply and extension bodies', () => {
    const s = inProgress();
    s.reject(handler, reply({ method: 'email' }), 'invalid_command');
    s.reject(handler, reply({ content: 'x'.repeat(10_001) }), 'invalid_command');
    s.reject(handler, { type: 'RequestExtension', days: 1.5, reason: 'r' }, 'invalid_command');
    s.reject(chair, { type: 'ApproveExtension', days: 3 }, 'invalid_command');
  });
});

describe('suggestion: replied and closed', () => {
  it('a satisfied submitter keeps it replied', () => {
    const s = replied();
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: true, on: '2024-03-01' });
    expect(s.state).toBe('replied');
    expect(s.context.satisfied).toBe(true);
    expect(s.history.at(-1)).toMatchObject({ type: 'SatisfactionRecorded', data: { satisfied: true, dueOn: null } });
    expect(timers(s)).toEqual([]);
    s.expectReplayable();
  });

  it('an unsatisfied submitter reopens it with a new deadline (on + replyDays) and a new timer', () => {
    const s = replied();
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: false, on: '2024-03-10' });
    expect(s.state).toBe('in_progress');
    expect(s.history.at(-1)?.data).toEqual({ satisfied: false, dueOn: '2024-03-25' });
    expect(s.context).toMatchObject({ dueOn: '2024-03-25', overdue: false, handlerId: 'h1', reply: null, satisfied: false, replyCount: 1 });
    expect(timers(s)).toEqual([{ timerId: TIMER_IN_PROGRESS, eventType: 'ReplyOverdue', dueOn: '2024-03-26' }]);
    s.exec(handler, reply({ on: '2024-03-20' }));
    expect(s.context).toMatchObject({ replyCount: 2, satisfied: null, reply: { repliedOn: '2024-03-20', onTime: true } });
    s.expectReplayable();
  });

  it('reopening clears an earlier overdue flag', () => {
    const s = inProgress();
    s.fire('ReplyOverdue');
    s.exec(handler, reply({ on: '2024-03-08' }));
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: false, on: '2024-03-10' });
    expect(s.context.overdue).toBe(false);
  });

  it('Close → closed (final), with or without a recorded satisfaction', () => {
    const s = replied();
    s.exec(manager, { type: 'Close', on: '2024-03-02' });
    expect(s.state).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context.closedOn).toBe('2024-03-02');
    expect(s.allowed()).toEqual([]);
    expect(timers(s)).toEqual([]);
    s.reject(manager, { type: 'RecordSatisfaction', satisfied: false }, 'command_not_allowed');
    s.reject(manager, reply(), 'command_not_allowed');
    s.expectReplayable();

    const satisfied = replied();
    satisfied.exec(manager, { type: 'RecordSatisfaction', satisfied: true });
    satisfied.exec(manager, { type: 'Close' });
    expect(satisfied.state).toBe('closed');
  });

  it('a suggestion cannot be closed without a reply (command_not_allowed)', () => {
    const s = registered();
    const error = s.reject(manager, { type: 'Close' }, 'command_not_allowed');
    expect((error as unknown as { extra: { allowedCommands: string[] } }).extra.allowedCommands.sort()).toEqual(['AssignHandler', 'Reply']);
    s.exec(manager, assign());
    s.reject(manager, { type: 'Close' }, 'command_not_allowed');
    s.exec(handler, reply());
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: false });
    s.reject(manager, { type: 'Close' }, 'command_not_allowed');
  });

  it('replied accepts only satisfaction and close', () => {
    const s = replied();
    expect(s.allowed().sort()).toEqual(['Close', 'RecordSatisfaction']);
    s.reject(manager, reply(), 'command_not_allowed');
    s.reject(handler, requestExtension(), 'command_not_allowed');
  });
});

describe('suggestion: pending-replies view', () => {
  it('the context carries what the pending view shows', () => {
    const s = inProgress();
    const view = suggestion.view ? suggestion.view(s.context) : s.context;
    expect(view).toMatchObject({
      dueOn: '2024-03-06',
      handlerId: 'h1',
      overdue: false,
      receivedOn: '2024-02-20',
      channel: 'online',
      category: 'transport',
    });
    expect(JSON.parse(JSON.stringify(s.context))).toEqual(s.context);
  });
});

describe('suggestion: full journey', () => {
  it('registers, assigns, refers, extends, replies late, reopens, replies, closes — and replays', () => {
    const s = registered(register({ receivedOn: '2024-02-01', on: '2024-02-02' }));
    s.exec(manager, assign('2024-02-03'));
    s.exec(handler, { type: 'ReferTo', organisation: 'Transport bureau', note: 'Please advise', on: '2024-02-05' });
    s.exec(handler, requestExtension(7, '2024-02-10'));
    s.exec(chair, { type: 'ApproveExtension', on: '2024-02-12' });
    s.fire('ReplyOverdue');
    s.exec(handler, reply({ on: '2024-02-25' }));
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: false, on: '2024-02-26' });
    s.exec(handler, reply({ on: '2024-03-01' }));
    s.exec(manager, { type: 'RecordSatisfaction', satisfied: true, on: '2024-03-01' });
    s.exec(manager, { type: 'Close', on: '2024-03-01' });
    expect(s.history.map((e) => e.type)).toEqual([
      'SuggestionRegistered',
      'HandlerAssigned',
      'SuggestionReferred',
      'ExtensionRequested',
      'ExtensionApproved',
      'ReplyOverdue',
      'ReplySent',
      'SatisfactionRecorded',
      'ReplySent',
      'SatisfactionRecorded',
      'SuggestionClosed',
    ]);
    expect(s.history[5]?.on).toBe('2024-02-24'); // the day after the moved deadline (2024-02-23)
    expect(s.history[6]?.data.onTime).toBe(false);
    expect(s.history[8]?.data.onTime).toBe(true);
    expect(s.state).toBe('closed');
    s.expectReplayable();
  });
});

describe('suggestion: roles', () => {
  // Each principal below carries the assigned handler's id, so only the role decides.
  interface Case {
    setup: () => S;
    command: Record<string, unknown>;
    allowed: Role[];
  }
  const withPending = (): S => {
    const s = inProgress();
    s.exec(handler, requestExtension());
    return s;
  };
  const cases: Record<string, Case> = {
    RegisterSuggestion: { setup: () => scenario(suggestion, { today: TODAY }), command: register(), allowed: ['suggestion_manager', 'office'] },
    AssignHandler: { setup: () => registered(), command: assign(), allowed: ['suggestion_manager'] },
    ReferTo: { setup: () => inProgress(), command: { type: 'ReferTo', organisation: 'o', note: 'n' }, allowed: ['handler'] },
    RequestExtension: { setup: () => inProgress(), command: requestExtension(), allowed: ['handler'] },
    ApproveExtension: { setup: withPending, command: { type: 'ApproveExtension' }, allowed: ['chair'] },
    Reply: { setup: () => inProgress(), command: reply(), allowed: ['handler', 'suggestion_manager'] },
    RecordSatisfaction: { setup: () => replied(), command: { type: 'RecordSatisfaction', satisfied: true }, allowed: ['suggestion_manager'] },
    Close: { setup: () => replied(), command: { type: 'Close' }, allowed: ['suggestion_manager'] },
  };

  it('covers every command', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(suggestion.commands).sort());
  });

  for (const [name, c] of Object.entries(cases)) {
    for (const role of ROLES) {
      const expected = c.allowed.includes(role) ? 'allowed' : 'forbidden_role';
      it(`${name} by ${role}: ${expected}`, () => {
        const s = c.setup();
        const p = principal([role], { id: handler.id });
        if (expected === 'allowed') {
          s.exec(p, c.command);
          expect(s.history.at(-1)?.type).toBe(suggestion.commands[name]?.event);
        } else {
          s.reject(p, c.command, 'forbidden_role');
        }
      });
    }
  }
});

describe('suggestion: machine shape', () => {
  it('every delayed transition mirrors the ReplyOverdue transition of its state', () => {
    const root = suggestion.machine.root;
    for (const state of ['registered', 'in_progress']) {
      const node = root.states[state];
      const after = node?.after.find((t) => t.eventType.startsWith('xstate.after.replyDeadline.'));
      const onTimer = node?.on.ReplyOverdue?.[0];
      expect(after, state).toBeDefined();
      expect(onTimer, state).toBeDefined();
      expect(after?.target).toEqual(onTimer?.target);
      expect(after?.actions).toEqual(onTimer?.actions);
    }
    expect(suggestion.timers).toEqual({ replyDeadline: 'ReplyOverdue' });
    expect(root.states.closed?.type).toBe('final');
  });
});
