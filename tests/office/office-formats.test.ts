/**
 * The pieces of office import and export on their own: the row mapper (headers and Chinese words,
 * dates in every form an office writes them), the decoder and its character check, content
 * negotiation and file names, and the zip size check an .xlsx passes before it is read.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { rowsFromSheet } from '../../src/members/import-rows.ts';
import type { SheetRow } from '../../src/office/xlsx-reader.ts';
import { badCharacter, decodeText, declaredCharset } from '../../src/office/text.ts';
import { csvRecord, parseCsv, textCell } from '../../src/office/csv.ts';
import { contentDisposition, formatOf, languageOf } from '../../src/export/negotiate.ts';
import { checkZip } from '../../src/office/zip-guard.ts';
import { DomainError } from '../../src/errors.ts';

const byName = (text: string) => (text === '第一支社' ? 'b1' : text);
const sheet = (...rows: (string | number | boolean | Date | null)[][]): SheetRow[] => rows.map((cells, i) => ({ line: i + 1, cells }));

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the row mapper', () => {
  it('reads Chinese headers and their variants below a title row, and the Chinese words for every closed list', () => {
    const rows = rowsFromSheet(
      sheet(
        ['海宁市委会成员名册', null, null],
        ['序号', '姓名', '性别', '出生年月日', '最高学历', '职称', '在职/退休', '支部', '入会日期', '是否中共党员', '备注'],
        [1, '张伟', '男', '1985/4/2', '博士', '正高', '在职', '第一支社', '2010年6月1日', '否', '老社员'],
        [2, '刘芳', '女性', '1992.9.10', '硕士研究生', '副高级', '在职', 'b2', '2015-03-01', '是', null],
        [3, '赵强', '男', '1958-01-20', '大专', '中级', '退休', 'b2', '1995-05-01', null, null],
        [4, '孙丽', '女', '1979-07-07', '本科', '初级', '离退休', 'b2', '2024-02-15', null, null],
        [5, '钱多', '男', '1960-01-01', '中专', '无', '退休', 'b1', '1990-01-01', null, null],
        [null, null, null],
      ),
      byName,
    );
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.problems)).toEqual([[], [], [], [], []]);
    expect(rows[0]).toMatchObject({
      row: 1,
      line: 3,
      fields: {
        name: '张伟',
        gender: 'male',
        birthDate: '1985-04-02',
        education: 'doctorate',
        title: 'senior',
        employment: 'working',
        branchId: 'b1',
        joinedOn: '2010-06-01',
        cpcMember: false,
        comment: '老社员',
      },
      columns: { name: '姓名', birthDate: '出生年月日', branchId: '支部', joinedOn: '入会日期' },
    });
    expect(rows.map((r) => [r.fields.gender, r.fields.education, r.fields.title, r.fields.employment])).toEqual([
      ['male', 'doctorate', 'senior', 'working'],
      ['female', 'master', 'senior', 'working'],
      ['male', 'college', 'intermediate', 'retired'],
      ['female', 'bachelor', 'junior', 'retired'],
      ['male', 'secondary', 'none', 'retired'],
    ]);
    expect(rows[1]?.fields.cpcMember).toBe(true);
    expect(rows[1]?.fields).not.toHaveProperty('comment');
  });

  it('reads dates as date cells, Excel serial days, YYYYMMDD numbers and text in the usual forms', () => {
    const serial = (Date.UTC(1985, 3, 2) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const dates: (string | number | Date)[] = [
      new Date(Date.UTC(1985, 3, 2)),
      serial,
      19850402,
      '19850402',
      '1985-04-02',
      '1985-4-2',
      '1985/04/02',
      '1985.4.2',
      '1985年4月2日',
      '1985 年 4 月 2 日',
      '1985-04-02 00:00:00',
    ];
    const rows = rowsFromSheet(sheet(['name', 'birthDate'], ...dates.map((d) => ['A', d])), byName);
    expect(rows.map((r) => r.fields.birthDate)).toEqual(dates.map(() => '1985-04-02'));

    const bad = rowsFromSheet(sheet(['姓名', '出生日期'], ['A', '1985.04'], ['B', '1985-02-30'], ['C', '昨天'], ['D', 12]), byName);
    expect(bad.map((r) => r.problems[0]?.field)).toEqual(['birthDate', 'birthDate', 'birthDate', 'birthDate']);
    expect(bad[0]?.problems[0]).toMatchObject({ row: 1, line: 2, column: '出生日期', code: 'invalid_row' });
    expect(bad[0]?.problems[0]?.message).toContain('YYYY-MM-DD');
  });

  it('reports an unknown word with the accepted ones, and takes English values and today’s English headers', () => {
    const rows = rowsFromSheet(
      sheet(['id', 'name', 'gender', 'education', 'title', 'employment', 'cpcMember'], ['m-1', 'Wang', 'female', 'Bachelor', 'SENIOR', 'working', 'true'], ['m-2', 'Li', '未知', '博士后', '正高', '在职', '也许']),
      byName,
    );
    expect(rows[0]?.fields).toEqual({ id: 'm-1', name: 'Wang', gender: 'female', education: 'bachelor', title: 'senior', employment: 'working', cpcMember: true });
    expect(rows[1]?.problems.map((p) => [p.column, p.field])).toEqual([
      ['gender', 'gender'],
      ['education', 'education'],
      ['cpcMember', 'cpcMember'],
    ]);
    expect(rows[1]?.problems[1]?.message).toContain('博士研究生');
    // What could not be read is kept as written, for the dry run to show.
    expect(rows[1]?.fields.education).toBe('博士后');
  });

  it('refuses an unknown or repeated column, and reports a value under no header', () => {
    expect(refusal(() => rowsFromSheet(sheet(['姓名', '性别', '鞋码'], ['A', '男', 42]), byName))).toMatchObject({
      code: 'unknown_column',
      extra: { row: 0, line: 1, column: '鞋码' },
    });
    expect(refusal(() => rowsFromSheet(sheet(['姓名', '性别', 'Name'], ['A', '男', 'B']), byName))).toMatchObject({ code: 'duplicate_column' });
    const rows = rowsFromSheet(sheet(['姓名', '性别', ''], ['A', '男', null], ['B', '女', '多余']), byName);
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[1]?.problems[0]).toMatchObject({ row: 2, column: '#3', code: 'invalid_row' });
  });

  it('accepts a `type` column of RegisterMember and drops it; another type is a problem', () => {
    const rows = rowsFromSheet(sheet(['type', 'name', 'gender'], ['RegisterMember', 'A', 'male'], ['RecordDeparture', 'B', 'male']), byName);
    expect(rows[0]).toMatchObject({ fields: { name: 'A', gender: 'male' }, problems: [] });
    expect(rows[0]?.fields).not.toHaveProperty('type');
    expect(rows[1]?.problems[0]).toMatchObject({ field: 'type' });
  });

  it('refuses, naming row and column, text with U+FFFD or control characters — in the header too', () => {
    expect(refusal(() => rowsFromSheet(sheet(['姓名', '性别'], ['张伟', '男'], ['王\uFFFD', '男']), byName))).toMatchObject({
      code: 'invalid_text',
      status: 422,
      extra: { row: 2, line: 3, column: '姓名', character: 'U+FFFD' },
    });
    expect(refusal(() => rowsFromSheet(sheet(['姓名', '备注'], ['张伟', 'a\u0007b']), byName)).extra).toMatchObject({ row: 1, column: '备注', character: 'U+0007' });
    expect(refusal(() => rowsFromSheet(sheet(['姓名', '性\u0001别'], ['张伟', '男']), byName)).extra).toMatchObject({ row: 0, line: 1 });
  });
});

describe('text from office files', () => {
  it('decodes by the declared charset, by the BOM, or detects UTF-8 and else GB18030', () => {
    const text = '姓名,性别\n张伟,男\n';
    expect(decodeText(Buffer.from(text), null)).toEqual({ text, charset: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), null)).toEqual({ text, charset: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'gb18030'), null)).toEqual({ text, charset: 'gb18030' });
    expect(decodeText(iconv.encode(text, 'gbk'), declaredCharset('text/csv; charset=GBK'))).toEqual({ text, charset: 'gb18030' });
    // Declared UTF-8 but GB18030 bytes: the undecodable bytes become U+FFFD, which the import refuses.
    expect(badCharacter(decodeText(iconv.encode(text, 'gb18030'), 'utf-8').text)?.character).toBe('U+FFFD');
    expect(declaredCharset('text/csv')).toBeNull();
    expect(declaredCharset('text/csv;charset="utf-8"')).toBe('utf-8');
    expect(refusal(() => declaredCharset('text/csv; charset=latin1'))).toMatchObject({ code: 'unsupported_charset', status: 415 });
    expect(refusal(() => decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]), null))).toMatchObject({ code: 'unsupported_charset', status: 415 });
  });

  it('finds the characters an import must not store, and lets tabs, line breaks and any real text through', () => {
    expect(badCharacter('张伟\t备注\r\n第二行 😀 ǅ')).toBeNull();
    for (const [text, character] of [
      ['a\uFFFDb', 'U+FFFD'],
      ['a\u0000', 'U+0000'],
      ['\u001B[31m', 'U+001B'],
      ['a\u007F', 'U+007F'],
      ['a\u0085', 'U+0085'],
      ['a\uD800b', 'U+D800'],
    ] as const) {
      expect(badCharacter(text)?.character, text).toBe(character);
    }
  });

  it('writes CSV records that read back, quoting only where needed and keeping formulas text', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', textCell('=1+1'), textCell('-3'), '张伟'];
    const written = csvRecord(cells);
    expect(written.endsWith('\r\n')).toBe(true);
    expect(parseCsv(written)[0]?.cells).toEqual(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', "'=1+1", "'-3", '张伟']);
  });
});

describe('content negotiation', () => {
  it('answers JSON unless CSV or .xlsx is preferred, by q', () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(formatOf(undefined)).toBe('json');
    expect(formatOf('*/*')).toBe('json');
    expect(formatOf('application/json')).toBe('json');
    expect(formatOf('text/csv')).toBe('csv');
    expect(formatOf('text/*')).toBe('csv');
    expect(formatOf(`${xlsx}`)).toBe('xlsx');
    expect(formatOf(`application/json;q=0.5, ${xlsx}`)).toBe('xlsx');
    expect(formatOf('text/csv;q=0.2, */*;q=0.9')).toBe('json');
    expect(formatOf('text/csv;q=0')).toBe('json');
    expect(formatOf('image/png')).toBe('json');
  });

  it('picks the language from Accept-Language, Chinese by default', () => {
    expect(languageOf(undefined)).toBe('zh-CN');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(languageOf('fr, en;q=0.5')).toBe('en');
    expect(languageOf('fr')).toBe('zh-CN');
    expect(languageOf('en;q=0.4, zh-TW;q=0.8')).toBe('zh-CN');
  });

  it('names the file in UTF-8 (filename*) with an ASCII fallback', () => {
    expect(contentDisposition('成员名册-2024-03-01.csv', 'members-2024-03-01.csv')).toBe(
      `attachment; filename="members-2024-03-01.csv"; filename*=UTF-8''%E6%88%90%E5%91%98%E5%90%8D%E5%86%8C-2024-03-01.csv`,
    );
    expect(contentDisposition("a'(b).csv", 'a"b\\c.csv')).toBe(`attachment; filename="a_b_c.csv"; filename*=UTF-8''a%27%28b%29.csv`);
  });
});

describe('the zip size check', () => {
  it('passes a real workbook and refuses one that unpacks beyond the limit, whatever its headers say', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRow(['x'.repeat(20_000)]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => checkZip(bytes)).not.toThrow();
    expect(refusal(() => checkZip(bytes, 10_000))).toMatchObject({ code: 'xlsx_too_large', status: 413 });
    expect(refusal(() => checkZip(Buffer.from('not a zip at all, just text that is long enough')))).toMatchObject({ code: 'invalid_xlsx', status: 422 });
  });
});
