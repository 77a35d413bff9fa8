/**
 * The body of POST /members/import — a JSON array, CSV (UTF-8 or GB18030, see src/office/text.ts)
 * or an .xlsx workbook — as numbered rows of RegisterMember fields. The one row mapper: headers are
 * found (a title row above them is skipped) and mapped by member-columns.ts, values read (Chinese
 * words for closed lists, Excel date cells and text dates, a branch by its id or its name), and every
 * piece of text is checked for undecodable bytes and control characters — that refuses the whole
 * body with 422 naming the row and column, so mojibake never reaches the log. A value that is merely
 * wrong (an unknown word, not a date) is a problem of its row, reported with the others.
 * Row numbers count data rows from 1; `line` is the CSV line or the sheet row where a row is.
 */
import { DomainError, type ProblemCode } from '../errors.ts';
import { isCalendarDate } from '../../workflows/dates.ts';
import { parseCsv } from '../office/csv.ts';
import { CSV_TYPE, XLSX_TYPE } from '../office/media-types.ts';
import { badCharacter, declaredCharset, decodeText } from '../office/text.ts';
import { readFirstSheet, type CellValue, type SheetRow } from '../office/xlsx-reader.ts';
import { BOOLEAN_WORDS, columnOf, MEMBER_COLUMNS, normalizeHeader, type MemberColumn } from './member-columns.ts';

export const MAX_IMPORT_ROWS = 5_000;
/** How far down a sheet the header row is looked for (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 10;

export interface RowProblem {
  row: number;
  line?: number;
  /** The column as the file names it (the JSON key for JSON). */
  column: string | null;
  /** The RegisterMember field. */
  field: string | null;
  code: ProblemCode;
  message: string;
}

export interface ImportRow {
  row: number;
  line?: number;
  /** RegisterMember fields (and `id`) as read; a value that could not be read stays as written. */
  fields: Record<string, unknown>;
  /** Field → the column it came from. */
  columns: Record<string, string>;
  /** What could not be read in this row. */
  problems: RowProblem[];
}

/** Resolves a branch cell (an id or a branch's name) to a branch id. */
export type BranchResolver = (text: string) => string;

export const ACCEPTED_HEADERS = MEMBER_COLUMNS.flatMap((c) => [c.header['zh-CN'], c.header.en]);

function tooMany(count: number): DomainError {
  return new DomainError('too_many_rows', `an import holds at most ${MAX_IMPORT_ROWS} rows, this one ${count}`, 422, {
    maxRows: MAX_IMPORT_ROWS,
    rows: count,
  });
}

const place = (row: number, line: number | undefined) => (row === 0 ? `the header row` : `row ${row}`) + (line !== undefined ? ` (line ${line})` : '');

/** 422 invalid_text: text the import must not store, with its row and column; nothing is imported. */
function checkText(text: string, row: number, line: number | undefined, column: string): void {
  const bad = badCharacter(text);
  if (!bad) return;
  throw new DomainError('invalid_text', `${place(row, line)}, column ${JSON.stringify(column)}: ${bad.reason}; nothing was imported`, 422, {
    row,
    ...(line !== undefined ? { line } : {}),
    column,
    character: bad.character,
  });
}

// ---- values ---------------------------------------------------------------------------------

type Read = { value: unknown } | { problem: string };

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
/** The largest Excel serial day (9999-12-31). */
const MAX_SERIAL = 2_958_465;

/** A date cell (UTC, as exceljs gives it), an Excel serial day or YYYYMMDD number, or text in common forms. */
function readDate(cell: CellValue): Read {
  let iso: string | null = null;
  if (cell instanceof Date) iso = isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  else if (typeof cell === 'number' && Number.isFinite(cell)) {
    if (cell >= 10_000_101 && cell <= 99_991_231 && Number.isInteger(cell)) iso = isoOf(Math.floor(cell / 10_000), Math.floor(cell / 100) % 100, cell % 100);
    // Excel's 1900 date system counts 1900-02-29, which never was: serials from 61 on are one day ahead.
    else if (cell >= 61 && cell <= MAX_SERIAL) iso = new Date(EXCEL_EPOCH + Math.floor(cell) * DAY).toISOString().slice(0, 10);
  } else if (typeof cell === 'string') {
    const text = cell.trim();
    const match =
      /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?Z?)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    if (match) iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  if (iso !== null && isCalendarDate(iso)) return { value: iso };
  return { problem: 'is not a date: write it as YYYY-MM-DD (1985-04-02), 1985/4/2, 1985.4.2 or 1985年4月2日, or use a date cell' };
}

