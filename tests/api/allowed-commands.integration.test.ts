/**
 * allowedCommands is exact for the caller. For situations where who asks matters beyond the role
 * (an earlier vote, four eyes, the assigned handler, the branch, an endorsement already given, an
 * extension to approve) and a set of callers, every command of the workflow is sent: each one the
 * instance and the inbox offered is not refused for a role, state, vote, four-eyes or scope reason
 * (on a fresh instance in the same situation; rules that read the body may still refuse), and each
 * one withheld is refused for exactly such a reason, appending nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { applicantBody, BRANCHES, changeSettings, cmd, registerMember, send, start } from '../support/engine-fixtures.ts';
import { sample } from '../support/fuzz/sample.ts';
import type { JsonSchema } from '../support/fuzz/routes.ts';

/** Refusals that depend only on who asks and the instance: what allowedCommands must already leave out. */
const CALLER_REFUSALS = new Set(['forbidden_role', 'not_found', 'command_not_allowed', 'same_person', 'already_voted', 'invalid_sponsor', 'no_extension_requested']);

interface Situation {
  workflow: string;
  /** Brings a fresh instance to the situation; returns its id. */
  reach(): Promise<string>;
  askers: string[];
}

describe('allowedCommands: offered commands pass the caller checks, withheld ones do not', () => {
  let t: TestApp;
  const who = new Map<string, TestPrincipal>();
  const p = (name: string) => who.get(name)!;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    await changeSettings(t, { committeeSize: 3, branches: BRANCHES });
    const sponsorOne = await registerMember(t, { name: 'Sponsor One' });
    const sponsorTwo = await registerMember(t, { name: 'Sponsor Two' });
    const sponsorThree = await registerMember(t, { name: 'Sponsor Three' });
    const made: [string, Parameters<TestApp['principal']>][] = [
      ['office', [['office']]],
      ['manager', [['suggestion_manager']]],
      ['handlerA', [['handler']]],
      ['handlerB', [['handler']]],
      ['chair', [['chair', 'committee']]],
      ['proposerChair', [['chair']]],
      ['committeeA', [['committee']]],
      ['committeeB', [['committee']]],
      ['branchChair1', [['branch_chair'], { branchId: 'b1' }]],
      ['branchChair2', [['branch_chair'], { branchId: 'b2' }]],
      ['sponsor1', [['member'], { memberId: sponsorOne }]],
      ['sponsor2', [['member'], { memberId: sponsorTwo }]],
      ['sponsor3', [['member'], { memberId: sponsorThree }]],
      ['memberUnlinked', [['member']]],
      ['city', [['city_committee']]],
      ['unitedFront', [['united_front']]],
    ];
    for (const [name, args] of made) who.set(name, await t.principal(...args));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const suggestion = {
    registered: async () =>
      (await start(t, p('manager'), 'suggestion', { type: 'RegisterSuggestion', receivedOn: '2024-02-20', channel: 'online', category: 'Roads', content: 'c', anonymous: true })).id,
    assigned: async () => {
      const id = await suggestion.registered();
      await cmd(t, p('manager'), 'suggestion', id, { type: 'AssignHandler', principalId: p('handlerA').id });
      return id;
    },
    extensionRequested: async () => {
      const id = await suggestion.assigned();
      await cmd(t, p('handlerA'), 'suggestion', id, { type: 'RequestExtension', days: 5, reason: 'r' });
      return id;
    },
  };
  const recruitment = {
    sponsorship: async () => {
      const id = (await start(t, p('office'), 'recruitment', applicantBody())).id;
      await cmd(t, p('office'), 'recruitment', id, { type: 'PassQualification' });
      await cmd(t, p('office'), 'recruitment', id, { type: 'RecordInvestigation', employerOpinion: 'ok', summary: 'ok', outcome: 'positive' });
      await cmd(t, p('office'), 'recruitment', id, { type: 'CompleteCultivation' });
      await cmd(t, p('sponsor1'), 'recruitment', id, { type: 'EndorseAsSponsor', opinion: 'yes' });
      return id;
    },
    branchReview: async () => {
      const id = await recruitment.sponsorship();
      await cmd(t, p('sponsor2'), 'recruitment', id, { type: 'EndorseAsSponsor', opinion: 'yes' });
      return id;
    },
    committeeReview: async () => {
      const id = await recruitment.branchReview();
      await cmd(t, p('branchChair1'), 'recruitment', id, { type: 'RecordBranchVote', eligible: 5, present: 5, approve: 5, reject: 0, abstain: 0 });
      await cmd(t, p('committeeA'), 'recruitment', id, { type: 'CastVote', decision: 'approve' });
      return id;
    },
  };
  const secondment = {
    committeeReview: async () =>
      (
        await start(t, p('proposerChair'), 'secondment', {
          type: 'ProposeSecondment',
          memberId: await registerMember(t, { name: 'Secondee', birthDate: '1990-01-01' }),
          hostUnit: 'Bureau',
          post: 'Advisor',
          startsOn: '2024-04-01',
          months: 6,
          rationale: 'r',
        })
      ).id,
  };

  const situations: Record<string, Situation> = {
    'suggestion registered, no handler yet': { workflow: 'suggestion', reach: suggestion.registered, askers: ['manager', 'handlerA', 'chair', 'office'] },
    'suggestion assigned to handler A': { workflow: 'suggestion', reach: suggestion.assigned, askers: ['manager', 'handlerA', 'handlerB', 'chair'] },
    'suggestion with an extension requested': { workflow: 'suggestion', reach: suggestion.extensionRequested, askers: ['handlerA', 'handlerB', 'chair'] },
    'recruitment in sponsorship, sponsor 1 endorsed': {
      workflow: 'recruitment',
      reach: recruitment.sponsorship,
      askers: ['sponsor1', 'sponsor2', 'memberUnlinked', 'office'],
    },
    'recruitment in branch review (branch b1)': { workflow: 'recruitment', reach: recruitment.branchReview, askers: ['branchChair1', 'branchChair2', 'office'] },
    'recruitment in committee review, committee member A voted': {
      workflow: 'recruitment',
      reach: recruitment.committeeReview,
      askers: ['committeeA', 'committeeB', 'chair', 'city'],
    },
    'secondment proposed by a chair': { workflow: 'secondment', reach: secondment.committeeReview, askers: ['proposerChair', 'chair', 'unitedFront', 'office'] },
  };

  const bodyOf = (schema: JsonSchema): Record<string, unknown> => sample(schema) as Record<string, unknown>;

  it.each(Object.entries(situations))('%s', async (_name, situation) => {
    const def = t.app.docket.registry.latest(situation.workflow);
    const id = await situation.reach();
    const checked = { offered: 0, withheld: 0 };
    for (const asker of situation.askers) {
      const caller = p(asker);
      const read = await t.as(caller, { method: 'GET', url: `/workflows/${situation.workflow}/instances/${id}` });
      expect([200, 404]).toContain(read.statusCode);
      // A caller the read policy keeps away from the instance (404, docs/data-protection.md) is offered nothing.
      const { allowedCommands } = read.statusCode === 404 ? { allowedCommands: [] as string[] } : read.json<{ allowedCommands: string[] }>();
      const versionOf = async () => (await t.as(t.admin, { method: 'GET', url: `/workflows/${situation.workflow}/instances/${id}` })).json<{ version: number }>().version;
      const version = await versionOf();
      const inbox = await t.as(caller, { method: 'GET', url: '/views/inbox?limit=200' });
      const item = inbox.json<{ items: { id: string; workflow: string; commands: string[] }[] }>().items.find((i) => i.id === id && i.workflow === situation.workflow);
      expect(item?.commands ?? [], `inbox of ${asker}`).toEqual(allowedCommands);

      for (const [type, spec] of Object.entries(def.commands)) {
        const body = { ...bodyOf(spec.schema as unknown as JsonSchema), type };
        if (allowedCommands.includes(type)) {
          const fresh = await situation.reach();
          const answer = await send(t, caller, situation.workflow, fresh, body);
          const code = answer.statusCode < 300 ? null : answer.json<{ code: string }>().code;
          expect({ asker, type, code: code !== null && CALLER_REFUSALS.has(code) ? code : 'not a caller refusal' }).toEqual({ asker, type, code: 'not a caller refusal' });
          checked.offered += 1;
        } else {
          const answer = await send(t, caller, situation.workflow, id, body);
          const code = answer.statusCode < 300 ? 'accepted' : answer.json<{ code: string }>().code;
          expect({ asker, type, refusedForCaller: CALLER_REFUSALS.has(code), code }).toMatchObject({ asker, type, refusedForCaller: true });
          checked.withheld += 1;
        }
      }
      expect(await versionOf(), 'withheld commands append nothing').toBe(version);
    }
    expect(checked.offered).toBeGreaterThan(0);
    expect(checked.withheld).toBeGreaterThan(0);
  }, 300_000);
});
