/**
 * Every listing and view as CSV and .xlsx, opened by real readers (the CSV parsed, the workbook by
 * exceljs), with column headers in Chinese and in English, a file name in Content-Disposition, the
 * same rows as the JSON — and only the rows the caller may read: a handler's export holds only its
 * own suggestions, a role that may not read a view gets a problem, not a file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { testApp, type TestApp, type TestPrincipal } from '../support/app.ts';
import { parseCsv } from '../../src/office/csv.ts';
import { send } from '../support/view-helpers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
type Format = 'csv' | 'xlsx';
type Language = 'zh-CN' | 'en';

const MEMBERS = [
  { id: 'm1', name: '张伟', gender: 'male', birthDate: '1985-04-02', education: 'master', title: 'senior', employment: 'working', branchId: 'b1', joinedOn: '2010-06-01', cpcMember: true },
  { id: 'm2', name: '刘芳', gender: 'female', birthDate: '1992-09-10', education: 'bachelor', title: 'intermediate', employment: 'working', branchId: 'b2', joinedOn: '2015-03-01' },
  { id: 'm3', name: '=HYPERLINK("x")', gender: 'male', birthDate: '1958-01-20', education: 'college', title: 'junior', employment: 'retired', branchId: 'b2', joinedOn: '1995-05-01' },
];

/** Cells as text: what a reader shows (a date cell as its date). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

interface Download {
  response: LightMyRequestResponse;
  rows: string[][];
  fileName: string;
}

async function read(response: LightMyRequestResponse, format: Format): Promise<string[][]> {
  if (format === 'csv') {
    expect(response.rawPayload.subarray(0, 3).equals(BOM)).toBe(true);
    return parseCsv(response.rawPayload.toString('utf8')).map((r) => r.cells);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  // Every row as wide as the header: a reader shows trailing empty cells as empty.
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= (sheet.getRow(1).cellCount || row.cellCount); c++) cells.push(text(row.getCell(c).value));
    rows.push(cells);
  });
  return rows;
}

/** The file name a browser saves under: the RFC 8187 `filename*`. */
function fileNameOf(disposition: string | undefined): string {
  const match = /filename\*=UTF-8''([^;]+)/.exec(disposition ?? '');
  return match?.[1] ? decodeURIComponent(match[1]) : '';
}

