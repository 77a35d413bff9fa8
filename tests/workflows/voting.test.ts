import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { Type } from '@sinclair/typebox';
import { ROLES, type DomainEvent, type WorkflowDefinition } from '../../workflows/contract.ts';
import { command, NoData } from '../../workflows/schemas.ts';
import {
  ballotActions,
  BallotSchema,
  VoteCastData,
  VoteClosedData,
  ballotTransitions,
  castVoteSpec,
  closeVoteSpec,
  emptyBallot,
  votePassed,
  type BallotContext,
  type VoteCastEvent,
  type VoteClosedEvent,
} from '../../workflows/voting.ts';
import { principal, scenario } from '../support/scenario.ts';

type Opened = DomainEvent<'BallotOpened', Record<string, never>>;
type Ev = Opened | VoteCastEvent | VoteClosedEvent;

const machine = setup({
  types: {} as { context: BallotContext; events: Ev },
  guards: { votePassed },
  actions: { ...ballotActions<BallotContext, Ev>() },
}).createMachine({
  id: 'ballot',
  initial: 'start',
  context: { ballot: emptyBallot() },
  states: {
    start: { on: { BallotOpened: 'voting' } },
    voting: { on: ballotTransitions('passed', 'failed') },
    passed: { type: 'final' },
    failed: { type: 'final' },
  },
});

/** A test-only workflow that is nothing but one ballot, to specify the shared voting parts in isolation. */
const OpenBallot = command('OpenBallot', {});
const ballotWorkflow: WorkflowDefinition<BallotContext> = {
  name: 'ballot-test',
  version: 1,
  title: 'A bare ballot',
  machine,
  startCommands: ['OpenBallot'],
  timers: {},
  eventData: {
    BallotOpened: NoData(),
    VoteCast: VoteCastData,
    VoteClosed: Type.Object({ ...VoteClosedData.properties, closedBy: Type.String(), echo: Type.String() }),
  },
  instanceData: Type.Object({ ballot: BallotSchema }),
  commands: {
    OpenBallot: { schema: OpenBallot, roles: ['chair'], event: 'BallotOpened', decide: () => [{ type: 'BallotOpened', data: {} }] },
    CastVote: castVoteSpec,
    CloseVote: closeVoteSpec((input, outcome) => ({ closedBy: input.principal.id, echo: outcome })),
  },
};

const chair = principal(['committee', 'chair']);
const committee = Array.from({ length: 9 }, () => principal(['committee']));
const voter = (i: number) => committee[i] ?? principal(['committee']);

function opened(committeeSize = 9) {
  const s = scenario(ballotWorkflow, { settings: { committeeSize } });
  s.exec(chair, { type: 'OpenBallot' });
  return s;
}

