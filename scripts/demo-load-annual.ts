/**
 * Loads what the annual report needs beyond the organisation report (scripts/demo-data/
 * haining-2018-annual.ts) through the same HTTP commands a user sends: reserve cadres taken
 * through nomination, screening and the committee ballot, then given a task, a course and their
 * annual review, and appointed the next year; and the year's activities (POST /activities).
 */
import { COMMITTEE } from './demo-data/haining-2018.ts';
import { DEMO_ACTIVITIES, DEMO_CADRES, type DemoCadre } from './demo-data/haining-2018-annual.ts';

/** What scripts/demo-load.ts's loading run offers (every command keyed, so a re-run is answered from its record). */
export interface DemoActions {
  tick(phase: string, done: number, total: number): void;
  /** The commands of one instance; `label` names it in their Idempotency-Keys. */
  instance(
    workflow: string,
    label: string,
  ): { start(as: string, command: Record<string, unknown>): Promise<void>; send(as: string, command: Record<string, unknown>): Promise<void> };
  /** A keyed command to a route that starts an instance of its own (POST /activities). */
  startAt(as: string, path: string, command: Record<string, unknown>, key: string): Promise<unknown>;
}

async function trainCadre(run: DemoActions, c: DemoCadre, n: number): Promise<void> {
  const cadre = run.instance('cadre-training', `cadre-${n}`);
  await cadre.start('chair', {
    type: 'NominateCadre',
    on: c.nominatedOn,
    memberId: c.memberId,
    method: 'branch_recommendation',
    rationale: c.rationale,
  });
  const send = (as: string, command: Record<string, unknown>) => cadre.send(as, command);
  await send('chair', { type: 'ScreenCandidate', on: c.screenedOn, result: 'pass' });
  // Seven of the nine vote: a quorum and a majority.
  for (const voter of COMMITTEE.slice(0, 7)) await send(voter, { type: 'CastVote', on: c.voteOn, decision: 'approve' });
  await send('chair', { type: 'CloseVote', on: c.voteOn });
  // The year in the pool, in the order it happened: a step is never dated before the previous one.
  const { enrolledOn, completed, ...course } = c.course;
  type Step = { as: string; command: { on: string; type: string } & Record<string, unknown> };
  const steps: Step[] = [{ as: 'office', command: { type: 'AssignTask', on: c.task.assignedOn, title: c.task.title, dueOn: c.task.dueOn } }];
  if (c.task.completed) steps.push({ as: 'office', command: { type: 'CompleteTask', on: c.task.completed.on, taskId: 't1', outcome: c.task.completed.outcome } });
  steps.push({ as: 'office', command: { type: 'EnrolCourse', on: enrolledOn, ...course } });
  if (completed) steps.push({ as: 'office', command: { type: 'CompleteCourse', on: completed.on, courseId: 'c1', result: completed.result } });
  steps.push({ as: 'chair', command: { type: 'RecordAnnualReview', on: c.review.on, year: Number(c.review.on.slice(0, 4)), rating: c.review.rating } });
  // A stable sort: steps of one day keep their order (a task is assigned before it is completed).
  for (const { as, command } of steps.sort((a, b) => (a.command.on < b.command.on ? -1 : a.command.on > b.command.on ? 1 : 0))) await send(as, command);
  // 2019: out of the pool into a post, before the next annual review falls due.
  const { taskCompleted, appointed } = c.afterwards;
  if (taskCompleted) await send('office', { type: 'CompleteTask', on: taskCompleted.on, taskId: 't1', outcome: taskCompleted.outcome });
  await send('chair', { type: 'Appoint', on: appointed.on, position: appointed.position });
}

export async function loadAnnualReportData(run: DemoActions): Promise<void> {
  for (const [i, c] of DEMO_CADRES.entries()) {
    await trainCadre(run, c, i + 1);
    run.tick('reserve cadres', i + 1, DEMO_CADRES.length);
  }
  for (const [i, a] of DEMO_ACTIVITIES.entries()) {
    await run.startAt('office', '/activities', { ...a }, `activity-${i + 1}`);
    run.tick('activities', i + 1, DEMO_ACTIVITIES.length);
  }
}
