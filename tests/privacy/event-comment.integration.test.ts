/**
 * An event's free comment is read as an assessment of the person the instance is about: a role
 * granted only names sees the event without it (named in `redacted`), in the history and the feed;
 * a role granted assessments sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { applicantBody, cmd, history, organisation, start, type Org } from '../support/engine-fixtures.ts';

describe("an event's comment", () => {
  let t: TestApp;
  let org: Org;
  let id: string;
  const OPINION = 'hesitant at interview, ask again in spring';

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    id = (await start(t, org.office, 'recruitment', applicantBody({ branchId: 'b1' }))).id;
    await cmd(t, org.office, 'recruitment', id, { type: 'PassQualification', comment: OPINION });
  });
  afterAll(async () => {
    await t.close();
  });

  const qualified = (events: { type: string; comment: string | null; redacted: string[] }[]) => events.find((e) => e.type === 'QualificationPassed');

  it('is shown to a role granted assessments of the instance', async () => {
    const event = qualified((await history(t, org.office, 'recruitment', id)) as never);
    expect(event).toMatchObject({ comment: OPINION });
    expect(event!.redacted).not.toContain('comment');
  });

  it('is left out for a role granted only names (a committee member before the vote), and named in redacted', async () => {
    const response = await t.as(org.committee[0], { method: 'GET', url: `/workflows/recruitment/instances/${id}/history` });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(OPINION);
    const event = qualified(response.json().events);
    expect(event).toMatchObject({ comment: null });
    expect(event!.redacted).toContain('comment');
  });
});
