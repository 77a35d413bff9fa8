/**
 * The committee ballot (docs/workflows.md, "Voting"), shared by recruitment (`committee_review`)
 * and cadre training (`committee_decision`): the command specs, the context slice, the
 * assign actions, the guard and the state transitions a machine plugs in.
 *
 * One vote per committee member (by principal id) per ballot; `CloseVote` needs a quorum of
 * more than half the committee size and passes when approvals are more than half the votes
 * cast. The outcome is decided once, in `decide`, and stored in `VoteClosed.data.outcome`,
 * so replay never depends on the settings of the day.
 */
import { assign, type EventObject } from 'xstate';
import { Type, type Static } from '@sinclair/typebox';
import { ConflictViolation, RuleViolation, type CommandSpec, type DecideInput, type DomainEvent } from './contract.ts';
import { command, Enum, IsoDate, Nullable } from './schemas.ts';

export const VOTE_DECISIONS = ['approve', 'reject', 'abstain'] as const;
export type VoteDecision = (typeof VOTE_DECISIONS)[number];
export const VOTE_OUTCOMES = ['passed', 'failed'] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];

export const CastVote = command('CastVote', {
  decision: Enum(VOTE_DECISIONS, 'The committee member’s vote'),
});
export const CloseVote = command('CloseVote', {});
export type CastVoteCommand = Static<typeof CastVote>;
export type CloseVoteCommand = Static<typeof CloseVote>;

const Count = () => Type.Integer({ minimum: 0 });

export const VoteCastData = Type.Object({
  decision: Enum(VOTE_DECISIONS, 'The committee member’s vote'),
  voterId: Type.String({ description: 'The voter’s principal id' }),
  voterName: Type.String(),
});
export const TallySchema = Type.Object({ approve: Count(), reject: Count(), abstain: Count(), cast: Count(), committeeSize: Count() });
const VoteResultFields = { tally: TallySchema, outcome: Enum(VOTE_OUTCOMES, 'passed: approvals were more than half the votes cast') };
export const VoteClosedData = Type.Object({
  ...VoteResultFields,
  nextReviewOn: Type.Optional(IsoDate('cadre training: when a passed vote fixes the first annual review')),
});
export type VoteCastData = Static<typeof VoteCastData>;
export type Tally = Static<typeof TallySchema>;
export type VoteClosedData = Static<typeof VoteClosedData>;
export type VoteCastEvent = DomainEvent<'VoteCast', VoteCastData>;
export type VoteClosedEvent = DomainEvent<'VoteClosed', VoteClosedData>;

/** The ballot's events, for a workflow's event data schemas. */
export const ballotEvents = { VoteCast: VoteCastData, VoteClosed: VoteClosedData };

const BallotVoteSchema = Type.Object({ decision: Enum(VOTE_DECISIONS), voterName: Type.String(), on: IsoDate() });
export const BallotSchema = Type.Object({
  votes: Type.Record(Type.String(), BallotVoteSchema, { description: 'Votes cast so far, keyed by the voter’s principal id' }),
  result: Nullable(Type.Object({ ...VoteResultFields, closedOn: IsoDate() }), 'Set once the ballot is closed'),
});
export type BallotVote = Static<typeof BallotVoteSchema>;
export type Ballot = Static<typeof BallotSchema>;
export type BallotResult = NonNullable<Ballot['result']>;
export type BallotContext = { ballot: Ballot };

export const emptyBallot = (): Ballot => ({ votes: {}, result: null });

// ---- pure rules -------------------------------------------------------------------------------

export function tallyOf(ballot: Ballot, committeeSize: number): Tally {
  const tally: Tally = { approve: 0, reject: 0, abstain: 0, cast: 0, committeeSize };
  for (const vote of Object.values(ballot.votes)) {
    tally[vote.decision] += 1;
    tally.cast += 1;
  }
  return tally;
}

/** Quorum: more than half of the committee has voted. */
export const hasQuorum = (tally: Tally): boolean => tally.cast > tally.committeeSize / 2;

/** Passes when approvals are more than half of the votes cast. */
export const outcomeOf = (tally: Tally): VoteOutcome => (tally.approve > tally.cast / 2 ? 'passed' : 'failed');

// ---- command specs ----------------------------------------------------------------------------

