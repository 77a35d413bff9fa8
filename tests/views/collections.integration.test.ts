import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { changeSettings, refused, view } from '../support/view-helpers.ts';

interface Month {
  box: string;
  month: string;
  collections: number;
  suggestions: number;
  belowMinimum: boolean;
}
interface Cadence {
  year: number;
  minCollectionsPerMonth: number;
  months: Month[];
}

const URL = '/views/suggestions/collections';

describe('GET /views/suggestions/collections', () => {
  let t: TestApp;
  let manager: TestPrincipal;
  const cadence = (year: number) => view<Cadence>(t, manager, `${URL}?year=${year}`);
  const record = (box: string, collectedOn: string, count: number) =>
    t.app.docket.engine.execute({ workflow: 'collection', principal: manager, command: { type: 'RecordCollection', box, collectedOn, count } });
  const month = (c: Cadence, box: string, m: string) => c.months.find((x) => x.box === box && x.month === m);

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    manager = await t.principal(['suggestion_manager']);
    await record('Town hall', '2024-01-05', 3);
    await record('Town hall', '2024-01-20', 1);
    await record('Town hall', '2024-02-10', 0);
    await record('Market', '2023-11-02', 4);
    await record('New library', '2025-01-15', 2);
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives all twelve months of the year for every box seen so far, flagged below the policy minimum', async () => {
    const c = await cadence(2024);
    expect(c.year).toBe(2024);
    expect(c.minCollectionsPerMonth).toBe(2);
    expect(c.months).toHaveLength(24);
    expect([...new Set(c.months.map((m) => m.box))]).toEqual(['Market', 'Town hall']);
    expect(c.months.filter((m) => m.box === 'Town hall').map((m) => m.month)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2024-${m}`),
    );
    expect(month(c, 'Town hall', '2024-01')).toEqual({ box: 'Town hall', month: '2024-01', collections: 2, suggestions: 4, belowMinimum: false });
    expect(month(c, 'Town hall', '2024-02')).toEqual({ box: 'Town hall', month: '2024-02', collections: 1, suggestions: 0, belowMinimum: true });
    expect(month(c, 'Town hall', '2024-03')).toMatchObject({ collections: 0, belowMinimum: true });
    // Today is 2024-03-01: the months to come are not flagged yet.
    expect(month(c, 'Town hall', '2024-04')).toMatchObject({ collections: 0, belowMinimum: false });
    const market = c.months.filter((m) => m.box === 'Market');
    expect(market.every((m) => m.collections === 0)).toBe(true);
    expect(market.filter((m) => m.belowMinimum).map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
  });

  it('counts a box only from the year it was first seen', async () => {
    expect((await cadence(2022)).months).toEqual([]);
    const c2023 = await cadence(2023);
    expect([...new Set(c2023.months.map((m) => m.box))]).toEqual(['Market']);
    expect(month(c2023, 'Market', '2023-11')).toMatchObject({ collections: 1, suggestions: 4, belowMinimum: true });
    expect([...new Set((await cadence(2025)).months.map((m) => m.box))]).toEqual(['Market', 'New library', 'Town hall']);
  });

  it('follows new collections and the policy minimum in the settings', async () => {
    await record('Town hall', '2024-02-25', 6);
    expect(month(await cadence(2024), 'Town hall', '2024-02')).toEqual({
      box: 'Town hall',
      month: '2024-02',
      collections: 2,
      suggestions: 6,
      belowMinimum: false,
    });
    await changeSettings(t, { policy: { minCollectionsPerMonth: 3 } });
    const c = await cadence(2024);
    expect(c.minCollectionsPerMonth).toBe(3);
    expect(month(c, 'Town hall', '2024-01')?.belowMinimum).toBe(true);
    await changeSettings(t, { policy: { minCollectionsPerMonth: 0 } });
    expect((await cadence(2024)).months.every((m) => !m.belowMinimum)).toBe(true);
  });

  it('refuses a bad year with 400 and roles without business here with 403', async () => {
    for (const query of ['', '?year=abc', '?year=1800', '?year=2024&box=x', '?year=2024.5']) await refused(t, manager, `${URL}${query}`, 400);
    await refused(t, await t.principal(['handler']), `${URL}?year=2024`, 403, 'forbidden_role');
    await view<Cadence>(t, await t.principal(['chair', 'committee']), `${URL}?year=2024`);
  });
});
