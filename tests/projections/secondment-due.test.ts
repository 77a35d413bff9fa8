/**
 * What a secondment's inbox rows say is due: while on duty, the next interim review or the term's
 * end, whichever comes first; the chair's alert names the review that fell due; once the term has
 * ended, nothing is due by a date (no review "due" after the end).
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/decider.ts';
import { inboxRulesFor } from '../../src/projections/inbox-rules.ts';
import { nextDue } from '../../src/projections/next-steps.ts';
import { SYSTEM_ACTOR, type Actor, type DomainEvent } from '../../workflows/contract.ts';
import { secondment } from '../../workflows/secondment.ts';

const office: Actor = { id: 'p-office', name: 'Office', role: 'office' };
const chair: Actor = { id: 'p-chair', name: 'Chair', role: 'chair' };
const unitedFront: Actor = { id: 'p-uf', name: 'United front', role: 'united_front' };
const host: Actor = { id: 'p-host', name: 'Host', role: 'host_unit' };

const ev = (type: string, on: string, actor: Actor, data: Record<string, unknown> = {}): DomainEvent => ({ type, data, on, actor });

/** Dispatched on 2018-04-02 for 12 months, reviews every 6: the first falls due 2018-10-02, the term ends 2019-04-02. */
const ON_DUTY: DomainEvent[] = [
  ev('SecondmentProposed', '2018-02-26', office, {
    memberId: 'hn-064',
    memberName: '蔡文静',
    hostUnit: '浙江省经济和信息化委员会',
    post: '副处长（挂职）',
    startsOn: '2018-04-02',
    months: 12,
    rationale: '培养锻炼',
    ageOnStart: 35,
    ageExceptionReason: null,
  }),
  ev('NominationApproved', '2018-03-02', chair),
  ev('UnitedFrontApproved', '2018-03-09', unitedFront),
  ev('HostAccepted', '2018-03-20', host),
  ev('MemberDispatched', '2018-04-02', office, { reportedOn: '2018-04-02', termEndsOn: '2019-04-02', interimReviewMonths: 6, nextInterimReviewOn: '2018-10-02' }),
];
const timer = (type: string, dueOn: string, timerId: string) => ev(type, dueOn, SYSTEM_ACTOR, { dueOn, timerId });

function rows(events: DomainEvent[]) {
  const { snapshot } = fold(secondment, events);
  const state = String(snapshot.value);
  const context = snapshot.context as Record<string, unknown>;
  return { state, due: nextDue(secondment, snapshot), alerts: inboxRulesFor('secondment').alerts(context, state) };
}

describe('a secondment’s due dates in the inbox', () => {
  it('on duty: the first interim review; when it falls due, the chair’s alert names that day and the next date is the term’s end', () => {
    expect(rows(ON_DUTY)).toEqual({ state: 'on_duty', due: '2018-10-02', alerts: [] });
    const fellDue = [...ON_DUTY, timer('InterimReviewDue', '2018-10-02', 'interimReview')];
    // The next review (2019-04-02) coincides with the term's end.
    expect(rows(fellDue)).toEqual({ state: 'on_duty', due: '2019-04-02', alerts: [{ role: 'chair', reason: 'interim_review_due', dueOn: '2018-10-02' }] });
    expect(rows([...fellDue, ev('InterimReviewRecorded', '2018-10-08', unitedFront, { summary: '表现良好' })]).alerts).toEqual([]);
  });

  it('after the term ended: nothing is due by a date, though a review fell due on its last day', () => {
    const ended = [
      ...ON_DUTY,
      timer('InterimReviewDue', '2018-10-02', 'interimReview'),
      ev('InterimReviewRecorded', '2018-10-08', unitedFront, { summary: '表现良好' }),
      timer('InterimReviewDue', '2019-04-02', 'interimReview'),
      timer('TermEnded', '2019-04-02', 'termEnd'),
    ];
    expect(rows(ended)).toEqual({ state: 'final_assessment', due: null, alerts: [] });
  });
});