/** 'ok', or the code of the error the command was refused with. */
function outcomeCode(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function castAll(s: ReturnType<typeof opened>, decisions: string[]) {
  decisions.forEach((decision, i) => s.exec(voter(i), { type: 'CastVote', decision }));
}

describe('voting', () => {
  it('records each vote with the voter, keyed by principal id, and keeps the ballot open', () => {
    const s = opened();
    const out = s.exec(voter(0), { type: 'CastVote', decision: 'approve', on: '2024-03-02' });
    expect(out.events).toEqual([
      {
        type: 'VoteCast',
        data: { decision: 'approve', voterId: voter(0).id, voterName: voter(0).name },
        on: '2024-03-02',
        actor: { id: voter(0).id, name: voter(0).name, role: 'committee' },
      },
    ]);
    expect(s.state).toBe('voting');
    expect(s.context.ballot).toEqual({
      votes: { [voter(0).id]: { decision: 'approve', voterName: voter(0).name, on: '2024-03-02' } },
      result: null,
    });
    s.expectReplayable();
  });

  it('refuses a second vote by the same committee member with 409 already_voted', () => {
    const s = opened();
    s.exec(voter(0), { type: 'CastVote', decision: 'approve' });
    const error = s.reject(voter(0), { type: 'CastVote', decision: 'reject' }, 'already_voted');
    expect(error.status).toBe(409);
    expect(Object.keys(s.context.ballot.votes)).toHaveLength(1);
    s.exec(voter(1), { type: 'CastVote', decision: 'reject' });
    expect(Object.keys(s.context.ballot.votes)).toHaveLength(2);
  });

  it('lets a chair who is also on the committee vote (as committee) and close', () => {
    const s = opened(1);
    const out = s.exec(chair, { type: 'CastVote', decision: 'approve' });
    expect(out.role).toBe('committee');
    const closed = s.exec(chair, { type: 'CloseVote' });
    expect(closed.role).toBe('chair');
    expect(s.state).toBe('passed');
  });

  it('refuses to close without a quorum (votes cast must exceed half the committee) and stays open', () => {
    const s = opened(9);
    castAll(s, ['approve', 'approve', 'approve', 'approve']);
    const error = s.reject(chair, { type: 'CloseVote' }, 'quorum_not_met');
    expect(error.status).toBe(422);
    expect(s.state).toBe('voting');
    s.exec(voter(4), { type: 'CastVote', decision: 'approve' });
    s.exec(chair, { type: 'CloseVote' });
    expect(s.state).toBe('passed');
  });

  it('counts quorum against settings.committeeSize, strictly more than half (even size)', () => {
    const s = opened(4);
    castAll(s, ['approve', 'approve']);
    s.reject(chair, { type: 'CloseVote' }, 'quorum_not_met');
    s.exec(voter(2), { type: 'CastVote', decision: 'abstain' });
    s.exec(chair, { type: 'CloseVote' });
    expect(s.context.ballot.result?.tally).toEqual({ approve: 2, reject: 0, abstain: 1, cast: 3, committeeSize: 4 });
  });

  it('passes when approvals are more than half of the votes cast, with the tally in VoteClosed', () => {
    const s = opened();
    castAll(s, ['approve', 'approve', 'approve', 'reject', 'abstain']);
    const out = s.exec(chair, { type: 'CloseVote', on: '2024-03-03' });
    expect(out.events[0]?.type).toBe('VoteClosed');
    expect(out.events[0]?.data).toEqual({
      tally: { approve: 3, reject: 1, abstain: 1, cast: 5, committeeSize: 9 },
      outcome: 'passed',
      closedBy: chair.id,
      echo: 'passed',
    });
    expect(s.state).toBe('passed');
    expect(s.status).toBe('done');
    expect(s.context.ballot.result).toEqual({
      tally: { approve: 3, reject: 1, abstain: 1, cast: 5, committeeSize: 9 },
      outcome: 'passed',
      closedOn: '2024-03-03',
    });
    s.expectReplayable();
  });

  it('fails when approvals are exactly half of the votes cast (abstentions count as cast)', () => {
    const s = opened();
    castAll(s, ['approve', 'approve', 'approve', 'reject', 'abstain', 'abstain']);
    const out = s.exec(chair, { type: 'CloseVote' });
    expect(out.events[0]?.data).toMatchObject({ outcome: 'failed', tally: { approve: 3, cast: 6 } });
    expect(s.state).toBe('failed');
    expect(s.status).toBe('done');
    s.expectReplayable();
  });

  it('fails on a majority of rejections', () => {
    const s = opened();
    castAll(s, ['reject', 'reject', 'reject', 'approve', 'approve']);
    s.exec(chair, { type: 'CloseVote' });
    expect(s.state).toBe('failed');
  });

  it('keeps every individual vote and the tally in the history', () => {
    const s = opened();
    castAll(s, ['approve', 'reject', 'approve', 'abstain', 'approve']);
    s.exec(chair, { type: 'CloseVote' });
    expect(s.history.map((e) => e.type)).toEqual(['BallotOpened', 'VoteCast', 'VoteCast', 'VoteCast', 'VoteCast', 'VoteCast', 'VoteClosed']);
    expect(s.history.filter((e) => e.type === 'VoteCast').map((e) => e.data.decision)).toEqual(['approve', 'reject', 'approve', 'abstain', 'approve']);
  });

  it('accepts no vote once the ballot is closed', () => {
    const s = opened();
    castAll(s, ['approve', 'approve', 'approve', 'approve', 'approve']);
    s.exec(chair, { type: 'CloseVote' });
    s.reject(voter(5), { type: 'CastVote', decision: 'approve' }, 'command_not_allowed');
    s.reject(chair, { type: 'CloseVote' }, 'command_not_allowed');
  });

  it('rejects an unknown decision and unknown fields', () => {
    const s = opened();
    s.reject(voter(0), { type: 'CastVote', decision: 'maybe' }, 'invalid_command');
    s.reject(voter(0), { type: 'CastVote', decision: 'approve', weight: 2 }, 'invalid_command');
    s.reject(chair, { type: 'CloseVote', outcome: 'passed' }, 'invalid_command');
  });

  describe('roles', () => {
    const allowed: Record<string, string[]> = { CastVote: ['committee'], CloseVote: ['chair'] };
    const bodies: Record<string, Record<string, unknown>> = {
      CastVote: { type: 'CastVote', decision: 'approve' },
      CloseVote: { type: 'CloseVote' },
    };
    for (const [cmd, roles] of Object.entries(allowed)) {
      for (const role of ROLES) {
        const expected = roles.includes(role) ? 'allowed' : 'forbidden_role';
        it(`${cmd} by ${role}: ${expected}`, () => {
          const s = opened();
          const body = bodies[cmd] ?? {};
          if (expected === 'forbidden_role') s.reject(principal([role]), body, 'forbidden_role');
          else expect(outcomeCode(() => s.exec(principal([role]), body))).not.toBe('forbidden_role');
        });
      }
    }
  });
});
