/**
 * A member has at most one secondment from proposal until it ends: already_seconded names the open
 * one, checked across streams under a lock, so proposals sent at the same moment open exactly one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { cmd, organisation, registerMember, start, type Org } from '../support/engine-fixtures.ts';

describe('one secondment at a time', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const proposal = (memberId: string, hostUnit: string) => ({
    type: 'ProposeSecondment',
    memberId,
    hostUnit,
    post: 'Deputy director',
    startsOn: '2024-04-01',
    months: 12,
    rationale: 'Ten years in foreign trade',
  });

  it('six chairs proposing the same member to six host units at once open exactly one', async () => {
    const memberId = await registerMember(t, { name: 'Lin Tao', birthDate: '1984-02-02' });
    const chairs = await Promise.all(Array.from({ length: 6 }, (_, i) => t.principal(['chair'], { name: `Chair ${i}` })));
    const answers = await Promise.all(
      chairs.map((chair, i) =>
        t.as(chair, { method: 'POST', url: '/workflows/secondment/instances', payload: proposal(memberId, `Bureau ${i}`) }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422]);
    const opened = answers.find((a) => a.statusCode === 201)?.json() as { id: string };
    for (const refusedAnswer of answers.filter((a) => a.statusCode === 422)) {
      expect(refusedAnswer.json()).toMatchObject({ code: 'already_seconded', secondmentId: opened.id });
    }
  });

  it('one after another too, until the open one ends; then the member may be proposed again', async () => {
    const memberId = await registerMember(t, { name: 'Wu Min', birthDate: '1986-05-05' });
    const first = await start(t, org.chair, 'secondment', proposal(memberId, 'Bureau A'));
    const second = await t.as(org.chair, { method: 'POST', url: '/workflows/secondment/instances', payload: proposal(memberId, 'Bureau B') });
    expect(second.statusCode).toBe(422);
    expect(second.json()).toMatchObject({ code: 'already_seconded', secondmentId: first.id, hostUnit: 'Bureau A' });
    expect(second.json().detail).toContain('Bureau A');
    // Cancelled: it has ended, and the member is free again.
    await cmd(t, org.chair, 'secondment', first.id, { type: 'CancelSecondment', reason: 'The bureau reorganised' });
    const again = await t.as(org.chair, { method: 'POST', url: '/workflows/secondment/instances', payload: proposal(memberId, 'Bureau B') });
    expect(again.statusCode).toBe(201);
  });
});