export const castVoteSpec: CommandSpec<BallotContext, CastVoteCommand> = {
  schema: CastVote,
  roles: ['committee'],
  event: 'VoteCast',
  forbids: ({ context, principal }) =>
    Object.hasOwn(context.ballot.votes, principal.id) ? new ConflictViolation('already_voted', `${principal.name} has already voted on this ballot`) : null,
  decide({ command, principal }) {
    const data: VoteCastData = { decision: command.decision, voterId: principal.id, voterName: principal.name };
    return [{ type: 'VoteCast', data }];
  },
};

/** Extra fields a workflow adds to `VoteClosed` (e.g. the next review date when a cadre enters the pool). */
export type VoteClosedExtension = (input: DecideInput<BallotContext, CloseVoteCommand>, outcome: VoteOutcome) => Record<string, unknown>;

export function closeVoteSpec(extend?: VoteClosedExtension): CommandSpec<BallotContext, CloseVoteCommand> {
  return {
    schema: CloseVote,
    roles: ['chair'],
    event: 'VoteClosed',
    decide(input) {
      const tally = tallyOf(input.context.ballot, input.settings.committeeSize);
      if (!hasQuorum(tally)) {
        throw new RuleViolation(
          'quorum_not_met',
          `${tally.cast} of ${tally.committeeSize} committee members voted; more than half must vote`,
          { tally, needed: Math.floor(tally.committeeSize / 2) + 1 },
        );
      }
      const outcome = outcomeOf(tally);
      const data: VoteClosedData = { tally, outcome };
      return [{ type: 'VoteClosed', data: { ...data, ...extend?.(input, outcome) } }];
    },
  };
}

// ---- machine parts ----------------------------------------------------------------------------

const isVoteCast = (event: EventObject): event is VoteCastEvent => event.type === 'VoteCast';
const isVoteClosed = (event: EventObject): event is VoteClosedEvent => event.type === 'VoteClosed';

/** The ballot with the incoming `VoteCast` added (unchanged for any other event). */
export function withVote(ballot: Ballot, event: EventObject): Ballot {
  if (!isVoteCast(event)) return ballot;
  const vote: BallotVote = { decision: event.data.decision, voterName: event.data.voterName, on: event.on };
  return { ...ballot, votes: { ...ballot.votes, [event.data.voterId]: vote } };
}

/** The ballot closed with the incoming `VoteClosed` result (unchanged for any other event). */
export function withResult(ballot: Ballot, event: EventObject): Ballot {
  if (!isVoteClosed(event)) return ballot;
  return { ...ballot, result: { tally: event.data.tally, outcome: event.data.outcome, closedOn: event.on } };
}

/** Guard: the `VoteClosed` being handled recorded a passed vote. */
export const votePassed = ({ event }: { event: EventObject }): boolean => isVoteClosed(event) && event.data.outcome === 'passed';

/** The assign actions a machine registers in `setup({ actions })` (spread `ballotActions<Context, Event>()`). */
export function ballotActions<TContext extends BallotContext, TEvent extends EventObject>() {
  return {
    recordVote: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => ({
      ...context,
      ballot: withVote(context.ballot, event),
    })),
    closeBallot: assign<TContext, TEvent, undefined, TEvent, never>(({ context, event }) => ({
      ...context,
      ballot: withResult(context.ballot, event),
    })),
  };
}

/** The `on` block of a voting state (see `ballotTransitions`). */
export type BallotTransitions<TPassed extends string, TFailed extends string, TAction extends string> = {
  readonly VoteCast: { readonly actions: 'recordVote' };
  readonly VoteClosed: readonly [
    { readonly guard: 'votePassed'; readonly target: TPassed; readonly actions: readonly ('closeBallot' | TAction)[] },
    { readonly target: TFailed; readonly actions: 'closeBallot' },
  ];
};

/**
 * The `on` block of the voting state: votes accumulate; closing goes to `passed` or `failed`.
 * `onPassed` names further actions of the machine to run when the vote passes (after `closeBallot`).
 */
export function ballotTransitions<TPassed extends string, TFailed extends string, TAction extends string = never>(
  passed: TPassed,
  failed: TFailed,
  onPassed: readonly TAction[] = [],
): BallotTransitions<NoInfer<TPassed>, NoInfer<TFailed>, NoInfer<TAction>> {
  return {
    VoteCast: { actions: 'recordVote' },
    VoteClosed: [
      { guard: 'votePassed', target: passed, actions: ['closeBallot', ...onPassed] },
      { target: failed, actions: 'closeBallot' },
    ],
  };
}
