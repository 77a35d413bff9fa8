/**
 * POST /members/import with the files an office has, end to end: an .xlsx built with exceljs, CSV in
 * UTF-8 with and without BOM and in GB18030 (as Chinese Excel saves it), all with Chinese headers;
 * broken files (undecodable bytes, U+FFFD, control characters) refused naming the row and column with
 * nothing written; and the dry run, which reports every row and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { testApp, type TestApp } from '../support/app.ts';
import { readStream } from '../../src/store/event-store.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = '编号,姓名,性别,出生日期,学历,职称,在职/退休,支社,入社日期';

describe('member import from office files', () => {
  let t: TestApp;

  const count = async (table: 'events' | 'view_members') =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.app.docket.database.db)).rows[0]?.n);
  const post = (body: Buffer | string | object, contentType: string, query = '') =>
    t.as(t.admin, { method: 'POST', url: `/members/import${query}`, headers: { 'content-type': contentType }, payload: body as Buffer });
  const member = async (id: string) => (await t.as(t.admin, { method: 'GET', url: `/members/${id}` })).json();

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    const settings = await t.as(t.admin, {
      method: 'PUT',
      url: '/admin/settings',
      payload: { branches: [{ id: 'b1', name: '第一支社' }, { id: 'b2', name: '第二支社' }] },
    });
    expect(settings.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports an .xlsx with a title row, Chinese headers, date cells and text dates, Chinese words and branch names', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成员名册');
    sheet.addRow(['海宁市委会成员名册']);
    sheet.addRow(['序号', '编号', '姓名', '性别', '出生日期', '学历', '职称', '在职/退休', '支部', '入会日期', '中共党员', '备注']);
    sheet.addRow([1, 'x-1', '张伟', '男', new Date(Date.UTC(1985, 3, 2)), '硕士', '副高', '在职', '第一支社', '2010/6/1', '否', '由旧名册导入']);
    sheet.addRow([2, 'x-2', '刘芳', '女', '1992年9月10日', '本科', '中级', '在职', 'b2', new Date(Date.UTC(2015, 2, 1)), null, null]);
    sheet.addRow([3, 1003, '赵强', '男', 21205, '大专', '初级', '退休', '第二支社', 19950501, '是', null]);
    sheet.getCell('E4').numFmt = '@';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await post(bytes, XLSX);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      imported: 3,
      members: [
        { id: 'x-1', name: '张伟' },
        { id: 'x-2', name: '刘芳' },
        { id: '1003', name: '赵强' },
      ],
    });
    expect(await member('x-1')).toMatchObject({
      name: '张伟',
      gender: 'male',
      birthDate: '1985-04-02',
      education: 'master',
      title: 'senior',
      employment: 'working',
      branchId: 'b1',
      joinedOn: '2010-06-01',
    });
    expect(await member('x-2')).toMatchObject({ gender: 'female', birthDate: '1992-09-10', education: 'bachelor', title: 'intermediate', branchId: 'b2', joinedOn: '2015-03-01' });
    // 21205 is an Excel serial day: 1958-01-20.
    expect(await member('1003')).toMatchObject({ birthDate: '1958-01-20', education: 'college', title: 'junior', employment: 'retired', branchId: 'b2', joinedOn: '1995-05-01' });
    const history = await t.as(t.admin, { method: 'GET', url: '/workflows/member/instances/x-1/history' });
    expect(history.json().events[0]).toMatchObject({ type: 'MemberRegistered', occurredOn: '2010-06-01', comment: '由旧名册导入', data: { cpcMember: false } });
  });

  it('imports CSV in UTF-8 without and with a BOM, and in GB18030 detected or declared, with the Chinese intact', async () => {
    const csv = (id: string, name: string) => `${HEADER}\r\n${id},${name},女,1988-08-08,博士,正高,在职,第二支社,2019-09-09\r\n`;
    const plain = await post(Buffer.from(csv('u-1', '欧阳娜娜')), 'text/csv');
    expect(plain.statusCode, plain.body).toBe(201);
    const bom = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv('u-2', '司马光'))]), 'text/csv; charset=utf-8');
    expect(bom.statusCode, bom.body).toBe(201);
    const gb = await post(iconv.encode(csv('g-1', '诸葛亮'), 'gb18030'), 'text/csv');
    expect(gb.statusCode, gb.body).toBe(201);
    const gbk = await post(iconv.encode(csv('g-2', '欧阳修'), 'gbk'), 'text/csv; charset=GBK');
    expect(gbk.statusCode, gbk.body).toBe(201);
    // A character outside GBK, only GB18030 has it (four bytes).
    const rare = await post(iconv.encode(csv('g-3', '𠀀林'), 'gb18030'), 'text/csv; charset=gb18030');
    expect(rare.statusCode, rare.body).toBe(201);

    expect((await member('u-1')).name).toBe('欧阳娜娜');
    expect((await member('u-2')).name).toBe('司马光');
    expect((await member('g-1')).name).toBe('诸葛亮');
    expect((await member('g-2')).name).toBe('欧阳修');
    expect((await member('g-3')).name).toBe('𠀀林');
    expect(await member('g-1')).toMatchObject({ education: 'doctorate', title: 'senior', branchId: 'b2', birthDate: '1988-08-08' });
    // The log holds the same text, sealed: what it opens to is what was sent.
    const stored = await readStream(t.app.docket.database.db, 'member/g-1');
    expect(JSON.stringify(stored[0]?.data)).not.toContain('诸葛亮');
    const [opened] = await t.app.docket.personalData.open(t.app.docket.database.db, stored);
    expect(opened?.data.name).toBe('诸葛亮');
  });

  it('refuses a broken file — undecodable bytes, U+FFFD, control characters — naming the row and column; nothing is written', async () => {
    const events = await count('events');
    const members = await count('view_members');
    const good = '张伟,男,1985-04-02,本科,中级,在职,b1,2010-06-01';
    const file = (second: Buffer) =>
      Buffer.concat([Buffer.from(`${HEADER}\n1-a,${good}\n1-b,`), second, Buffer.from(`,男,1985-04-02,本科,中级,在职,b1,2010-06-01\n`)]);

    // GB18030 bytes sent as UTF-8.
    const declared = await post(file(iconv.encode('王伟', 'gb18030')), 'text/csv; charset=utf-8');
    expect(declared.statusCode).toBe(422);
    expect(declared.headers['content-type']).toContain('application/problem+json');
    expect(declared.json()).toMatchObject({ code: 'invalid_text', row: 2, line: 3, column: '姓名', character: 'U+FFFD' });
    expect(declared.json().detail).toContain('row 2');

    // A GB18030 file with bytes GB18030 cannot read, detected and declared.
    const broken = Buffer.concat([iconv.encode(`${HEADER}\n1-a,${good}\n1-b,王`, 'gb18030'), Buffer.from([0xff]), iconv.encode(`伟,${good.slice(3)}\n`, 'gb18030')]);
    expect((await post(broken, 'text/csv')).json()).toMatchObject({ status: 422, code: 'invalid_text', row: 2, line: 3, column: '姓名', character: 'U+FFFD' });
    expect((await post(broken, 'text/csv; charset=gbk')).json()).toMatchObject({ status: 422, code: 'invalid_text', row: 2, column: '姓名' });

    // A UTF-8 file with stray bytes is not valid UTF-8, so it is read as GB18030: refused at the first unreadable text, the header.
    const stray = await post(file(Buffer.from([0xe7, 0x8e, 0x8b, 0xff, 0xfe, 0x80])), 'text/csv');
    expect(stray.json()).toMatchObject({ status: 422, code: 'invalid_text', row: 0, line: 1 });

    // U+FFFD already in the text (mojibake saved by some earlier tool), and a control character.
    expect((await post(file(Buffer.from('��ΰ')), 'text/csv')).json()).toMatchObject({ code: 'invalid_text', row: 2, column: '姓名' });
    expect((await post(file(Buffer.from('王\u0007伟')), 'text/csv')).json()).toMatchObject({ code: 'invalid_text', row: 2, column: '姓名', character: 'U+0007' });

    // In a workbook, and in JSON rows.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['姓名', '性别', '出生日期', '学历', '职称', '在职/退休', '支社', '入社日期', '备注']);
    sheet.addRow(['张伟', '男', '1985-04-02', '本科', '中级', '在职', 'b1', '2010-06-01', 'ok']);
    sheet.addRow(['李娜', '女', '1985-04-02', '本科', '中级', '在职', 'b1', '2010-06-01', '下一行\u0085']);
    sheet.addRow(['张\uFFFD伟', '女', '1985-04-02', '本科', '中级', '在职', 'b1', '2010-06-01', null]);
    const xlsx = await post(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
    expect(xlsx.json()).toMatchObject({ status: 422, code: 'invalid_text', row: 2, line: 3, column: '备注', character: 'U+0085' });
    sheet.getCell('I3').value = 'fine';
    const mojibake = await post(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
    expect(mojibake.json()).toMatchObject({ status: 422, code: 'invalid_text', row: 3, line: 4, column: '姓名', character: 'U+FFFD' });
    const json = await t.as(t.admin, {
      method: 'POST',
      url: '/members/import',
      payload: [{ name: '张\uFFFD伟', gender: 'male', birthDate: '1985-04-02', education: 'bachelor', title: 'none', employment: 'working', branchId: 'b1', joinedOn: '2010-06-01' }],
    });
    expect(json.json()).toMatchObject({ status: 422, code: 'invalid_text', row: 1, column: 'name' });

    // Also in a dry run: the refusal is about the file, not a row.
    expect((await post(file(Buffer.from('王\u0007伟')), 'text/csv', '?dryRun=true')).json()).toMatchObject({ status: 422, code: 'invalid_text' });

    // Charsets not read, a file that is no workbook.
    expect((await post(Buffer.from(`${HEADER}\n`), 'text/csv; charset=latin1')).json()).toMatchObject({ status: 415, code: 'unsupported_charset' });
    expect((await post(iconv.encode(`${HEADER}\n`, 'utf-16le', { addBOM: true }), 'text/csv')).json()).toMatchObject({ status: 415, code: 'unsupported_charset' });
    expect((await post(Buffer.from('PK not really a workbook'), XLSX)).json()).toMatchObject({ status: 422, code: 'invalid_xlsx' });

    expect(await count('events')).toBe(events);
    expect(await count('view_members')).toBe(members);
  });

  it('dry run: reports every row — unreadable words, schema, workflow rules, taken ids — and writes nothing; then the import writes', async () => {
    const events = await count('events');
    const csv =
      `${HEADER},备注\n` +
      'd-1,钱一,男,1980-01-01,本科,中级,在职,第一支社,2000-01-01,\n' +
      'd-2,钱二,男,1980-01-01,博士后,中级,在职,b1,2000-01-01,\n' +
      'd-3,钱三,男,1980-01-01,本科,中级,在职,b9,2000-01-01,\n' +
      'x-1,钱四,男,1980-01-01,本科,中级,在职,b1,2000-01-01,\n' +
      'd-5,钱五,男,2005-01-01,本科,中级,在职,b1,2000-01-01,\n' +
      ',钱六,男,1980-01-01,本科,中级,在职,b1,,\n' +
      ',钱七,女,1981-01-01,大专,无,退休,b2,2001-01-01,\n';
    const res = await post(Buffer.from(csv), 'text/csv', '?dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.dryRun).toBe(true);
    expect(body.valid).toBe(false);
    const problems = body.rows.map((r: { problems: { code: string; field: string | null; column: string | null }[] }) =>
      r.problems.map((p) => [p.code, p.field, p.column]),
    );
    expect(problems).toEqual([
      [],
      [['invalid_row', 'education', '学历']],
      [['unknown_branch', 'branchId', '支社']],
      [['member_exists', 'id', '编号']],
      [['invalid_dates', 'birthDate', '出生日期']],
      [['invalid_row', 'joinedOn', '入社日期']],
      [],
    ]);
    expect(body.rows[0]).toMatchObject({ row: 1, line: 2, id: 'd-1', fields: { name: '钱一', branchId: 'b1', education: 'bachelor' } });
    expect(body.rows[1].fields.education).toBe('博士后');
    expect(body.members).toEqual([
      { id: 'd-1', name: '钱一' },
      { id: null, name: '钱七' },
    ]);
    expect(await count('events')).toBe(events);
    expect((await t.as(t.admin, { method: 'GET', url: '/members/d-1' })).statusCode).toBe(404);

    // The same file without the dry run: refused as a whole, naming the first problem and listing the others.
    const refused = await post(Buffer.from(csv), 'text/csv');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'invalid_row', row: 2, line: 3, column: '学历', field: 'education', invalidRows: 5 });
    expect(refused.json().errors).toHaveLength(5);
    expect(await count('events')).toBe(events);

    // A clean file: the dry run says valid and lists the members; the import then registers exactly them.
    const clean = `${HEADER}\nc-1,孙一,男,1980-01-01,本科,中级,在职,b1,2000-01-01\n,孙二,女,1981-01-01,大专,无,退休,第二支社,2001-01-01\n`;
    const dry = (await post(Buffer.from(clean), 'text/csv', '?dryRun=true')).json();
    expect(dry).toMatchObject({ valid: true, members: [{ id: 'c-1', name: '孙一' }, { id: null, name: '孙二' }] });
    expect(await count('events')).toBe(events);
    const done = await post(Buffer.from(clean), 'text/csv');
    expect(done.statusCode).toBe(201);
    expect(done.json().members.map((m: { name: string }) => m.name)).toEqual(['孙一', '孙二']);
    expect(await count('events')).toBe(events + 2);
  });

  it('takes rows shaped like the RegisterMember command, `type` included', async () => {
    const row = { type: 'RegisterMember', id: 't-1', name: '周一', gender: 'male', birthDate: '1980-01-01', education: 'master', title: 'senior', employment: 'working', branchId: 'b1', joinedOn: '2000-01-01' };
    const res = await t.as(t.admin, { method: 'POST', url: '/members/import', payload: [row] });
    expect(res.statusCode, res.body).toBe(201);
    const wrong = await t.as(t.admin, { method: 'POST', url: '/members/import', payload: [{ ...row, id: 't-2', type: 'RecordDeparture' }] });
    expect(wrong.json()).toMatchObject({ status: 422, code: 'invalid_row', row: 1, field: 'type' });
  });
});
