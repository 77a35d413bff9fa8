/**
 * The body of POST /members/import, JSON or CSV, as numbered rows of raw fields.
 * Row numbers count data rows from 1 (the CSV header is not a row); a CSV row also carries its line.
 */
import { DomainError } from '../errors.ts';
import { parseCsv } from './csv.ts';

export const MAX_IMPORT_ROWS = 5_000;

/** The columns a CSV import may have: the RegisterMember fields plus `id`. */
export const IMPORT_COLUMNS = [
  'id',
  'name',
  'gender',
  'birthDate',
  'education',
  'title',
  'employment',
  'branchId',
  'joinedOn',
  'cpcMember',
  'on',
  'comment',
] as const;

export interface ImportRow {
  row: number;
  /** CSV only: the line the row starts on. */
  line?: number;
  fields: Record<string, unknown>;
}

/** 422 naming the row (and the field when known). */
export function rowError(
  code: string,
  row: ImportRow | { row: number; line?: number },
  field: string | null,
  message: string,
  extra: Record<string, unknown> = {},
): DomainError {
  const where = `row ${row.row}${row.line !== undefined ? ` (line ${row.line})` : ''}`;
  return new DomainError(code, `${where}: ${field ? `${field}: ` : ''}${message}; nothing was imported`, 422, {
    row: row.row,
    ...(row.line !== undefined ? { line: row.line } : {}),
    field,
    message,
    ...extra,
  });
}

function tooMany(count: number): DomainError {
  return new DomainError('too_many_rows', `an import holds at most ${MAX_IMPORT_ROWS} rows, this one ${count}`, 422, {
    maxRows: MAX_IMPORT_ROWS,
    rows: count,
  });
}

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, false: false, yes: true, no: false, '1': true, '0': false };

function csvValue(column: string, text: string): unknown {
  if (column !== 'cpcMember') return text;
  const parsed = BOOLEAN_TEXT[text.trim().toLowerCase()];
  return parsed ?? text;
}

function rowsFromCsv(text: string): ImportRow[] {
  const records = parseCsv(text);
  const [header, ...data] = records;
  if (!header) throw new DomainError('empty_import', 'the CSV is empty: it needs a header row and at least one member', 422);
  const columns = header.cells.map((c) => c.trim());
  const known = new Set<string>(IMPORT_COLUMNS);
  const seen = new Set<string>();
  for (const column of columns) {
    if (!known.has(column)) {
      throw new DomainError('invalid_csv', `line ${header.line}: unknown column ${JSON.stringify(column)}`, 422, {
        line: header.line,
        field: column,
        columns: IMPORT_COLUMNS,
      });
    }
    if (seen.has(column)) {
      throw new DomainError('invalid_csv', `line ${header.line}: column ${column} appears twice`, 422, { line: header.line, field: column });
    }
    seen.add(column);
  }
  if (data.length > MAX_IMPORT_ROWS) throw tooMany(data.length);
  return data.map((record, i) => {
    const row = { row: i + 1, line: record.line };
    if (record.cells.length !== columns.length) {
      throw rowError('invalid_row', row, null, `has ${record.cells.length} cells but the header has ${columns.length}`);
    }
    const fields: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      const cell = record.cells[c] ?? '';
      if (cell !== '') fields[column] = csvValue(column, cell);
    });
    return { ...row, fields };
  });
}

function rowsFromJson(body: unknown[]): ImportRow[] {
  if (body.length > MAX_IMPORT_ROWS) throw tooMany(body.length);
  return body.map((item, i) => {
    const row = { row: i + 1 };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw rowError('invalid_row', row, null, 'must be an object with the RegisterMember fields');
    }
    return { ...row, fields: { ...(item as Record<string, unknown>) } };
  });
}

/** The rows of a body: a JSON array, or CSV text (the text/csv parser yields a string). */
export function importRows(body: unknown): ImportRow[] {
  const rows = typeof body === 'string' ? rowsFromCsv(body) : Array.isArray(body) ? rowsFromJson(body) : null;
  if (rows === null) {
    throw new DomainError('invalid_import', 'send a JSON array of members or text/csv with a header row', 400);
  }
  if (rows.length === 0) throw new DomainError('empty_import', 'the import holds no members', 422);
  return rows;
}
