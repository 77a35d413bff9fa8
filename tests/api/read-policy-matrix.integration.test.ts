/**
 * The read policy as a matrix through HTTP: role × route × field. For each instance of a small
 * organisation and each role (a principal holding only that role, linked to a member, a branch or a
 * host unit where the role is), the instance, its history and its workflow's listing answer as the
 * policy says: 404 and absent from the listing when the role may not see it; otherwise every
 * personal field the role may see is there, and every other one is left out and named in
 * `redacted`. The same for the roster (/members, one member, the CSV export), the event feed, the
 * views, and host units' writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import type { Role } from '../../workflows/contract.ts';
import { ALL_ROLES, applicantBody, cmd, HOST_UNIT, organisation, registerMember, send, start, type Org } from '../support/engine-fixtures.ts';

type Grant = 'all' | 'no_birth_date' | 'names' | 'none';
type Category = 'name' | 'birthDate' | 'employer' | 'cpcMember' | 'contact' | 'submitter' | 'assessment';

const SEES: Record<Exclude<Grant, 'none'>, readonly Category[]> = {
  all: ['name', 'birthDate', 'employer', 'cpcMember', 'contact', 'submitter', 'assessment'],
  no_birth_date: ['name', 'employer', 'cpcMember', 'contact', 'submitter', 'assessment'],
  names: ['name'],
};

/** A personal field of an instance's data: where it is (`a.b`, `list[].c`), its category, and a text only it holds. */
interface Probe {
  path: string;
  category: Category;
  text?: string;
}

interface Fixture {
  workflow: string;
  id: string;
  probes: Probe[];
  /** Role → what it sees; roles not named see nothing. */
  grants: Partial<Record<Role, Grant>>;
}

const OFFICERS = { admin: 'all', office: 'all', chair: 'all' } as const;
const WATER = 'Haining Water Bureau';

/** The value at a probe's path (the first element where it steps into an array). */
function at(data: unknown, path: string): unknown {
  let value = data;
  for (const step of path.split('.')) {
    const many = step.endsWith('[]');
    const key = many ? step.slice(0, -2) : step;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    if (many) value = Array.isArray(value) ? value[0] : undefined;
  }
  return value;
}

