import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';

const member = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  gender: 'female',
  birthDate: '1980-04-02',
  education: 'bachelor',
  title: 'intermediate',
  employment: 'working',
  branchId: 'b1',
  joinedOn: '2010-06-01',
  ...extra,
});

describe('members: import, listing, one member', () => {
  let t: TestApp;
  let office: TestPrincipal;

  const eventCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM events`.execute(t.app.docket.database.db)).rows[0]?.n);
  const memberCount = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM view_members`.execute(t.app.docket.database.db)).rows[0]?.n);
  const importJson = (payload: unknown, who: TestPrincipal | null = t.admin) =>
    t.as(who, { method: 'POST', url: '/members/import', payload: payload as object });
  const importCsv = (text: string) =>
    t.as(t.admin, { method: 'POST', url: '/members/import', headers: { 'content-type': 'text/csv' }, payload: text });

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    office = await t.principal(['office']);
    const settings = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      payload: { branches: [{ id: 'b1', name: 'First' }, { id: 'b2', name: 'Second' }] },
    });
    expect(settings.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports a JSON array in one go, with given and generated ids, each recorded on its joinedOn', async () => {
    const res = await importJson([member('Wang Fang', { id: 'm-001' }), member('Li Na', { branchId: 'b2', cpcMember: false }), member('Zhao Lei')]);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.imported).toBe(3);
    expect(body.members[0]).toEqual({ id: 'm-001', name: 'Wang Fang' });
    expect(body.members.map((m: { name: string }) => m.name)).toEqual(['Wang Fang', 'Li Na', 'Zhao Lei']);

    const one = await t.as(office, { method: 'GET', url: '/members/m-001' });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: 'm-001', name: 'Wang Fang', branchId: 'b1', joinedOn: '2010-06-01', current: true, retiredOn: null });

    const history = await t.as(office, { method: 'GET', url: '/workflows/member/instances/m-001/history' });
    expect(history.json().events).toHaveLength(1);
    expect(history.json().events[0]).toMatchObject({ type: 'MemberRegistered', occurredOn: '2010-06-01', actor: { id: t.admin.id, role: 'admin' } });
  });

  it('imports CSV with a header row, quoted cells, CRLF and a BOM', async () => {
    const csv =
      '\uFEFFid,name,gender,birthDate,education,title,employment,branchId,joinedOn,cpcMember,comment\r\n' +
      'c-1,"Chen, Jing",male,1975-01-20,master,senior,working,b2,2005-03-01,false,"said ""hello"""\r\n' +
      'c-2,Sun Li,female,1950-07-07,college,none,retired,b1,1990-01-01,,\r\n' +
      '\r\n';
    const res = await importCsv(csv);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ imported: 2, members: [{ id: 'c-1', name: 'Chen, Jing' }, { id: 'c-2', name: 'Sun Li' }] });
    const retired = await t.as(office, { method: 'GET', url: '/members/c-2' });
    expect(retired.json()).toMatchObject({ employment: 'retired', education: 'college' });
    const history = await t.as(office, { method: 'GET', url: '/workflows/member/instances/c-1/history' });
    expect(history.json().events[0].comment).toBe('said "hello"');
  });

  it('rejects the whole import when one row is invalid, naming the row and field, and appends nothing', async () => {
    const events = await eventCount();
    const members = await memberCount();
    const res = await importJson([member('Ok One'), member('Bad Gender', { gender: 'x' }), member('Ok Two')]);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'invalid_row', row: 2, field: 'gender' });
    expect(res.json().detail).toContain('row 2');

    const missing = await importJson([member('Ok'), { name: 'No fields' }]);
    expect(missing.json()).toMatchObject({ code: 'invalid_row', row: 2 });

    const csv = 'name,gender,birthDate,education,title,employment,branchId,joinedOn\n' + 'A,male,1970-01-01,bachelor,senior,working,b1,2000-01-01\n' + 'B,male,1970-02-30,bachelor,senior,working,b1,2000-01-01\n';
    const csvRes = await importCsv(csv);
    expect(csvRes.statusCode).toBe(422);
    expect(csvRes.json()).toMatchObject({ code: 'invalid_row', row: 2, line: 3, field: 'birthDate' });

    expect(await eventCount()).toBe(events);
    expect(await memberCount()).toBe(members);
  });

  it('rolls back rows already appended when a later row breaks a workflow rule', async () => {
    const events = await eventCount();
    const res = await importJson([member('First Fine', { id: 'r-1' }), member('Second Fine', { id: 'r-2' }), member('Nowhere', { branchId: 'b9' })]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'unknown_branch', row: 3, field: 'branchId' });
    const dates = await importJson([member('Born Late', { birthDate: '2011-01-01' })]);
    expect(dates.json()).toMatchObject({ code: 'invalid_dates', row: 1, field: 'birthDate' });
    expect(await eventCount()).toBe(events);
    expect((await t.as(office, { method: 'GET', url: '/members/r-1' })).statusCode).toBe(404);
  });

  it('refuses an id that already exists (409) or appears twice (422), naming the row', async () => {
    const events = await eventCount();
    const existing = await importJson([member('New', { id: 'n-1' }), member('Again', { id: 'm-001' })]);
    expect(existing.statusCode).toBe(409);
    expect(existing.json()).toMatchObject({ code: 'member_exists', row: 2, field: 'id' });
    const twice = await importJson([member('A', { id: 'd-1' }), member('B', { id: 'd-1' })]);
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({ code: 'duplicate_id', row: 2, field: 'id' });
    const badId = await importJson([member('A', { id: 'has space' })]);
    expect(badId.json()).toMatchObject({ code: 'invalid_row', row: 1, field: 'id' });
    expect(await eventCount()).toBe(events);
  });

  it('refuses non-admins, bad CSV, empty and oversized imports', async () => {
    expect((await importJson([member('X')], office)).statusCode).toBe(403);
    expect((await importJson([member('X')], null)).statusCode).toBe(401);
    const unknownColumn = await importCsv('name,shoeSize\nA,42\n');
    expect(unknownColumn.json()).toMatchObject({ status: 422, code: 'unknown_column', column: 'shoeSize' });
    const ragged = await importCsv('name,gender\nA\n');
    expect(ragged.json()).toMatchObject({ status: 422, code: 'invalid_row', row: 1 });
    const unclosed = await importCsv('name,gender\n"A,male\n');
    expect(unclosed.json()).toMatchObject({ status: 422, code: 'invalid_csv' });
    expect((await importJson([])).json()).toMatchObject({ status: 422, code: 'empty_import' });
    expect((await importCsv('name,gender\n')).json()).toMatchObject({ status: 422, code: 'empty_import' });
    expect((await importJson([1, 2])).json()).toMatchObject({ status: 422, code: 'invalid_row', row: 1 });
    const many = Array.from({ length: 5001 }, (_, i) => member(`M${i}`));
    expect((await importJson(many)).json()).toMatchObject({ status: 422, code: 'too_many_rows', maxRows: 5000 });
    const object = await importJson({ name: 'not an array' });
    expect(object.statusCode).toBe(400);
  });

  it('lists members by joining date with branch and current filters and paging', async () => {
    const depart = await t.as(office, {
      method: 'POST',
      url: '/workflows/member/instances/c-2/commands',
      payload: { type: 'RecordDeparture', reason: 'moved away', on: '2020-05-01' },
    });
    expect(depart.statusCode).toBe(200);

    const all = await t.as(office, { method: 'GET', url: '/members' });
    expect(all.statusCode).toBe(200);
    const items: { id: string; joinedOn: string }[] = all.json().items;
    expect(items).toHaveLength(5);
    expect(items[0]?.id).toBe('c-2');
    expect(items.map((m) => m.joinedOn)).toEqual([...items.map((m) => m.joinedOn)].sort());

    const b2 = await t.as(office, { method: 'GET', url: '/members?branchId=b2' });
    expect(b2.json().items.map((m: { name: string }) => m.name).sort()).toEqual(['Chen, Jing', 'Li Na']);
    const departed = await t.as(office, { method: 'GET', url: '/members?current=false' });
    expect(departed.json().items).toEqual([expect.objectContaining({ id: 'c-2', current: false, departedOn: '2020-05-01' })]);
    expect((await t.as(office, { method: 'GET', url: '/members?current=true' })).json().items).toHaveLength(4);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.as(office, { method: 'GET', url: `/members?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}` });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((m: { id: string }) => m.id));
      cursor = page.json().cursor;
    } while (cursor);
    expect(seen).toEqual(items.map((m) => m.id));

    expect((await t.as(office, { method: 'GET', url: '/members?cursor=nonsense' })).statusCode).toBe(400);
    expect((await t.as(office, { method: 'GET', url: '/members?colour=red' })).statusCode).toBe(400);
    const missing = await t.as(office, { method: 'GET', url: '/members/nobody' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('not_found');
  });

  it('takes rows shaped like the RegisterMember command (type allowed and ignored), as its schema says', async () => {
    const res = await importJson([{ type: 'RegisterMember', ...member('Sun Li', { id: 'm-cmd-1' }) }, member('Zhou Min', { id: 'm-cmd-2' })]);
    expect(res.statusCode).toBe(201);
    expect(res.json().members).toEqual([{ id: 'm-cmd-1', name: 'Sun Li' }, { id: 'm-cmd-2', name: 'Zhou Min' }]);
    // Another type is not a registration.
    const other = await importJson([{ type: 'UpdateProfile', ...member('Qian Yu') }]);
    expect(other.statusCode).toBe(422);
    // The document types a JSON row as the command with `type` optional and an optional id.
    const document = (await t.as(null, { method: 'GET', url: '/openapi.json' })).json();
    const row = document.components.schemas.MemberImportRow;
    expect(row.properties.type).toEqual({ type: 'string', enum: ['RegisterMember'] });
    expect(row.required).not.toContain('type');
    expect(Object.keys(row.properties)).toEqual(expect.arrayContaining(['id', 'name', 'gender', 'birthDate', 'branchId', 'joinedOn']));
    const body = document.paths['/members/import'].post.requestBody.content['application/json'].schema;
    expect(body.items).toEqual({ $ref: '#/components/schemas/MemberImportRow' });
    // Not a JSON array: refused before any row is read.
    expect((await importJson({ rows: [] })).json()).toMatchObject({ status: 400, code: 'invalid_request' });
  });
});