describe('exports of every listing and view', () => {
  let t: TestApp;
  let office: TestPrincipal;
  let manager: TestPrincipal;
  let chair: TestPrincipal;
  let h1: TestPrincipal;
  let h2: TestPrincipal;
  let s1: string;
  let s2: string;
  let secondment: string;

  async function download(who: TestPrincipal, url: string, format: Format, language: Language = 'zh-CN'): Promise<Download> {
    const response = await t.as(who, { method: 'GET', url, headers: { accept: format === 'csv' ? 'text/csv' : XLSX, 'accept-language': language } });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    expect(response.headers['content-type']).toBe(format === 'csv' ? 'text/csv; charset=utf-8; header=present' : XLSX);
    expect(response.headers['content-language']).toBe(language);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(response.headers.vary).toBe('Accept, Accept-Language');
    return { response, rows: await read(response, format), fileName: fileNameOf(response.headers['content-disposition']) };
  }
  const json = async (who: TestPrincipal, url: string) => {
    const response = await t.as(who, { method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    return response.json();
  };

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    office = await t.principal(['office']);
    manager = await t.principal(['suggestion_manager']);
    chair = await t.principal(['chair', 'committee'], { name: '李主委' });
    h1 = await t.principal(['handler']);
    h2 = await t.principal(['handler']);
    const proposer = await t.principal(['committee'], { name: '王委员' });
    expect((await t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { branches: [{ id: 'b1', name: '第一支社' }, { id: 'b2', name: '第二支社' }] } })).statusCode).toBe(200);
    expect((await t.as(t.admin, { method: 'POST', url: '/members/import', payload: MEMBERS })).statusCode).toBe(201);
    const register = async (category: string, receivedOn: string) =>
      (await send(t, manager, 'suggestion', { type: 'RegisterSuggestion', receivedOn, channel: 'box', category, content: '建议', submitter: { name: '市民', contact: '139' } })).id;
    s1 = await register('道路交通', '2024-02-20');
    s2 = await register('教育', '2024-02-10');
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: h1.id }, s1);
    await send(t, manager, 'suggestion', { type: 'AssignHandler', principalId: h2.id }, s2);
    for (const collectedOn of ['2024-01-05', '2024-01-20']) {
      await t.app.docket.engine.execute({ workflow: 'collection', principal: manager, command: { type: 'RecordCollection', box: '县政府门口', collectedOn, count: 2 } });
    }
    secondment = (
      await send(t, proposer, 'secondment', {
        type: 'ProposeSecondment',
        memberId: 'm1',
        hostUnit: '海宁市发展和改革局',
        post: '副局长',
        startsOn: '2024-04-01',
        months: 12,
        rationale: '熟悉经济工作',
      })
    ).id;
    await send(t, chair, 'secondment', { type: 'ApproveNomination', comment: '同意提名' }, secondment);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the roster: Chinese headers and words in Chinese, English ones in English, the same rows as the JSON, formulas kept text', async () => {
    const rows = (await json(office, '/members')).items.length;
    for (const format of ['csv', 'xlsx'] as const) {
      const zh = await download(office, '/members', format);
      expect(zh.fileName).toBe(`会员名册-2024-03-01.${format}`);
      expect(zh.rows[0]).toEqual(['编号', '姓名', '性别', '出生日期', '学历', '职称', '在职/退休', '支部', '入会日期', '退休日期', '离会日期', '在册', '入会申请编号']);
      expect(zh.rows).toHaveLength(rows + 1);
      expect(zh.rows[2]?.slice(0, 12)).toEqual(['m1', '张伟', '男', '1985-04-02', '硕士研究生', '高级', '在职', 'b1', '2010-06-01', '', '', '是']);
      const en = await download(office, '/members', format, 'en');
      expect(en.fileName).toBe(`members-2024-03-01.${format}`);
      expect(en.response.headers['content-disposition']).toContain('filename="members-2024-03-01');
      expect(en.rows[0]).toEqual(['ID', 'Name', 'Gender', 'Date of birth', 'Education', 'Title', 'Employment', 'Branch', 'Joined on', 'Retired on', 'Left on', 'Current', 'Admitting application']);
      expect(en.rows[2]?.slice(0, 12)).toEqual(['m1', '张伟', 'male', '1985-04-02', 'master', 'senior', 'working', 'b1', '2010-06-01', '', '', 'yes']);
      // A name that looks like a formula stays text: CSV prefixes an apostrophe, the workbook holds a string.
      expect(zh.rows[1]?.[1]).toBe(format === 'csv' ? `'=HYPERLINK("x")` : '=HYPERLINK("x")');
    }
  });

  it('speaks the organisation’s vocabulary: with jiusan the roster says 社员, 支社, 入社', async () => {
    const put = (vocabulary: string) => t.as(t.admin, { method: 'PUT', url: '/admin/settings', payload: { vocabulary } });
    expect((await put('jiusan')).statusCode).toBe(200);
    try {
      const zh = await download(office, '/members', 'csv');
      expect(zh.fileName).toBe('社员名册-2024-03-01.csv');
      expect(zh.rows[0]).toEqual(['编号', '姓名', '性别', '出生日期', '学历', '职称', '在职/退休', '支社', '入社日期', '退休日期', '离社日期', '在册', '入社申请编号']);
      const en = await download(office, '/members', 'csv', 'en');
      expect(en.rows[0]?.[7]).toBe('Branch');
    } finally {
      expect((await put('generic')).statusCode).toBe(200);
    }
  });

  it('a workflow’s instances, the inbox and pending replies, in both languages', async () => {
    const instances = await download(manager, '/workflows/suggestion/instances?state=in_progress', 'xlsx', 'en');
    expect(instances.fileName).toBe('suggestion-2024-03-01.xlsx');
    expect(instances.rows[0]).toEqual(['ID', 'State', 'Status', 'Version', 'Started on', 'Updated on', 'Data']);
    expect(instances.rows.slice(1).map((r) => r[0])).toEqual((await json(manager, '/workflows/suggestion/instances?state=in_progress')).items.map((i: { id: string }) => i.id));
    expect(JSON.parse(instances.rows.find((r) => r[0] === s1)?.[6] ?? '{}')).toMatchObject({ category: '道路交通', receivedOn: '2024-02-20' });
    const zhInstances = await download(manager, '/workflows/suggestion/instances', 'csv');
    expect(zhInstances.fileName).toBe('意见建议-2024-03-01.csv');
    expect(zhInstances.rows[0]).toEqual(['编号', '状态', '进度', '版本', '发起日期', '最近办理', '数据']);
    expect(zhInstances.rows[1]?.[2]).toBe('办理中');

    const inbox = await download(h1, '/views/inbox', 'csv');
    expect(inbox.fileName).toBe('待办事项-2024-03-01.csv');
    expect(inbox.rows[0]).toEqual(['期限', '已逾期', '事项类型', '编号', '摘要', '状态', '可办理', '提示', '以何身份', '更新时间']);
    expect(inbox.rows.slice(1).map((r) => [r[2], r[3], r[7]])).toEqual([['意见建议', s1, '待办理']]);
    const enInbox = await download(h1, '/views/inbox', 'xlsx', 'en');
    expect(enInbox.rows[0]).toEqual(['Due on', 'Overdue', 'Workflow', 'ID', 'Summary', 'State', 'Commands', 'Reasons', 'Roles', 'Since']);
    expect(enInbox.rows[1]?.slice(0, 4)).toEqual(['2024-03-06', 'no', 'suggestion', s1]);

    const pending = await download(manager, '/views/suggestions/pending-replies', 'xlsx');
    expect(pending.fileName).toBe('待答复的意见建议-2024-03-01.xlsx');
    expect(pending.rows[0]).toEqual(['编号', '类别', '渠道', '收到日期', '答复期限', '剩余天数', '已逾期', '状态', '承办人']);
    expect(pending.rows.slice(1)).toEqual([
      [s2, '教育', '意见箱', '2024-02-10', '2024-02-25', '-5', '是', 'in_progress', h2.id],
      [s1, '道路交通', '意见箱', '2024-02-20', '2024-03-06', '5', '否', 'in_progress', h1.id],
    ]);
    const enPending = await download(manager, '/views/suggestions/pending-replies?overdue=true', 'csv', 'en');
    expect(enPending.rows).toEqual([
      ['ID', 'Category', 'Channel', 'Received on', 'Due on', 'Days left', 'Overdue', 'State', 'Handler'],
      [s2, '教育', 'box', '2024-02-10', '2024-02-25', '-5', 'yes', 'in_progress', h2.id],
    ]);
  });

  it('the collection cadence, a secondment’s audit and the organisation report', async () => {
    const cadence = await download(manager, '/views/suggestions/collections?year=2024', 'csv');
    expect(cadence.fileName).toBe('意见箱开箱频次-2024-2024-03-01.csv');
    expect(cadence.rows[0]).toEqual(['意见箱', '月份', '开箱次数', '收到意见件数', '开箱次数不足']);
    expect(cadence.rows).toHaveLength(13);
    expect(cadence.rows.slice(1, 3)).toEqual([
      ['县政府门口', '2024-01', '2', '4', '否'],
      ['县政府门口', '2024-02', '0', '0', '是'],
    ]);
    expect((await download(manager, '/views/suggestions/collections?year=2024', 'xlsx', 'en')).rows[0]).toEqual(['Box', 'Month', 'Collections', 'Suggestions', 'Below minimum']);

    const audit = await download(chair, `/views/secondments/${secondment}/audit`, 'xlsx');
    expect(audit.fileName).toBe(`挂职审计表-${secondment}-2024-03-01.xlsx`);
    expect(audit.rows[0]).toEqual(['序号', '环节', '决定', '事件', '办理人', '办理人编号', '身份', '业务日期', '记录时间', '理由', '备注']);
    expect(audit.rows.slice(1).map((r) => [r[0], r[4], r[6], r[7], r[10]])).toEqual([
      ['1', '王委员', 'committee', '2024-03-01', ''],
      ['2', '李主委', 'chair', '2024-03-01', '同意提名'],
    ]);
    expect((await download(chair, `/views/secondments/${secondment}/audit`, 'csv', 'en')).rows[0]?.[0]).toBe('Version');

    const report = await download(office, '/reports/organization?asOf=2024-03-01', 'csv');
    expect(report.fileName).toBe('组织情况报表-2024-03-01-2024-03-01.csv');
    expect(report.rows[0]).toEqual(['类别', '项目', '数值']);
    expect(report.rows).toEqual(expect.arrayContaining([['会员', '会员总数', '3'], ['会员', '退休', '1'], ['各支部人数', '第二支社', '2'], ['意见建议', '收到', '2']]));
    const enReport = await download(office, '/reports/organization?asOf=2024-03-01', 'xlsx', 'en');
    expect(enReport.rows).toEqual(expect.arrayContaining([['Section', 'Item', 'Value'], ['Members', 'Working', '2'], ['By decade of birth', '1980s', '1']]));
  });

  it('holds only what the caller may read: a handler’s export has its own suggestions, a role without the view gets a problem', async () => {
    const mine = await download(h1, '/views/suggestions/pending-replies', 'csv');
    expect(mine.rows.slice(1).map((r) => r[0])).toEqual([s1]);
    const theirs = await download(h2, '/views/suggestions/pending-replies', 'xlsx');
    expect(theirs.rows.slice(1).map((r) => r[0])).toEqual([s2]);
    expect((await download(h2, '/views/inbox', 'csv')).rows.slice(1).map((r) => r[3])).toEqual([s2]);

    for (const [who, url, status] of [
      [h1, `/views/suggestions/pending-replies?handler=${h2.id}`, 403],
      [h1, '/views/suggestions/collections?year=2024', 403],
      [manager, `/views/secondments/${secondment}/audit`, 403],
      [chair, '/views/secondments/no-such/audit', 404],
    ] as const) {
      const res = await t.as(who, { method: 'GET', url, headers: { accept: 'text/csv' } });
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['content-disposition']).toBeUndefined();
    }
    const anonymous = await t.as(null, { method: 'GET', url: '/members', headers: { accept: XLSX } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers JSON by default and for */*, and keeps `limit` to the JSON', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/html']) {
      const res = await t.as(office, { method: 'GET', url: '/members?limit=1', headers: accept ? { accept } : {} });
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.json().items).toHaveLength(1);
    }
    expect((await download(office, '/members?limit=1', 'csv')).rows).toHaveLength(MEMBERS.length + 1);
  });
});