const word = (text: string) => normalizeHeader(text);

function readWord(words: Readonly<Record<string, readonly string[]>>, text: string): string | null {
  const key = word(text);
  for (const [value, spellings] of Object.entries(words)) {
    if (word(value) === key || spellings.some((s) => word(s) === key)) return value;
  }
  return null;
}

const listOf = (words: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(words)
    .map(([value, spellings]) => `${value} (${spellings.filter((s) => /[^\x00-\x7f]/.test(s)).join('/')})`)
    .join(', ');

/** Text the CSV export kept from being a formula (src/office/csv.ts textCell) reads back without its apostrophe. */
const unguarded = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

function readText(cell: Exclude<CellValue, null>, strict: boolean): Read {
  if (typeof cell === 'string') return { value: unguarded(cell).trim() };
  if (strict) return { value: cell };
  if (typeof cell === 'number' && Number.isFinite(cell)) return { value: String(cell) };
  if (typeof cell === 'boolean') return { value: String(cell) };
  return { problem: 'is a date where text belongs' };
}

function readValue(column: MemberColumn, cell: Exclude<CellValue, null>, strict: boolean, branchOf: BranchResolver): Read {
  switch (column.kind) {
    case 'text':
      return readText(cell, strict);
    case 'id': {
      const read = readText(cell, strict);
      if ('problem' in read || column.field !== 'branchId' || typeof read.value !== 'string') return read;
      return { value: branchOf(read.value) };
    }
    case 'date':
      if (strict && typeof cell !== 'string') return { value: cell };
      return readDate(cell);
    case 'enum': {
      const words = column.values ?? {};
      if (typeof cell !== 'string') return strict ? { value: cell } : { problem: `must be one of ${listOf(words)}` };
      const value = readWord(words, cell);
      return value === null ? { problem: `${JSON.stringify(cell.trim())} is not one of ${listOf(words)}` } : { value };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { value: cell };
      if (strict && typeof cell !== 'string') return { value: cell };
      const value = readWord(BOOLEAN_WORDS, String(cell));
      return value === null ? { problem: 'must be 是 or 否 (yes or no)' } : { value: value === 'true' };
    }
    default: {
      const exhaustive: never = column.kind;
      return exhaustive;
    }
  }
}

const isEmpty = (cell: CellValue | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** One row's cells under their columns → fields and problems. `type` (RegisterMember) is accepted and dropped. */
function mapRow(
  cells: readonly { column: MemberColumn; name: string; cell: CellValue | undefined }[],
  at: { row: number; line?: number },
  strict: boolean,
  branchOf: BranchResolver,
): ImportRow {
  const result: ImportRow = { ...at, fields: {}, columns: {}, problems: [] };
  const problem = (column: string, field: string, message: string) =>
    result.problems.push({ ...at, column, field, code: 'invalid_row', message });
  for (const { column, name, cell } of cells) {
    if (column.field !== 'type') result.columns[column.field] = name;
    if (cell === undefined || cell === null || isEmpty(cell)) continue;
    if (typeof cell === 'string') checkText(cell, at.row, at.line, name);
    const read = readValue(column, cell, strict, branchOf);
    if ('problem' in read) {
      problem(name, column.field, read.problem);
      result.fields[column.field] = cell instanceof Date ? cell.toISOString() : cell;
    } else if (column.field === 'type') {
      if (read.value !== 'RegisterMember') problem(name, 'type', 'must be RegisterMember (or left out): every row registers a member');
    } else {
      result.fields[column.field] = read.value;
    }
  }
  return result;
}

// ---- sheets (CSV and .xlsx) -----------------------------------------------------------------

const knownColumns = (cells: readonly CellValue[]) =>
  cells.filter((c) => typeof c === 'string' && c.trim() !== '' && columnOf(c) !== null && columnOf(c) !== 'ignored').length;

function headerText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

/** Rows of a CSV or a sheet: the header row, then one ImportRow per non-empty row below it. */
export function rowsFromSheet(sheet: readonly SheetRow[], branchOf: BranchResolver): ImportRow[] {
  const rows = sheet.filter((r) => r.cells.some((c) => !isEmpty(c)));
  const headerIndex = Math.max(
    0,
    rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => knownColumns(r.cells) >= 2),
  );
  const head = rows[headerIndex];
  if (!head) throw new DomainError('empty_import', 'the file is empty: it needs a header row and at least one member', 422);
  const names = head.cells.map(headerText);
  names.forEach((name) => checkText(name, 0, head.line, name));

  const columns: ({ column: MemberColumn; name: string } | null)[] = [];
  const seen = new Map<string, string>();
  names.forEach((name, index) => {
    const column = name === '' ? 'ignored' : columnOf(name);
    if (column === null) {
      throw new DomainError('unknown_column', `line ${head.line}: unknown column ${JSON.stringify(name)}`, 422, {
        row: 0,
        line: head.line,
        column: name,
        field: name,
        accepted: ACCEPTED_HEADERS,
      });
    }
    if (column === 'ignored') {
      columns[index] = null;
      return;
    }
    const earlier = seen.get(column.field);
    if (earlier !== undefined) {
      throw new DomainError('duplicate_column', `line ${head.line}: ${JSON.stringify(earlier)} and ${JSON.stringify(name)} are the same column`, 422, {
        row: 0,
        line: head.line,
        column: name,
        field: column.field,
      });
    }
    seen.set(column.field, name);
    columns[index] = { column, name };
  });

  const data = rows.slice(headerIndex + 1);
  if (data.length > MAX_IMPORT_ROWS) throw tooMany(data.length);
  return data.map((record, i) => {
    const at = { row: i + 1, line: record.line };
    const cells = columns.flatMap((c, index) => (c ? [{ ...c, cell: record.cells[index] }] : []));
    const row = mapRow(cells, at, false, branchOf);
    // A value under no header must not be dropped unseen (a row-number column is read past on purpose).
    record.cells.forEach((cell, index) => {
      if (isEmpty(cell) || (names[index] ?? '') !== '') return;
      const column = `#${index + 1}`;
      row.problems.push({ ...at, column, field: null, code: 'invalid_row', message: `has a value in column ${index + 1}, which has no header` });
    });
    return row;
  });
}

function rowsFromJson(body: readonly unknown[], branchOf: BranchResolver): ImportRow[] {
  if (body.length > MAX_IMPORT_ROWS) throw tooMany(body.length);
  return body.map((item, i) => {
    const at = { row: i + 1 };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ...at, fields: {}, columns: {}, problems: [{ ...at, column: null, field: null, code: 'invalid_row', message: 'must be an object with the RegisterMember fields' }] };
    }
    const cells: { column: MemberColumn; name: string; cell: CellValue | undefined }[] = [];
    const unknown: string[] = [];
    for (const [key, value] of Object.entries(item)) {
      if (typeof value === 'string') checkText(value, at.row, undefined, key);
      const column = MEMBER_COLUMNS.find((c) => c.field === key);
      if (!column) unknown.push(key);
      else cells.push({ column, name: key, cell: value as CellValue });
    }
    const row = mapRow(cells, at, true, branchOf);
    for (const key of unknown) row.problems.push({ ...at, column: key, field: key, code: 'invalid_row', message: 'is not a RegisterMember field' });
    return row;
  });
}

function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The rows of a request body, by its Content-Type. */
export async function importRows(body: unknown, contentType: string | undefined, branchOf: BranchResolver): Promise<ImportRow[]> {
  const media = mediaTypeOf(contentType);
  let rows: ImportRow[];
  if (media === CSV_TYPE && Buffer.isBuffer(body)) {
    const { text } = decodeText(body, declaredCharset(contentType));
    rows = rowsFromSheet(
      parseCsv(text).map((record) => ({ line: record.line, cells: record.cells })),
      branchOf,
    );
  } else if (media === XLSX_TYPE && Buffer.isBuffer(body)) {
    rows = rowsFromSheet(await readFirstSheet(body), branchOf);
  } else if (Array.isArray(body)) {
    rows = rowsFromJson(body, branchOf);
  } else {
    throw new DomainError('invalid_import', 'send a JSON array of members, text/csv with a header row, or an .xlsx workbook', 400);
  }
  if (rows.length === 0) throw new DomainError('empty_import', 'the import holds no members', 422);
  return rows;
}