describe('read policy matrix: role × route × field', () => {
  let t: TestApp;
  let org: Org;
  const only = new Map<Role, TestPrincipal>();
  const fixtures: Record<string, Fixture> = {};
  let m1: string;
  let m2: string;

  const applicant = (name: string, birthDate: string, employer: string, branchId: string) =>
    applicantBody({ applicant: { ...(applicantBody().applicant as object), name, birthDate, employer }, branchId });

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t, { committeeSize: 3 });
    m1 = await registerMember(t, { name: 'Lin Tao', birthDate: '1984-02-02', branchId: 'b1' });
    m2 = await registerMember(t, { name: 'Qian Yu', birthDate: '1986-07-07', branchId: 'b2' });
    for (const role of ALL_ROLES) {
      const links =
        role === 'member' ? { memberId: m1 } : role === 'branch_chair' ? { branchId: 'b1' } : role === 'host_unit' ? { hostUnit: HOST_UNIT } : {};
      only.set(role, role === 'admin' ? t.admin : await t.principal([role], { name: `only ${role}`, ...links }));
    }
    const as = (role: Role) => only.get(role)!;

    // ---- roster ----
    const memberProbes = (name: string, birthDate: string): Probe[] => [
      { path: 'name', category: 'name', text: name },
      { path: 'birthDate', category: 'birthDate', text: birthDate },
    ];
    const rosterInside = { committee: 'names', suggestion_manager: 'names', handler: 'names' } as const;
    fixtures.m1 = { workflow: 'member', id: m1, probes: memberProbes('Lin Tao', '1984-02-02'), grants: { ...OFFICERS, ...rosterInside, member: 'all', branch_chair: 'all' } };
    fixtures.m2 = { workflow: 'member', id: m2, probes: memberProbes('Qian Yu', '1986-07-07'), grants: { ...OFFICERS, ...rosterInside, member: 'names', branch_chair: 'names' } };

    // ---- recruitment ----
    const recruitmentProbes = (name: string, birthDate: string, employer: string): Probe[] => [
      { path: 'applicant.name', category: 'name', text: name },
      { path: 'applicant.birthDate', category: 'birthDate', text: birthDate },
      { path: 'applicant.employer', category: 'employer', text: employer },
      { path: 'applicant.cpcMember', category: 'cpcMember' },
    ];
    const cultivating = (await start(t, org.office, 'recruitment', applicant('Applicant Cult', '1990-01-11', 'Employer Cult', 'b1'))).id;
    await cmd(t, org.office, 'recruitment', cultivating, { type: 'PassQualification' });
    await cmd(t, org.office, 'recruitment', cultivating, { type: 'RecordInvestigation', employerOpinion: 'Opinion Cult', summary: 'Summary Cult', outcome: 'positive' });
    fixtures.recruitmentCultivation = {
      workflow: 'recruitment',
      id: cultivating,
      probes: [
        ...recruitmentProbes('Applicant Cult', '1990-01-11', 'Employer Cult'),
        { path: 'investigations[].employerOpinion', category: 'assessment', text: 'Opinion Cult' },
        { path: 'investigations[].summary', category: 'assessment', text: 'Summary Cult' },
      ],
      grants: { ...OFFICERS, committee: 'names', branch_chair: 'all', member: 'names' },
    };

    const atCity = (await start(t, org.office, 'recruitment', applicant('Applicant City', '1991-02-12', 'Employer City', 'b1'))).id;
    await cmd(t, org.office, 'recruitment', atCity, { type: 'PassQualification' });
    await cmd(t, org.office, 'recruitment', atCity, { type: 'RecordInvestigation', employerOpinion: 'Opinion City', summary: 'Summary City', outcome: 'positive' });
    await cmd(t, org.office, 'recruitment', atCity, { type: 'CompleteCultivation' });
    for (const sponsor of org.sponsors) await cmd(t, sponsor.principal, 'recruitment', atCity, { type: 'EndorseAsSponsor', opinion: `Endorsement ${sponsor.id}` });
    await cmd(t, org.branchChair, 'recruitment', atCity, { type: 'RecordBranchVote', eligible: 5, present: 5, approve: 5, reject: 0, abstain: 0 });
    for (const voter of org.committee) await cmd(t, voter, 'recruitment', atCity, { type: 'CastVote', decision: 'approve' });
    await cmd(t, org.chair, 'recruitment', atCity, { type: 'CloseVote' });
    fixtures.recruitmentCity = {
      workflow: 'recruitment',
      id: atCity,
      probes: [
        ...recruitmentProbes('Applicant City', '1991-02-12', 'Employer City'),
        { path: 'sponsors[].opinion', category: 'assessment', text: `Endorsement ${org.sponsors[0].id}` },
      ],
      grants: { ...OFFICERS, committee: 'all', branch_chair: 'all', city_committee: 'all' },
    };

    const otherBranch = (await start(t, org.office, 'recruitment', applicant('Applicant Two', '1992-03-13', 'Employer Two', 'b2'))).id;
    fixtures.recruitmentOtherBranch = {
      workflow: 'recruitment',
      id: otherBranch,
      probes: recruitmentProbes('Applicant Two', '1992-03-13', 'Employer Two'),
      grants: { ...OFFICERS, committee: 'names' },
    };

    // ---- secondment ----
    const propose = async (memberId: string, hostUnit: string, rationale: string) => {
      const { id } = await start(t, org.office, 'secondment', { type: 'ProposeSecondment', memberId, hostUnit, post: 'Adviser', startsOn: '2024-04-01', months: 6, rationale });
      await cmd(t, org.chair, 'secondment', id, { type: 'ApproveNomination' });
      await cmd(t, org.unitedFront, 'secondment', id, { type: 'ApproveByUnitedFront' });
      return id;
    };
    const secondmentProbes = (name: string, rationale: string): Probe[] => [
      { path: 'memberName', category: 'name', text: name },
      { path: 'ageOnStart', category: 'birthDate' },
      { path: 'rationale', category: 'assessment', text: rationale },
    ];
    fixtures.secondmentHere = {
      workflow: 'secondment',
      id: await propose(m1, HOST_UNIT, 'Rationale Here'),
      probes: secondmentProbes('Lin Tao', 'Rationale Here'),
      grants: { ...OFFICERS, committee: 'all', united_front: 'all', host_unit: 'no_birth_date', member: 'all' },
    };
    fixtures.secondmentElsewhere = {
      workflow: 'secondment',
      id: await propose(m2, WATER, 'Rationale Elsewhere'),
      probes: secondmentProbes('Qian Yu', 'Rationale Elsewhere'),
      grants: { ...OFFICERS, committee: 'all', united_front: 'all' },
    };

    // ---- cadre training ----
    const nominate = async (memberId: string, rationale: string) =>
      (await start(t, org.committee[0], 'cadre-training', { type: 'NominateCadre', memberId, method: 'branch_recommendation', rationale })).id;
    fixtures.cadreOwn = {
      workflow: 'cadre-training',
      id: await nominate(m1, 'Cadre Rationale One'),
      probes: [
        { path: 'memberName', category: 'name', text: 'Lin Tao' },
        { path: 'rationale', category: 'assessment', text: 'Cadre Rationale One' },
      ],
      grants: { ...OFFICERS, committee: 'all', branch_chair: 'all', member: 'all' },
    };
    fixtures.cadreOther = {
      workflow: 'cadre-training',
      id: await nominate(m2, 'Cadre Rationale Two'),
      probes: [
        { path: 'memberName', category: 'name', text: 'Qian Yu' },
        { path: 'rationale', category: 'assessment', text: 'Cadre Rationale Two' },
      ],
      grants: { ...OFFICERS, committee: 'all' },
    };

    // ---- suggestions ----
    const suggest = async (name: string, contact: string) =>
      (
        await start(t, org.manager, 'suggestion', {
          type: 'RegisterSuggestion',
          receivedOn: '2024-02-20',
          channel: 'online',
          category: 'roads',
          content: 'Fix the lights',
          submitter: { name, contact },
        })
      ).id;
    const assigned = await suggest('Submitter Assigned', '138-0000-0001');
    await cmd(t, org.manager, 'suggestion', assigned, { type: 'AssignHandler', principalId: as('handler').id });
    const suggestionProbes = (name: string, contact: string): Probe[] => [
      { path: 'submitter.name', category: 'submitter', text: name },
      { path: 'submitter.contact', category: 'contact', text: contact },
    ];
    fixtures.suggestionAssigned = {
      workflow: 'suggestion',
      id: assigned,
      probes: suggestionProbes('Submitter Assigned', '138-0000-0001'),
      grants: { ...OFFICERS, suggestion_manager: 'all', handler: 'all' },
    };
    fixtures.suggestionOther = {
      workflow: 'suggestion',
      id: await suggest('Submitter Other', '138-0000-0002'),
      probes: suggestionProbes('Submitter Other', '138-0000-0002'),
      grants: { ...OFFICERS, suggestion_manager: 'all' },
    };
  }, 240_000);
  afterAll(async () => {
    await t.close();
  });

  const get = (role: Role, url: string, headers: Record<string, string> = {}) => t.as(only.get(role)!, { method: 'GET', url, headers });

  for (const name of [
    'm1',
    'm2',
    'recruitmentCultivation',
    'recruitmentCity',
    'recruitmentOtherBranch',
    'secondmentHere',
    'secondmentElsewhere',
    'cadreOwn',
    'cadreOther',
    'suggestionAssigned',
    'suggestionOther',
  ]) {
    it(`${name}: instance, history and listing for every role`, async () => {
      const f = fixtures[name]!;
      const base = `/workflows/${f.workflow}/instances`;
      for (const role of ALL_ROLES) {
        const grant: Grant = f.grants[role] ?? 'none';
        const where = `${role} on ${name}`;
        const instance = await get(role, `${base}/${f.id}`);
        const history = await get(role, `${base}/${f.id}/history`);
        const listing = await get(role, `${base}?limit=500`);
        expect(listing.statusCode, where).toBe(200);
        const item = listing.json<{ items: { id: string; data: unknown; redacted: string[] }[] }>().items.find((i) => i.id === f.id);
        if (grant === 'none') {
          expect(instance.statusCode, `${where}: instance`).toBe(404);
          expect(instance.json()).toMatchObject({ code: 'not_found' });
          expect(history.statusCode, `${where}: history`).toBe(404);
          expect(item, `${where}: listed`).toBeUndefined();
          continue;
        }
        expect(instance.statusCode, `${where}: instance ${instance.body.slice(0, 200)}`).toBe(200);
        expect(history.statusCode, `${where}: history`).toBe(200);
        expect(item, `${where}: listed`).toBeDefined();
        const body = instance.json<{ data: unknown; redacted: string[] }>();
        const hidden = f.probes.filter((p) => !SEES[grant].includes(p.category));
        for (const probe of f.probes) {
          const sees = SEES[grant].includes(probe.category);
          expect(at(body.data, probe.path) !== undefined, `${where}: ${probe.path} in the instance`).toBe(sees);
          expect(at(item!.data, probe.path) !== undefined, `${where}: ${probe.path} in the listing`).toBe(sees);
          if (probe.text) {
            expect(instance.body.includes(probe.text), `${where}: "${probe.text}" in the instance`).toBe(sees);
            expect(history.body.includes(probe.text), `${where}: "${probe.text}" in the history`).toBe(sees);
            expect(listing.body.includes(probe.text), `${where}: "${probe.text}" in the listing`).toBe(sees);
          }
        }
        for (const probe of hidden) expect(body.redacted, `${where}: redacted`).toContain(`data.${probe.path}`);
        expect(item!.redacted).toEqual(body.redacted);
        if (hidden.length === 0) expect(body.redacted, where).toEqual([]);
        else {
          const events = history.json<{ events: { redacted: string[] }[] }>().events;
          expect(events.some((e) => e.redacted.length > 0), `${where}: the history names what it left out`).toBe(true);
        }
      }
    });
  }

  it('the roster: /members, one member and the CSV export, by role', async () => {
    for (const role of ALL_ROLES) {
      for (const f of [fixtures.m1!, fixtures.m2!]) {
        const grant: Grant = f.grants[role] ?? 'none';
        const where = `${role} on member ${f.id}`;
        const one = await get(role, `/members/${f.id}`);
        const list = await get(role, '/members?limit=500');
        const csv = await get(role, '/members', { accept: 'text/csv', 'accept-language': 'en' });
        expect(list.statusCode, where).toBe(200);
        expect(csv.statusCode, where).toBe(200);
        const row = list.json<{ items: { id: string; redacted: string[] }[] }>().items.find((i) => i.id === f.id);
        const line = csv.body.split('\r\n').find((l) => l.startsWith(`${f.id},`));
        if (grant === 'none') {
          expect(one.statusCode, where).toBe(404);
          expect(row, where).toBeUndefined();
          expect(line, where).toBeUndefined();
          continue;
        }
        expect(one.statusCode, where).toBe(200);
        expect(row, where).toBeDefined();
        expect(line, where).toBeDefined();
        for (const probe of f.probes) {
          const sees = SEES[grant].includes(probe.category);
          expect(one.json()[probe.path] !== undefined, `${where}: ${probe.path}`).toBe(sees);
          expect(line!.includes(probe.text!), `${where}: ${probe.path} in the CSV`).toBe(sees);
          expect(row!.redacted.includes(probe.path), `${where}: ${probe.path} redacted`).toBe(!sees);
        }
        expect(one.json().redacted).toEqual(row!.redacted);
      }
    }
  });

  it('the event feed: admin, chair and office only, every field; the others 403', async () => {
    for (const role of ALL_ROLES) {
      const feed = await get(role, '/events?limit=1000');
      if (!['admin', 'chair', 'office'].includes(role)) {
        expect(feed.statusCode, role).toBe(403);
        continue;
      }
      expect(feed.statusCode, role).toBe(200);
      const events = feed.json<{ events: { redacted: string[] }[] }>().events;
      expect(events.every((e) => e.redacted.length === 0), role).toBe(true);
      for (const text of ['1984-02-02', 'Employer City', 'Summary Cult', '138-0000-0002', 'Rationale Elsewhere']) expect(feed.body, `${role}: ${text}`).toContain(text);
    }
  });

  it('views: a host unit’s inbox holds only its own unit’s secondments; a handler’s pending replies only its own; the audit follows the policy', async () => {
    const inbox = await get('host_unit', '/views/inbox');
    expect(inbox.statusCode).toBe(200);
    const ids = inbox.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(ids).toContain(fixtures.secondmentHere!.id);
    expect(ids).not.toContain(fixtures.secondmentElsewhere!.id);
    expect(inbox.body).not.toContain('Qian Yu');

    const pending = await get('handler', '/views/suggestions/pending-replies');
    expect(pending.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([fixtures.suggestionAssigned!.id]);

    const audit = await get('united_front', `/views/secondments/${fixtures.secondmentElsewhere!.id}/audit`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json()).toMatchObject({ member: { name: 'Qian Yu' }, redacted: [] });
    expect((await get('host_unit', `/views/secondments/${fixtures.secondmentHere!.id}/audit`)).statusCode).toBe(403);
  });

  it('host units write only on their own unit’s secondments: another unit’s answers 404 and appends nothing', async () => {
    const host = only.get('host_unit')!;
    const elsewhere = fixtures.secondmentElsewhere!.id;
    const before = await t.handle.db.selectFrom('events').select('stream_version').where('stream_id', '=', `secondment/${elsewhere}`).execute();
    const refused = await send(t, host, 'secondment', elsewhere, { type: 'AcceptByHost' });
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'not_found' });
    const after = await t.handle.db.selectFrom('events').select('stream_version').where('stream_id', '=', `secondment/${elsewhere}`).execute();
    expect(after).toHaveLength(before.length);
    const accepted = await send(t, host, 'secondment', fixtures.secondmentHere!.id, { type: 'AcceptByHost' });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
});
