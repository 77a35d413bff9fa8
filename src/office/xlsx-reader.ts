/**
 * The first worksheet of an .xlsx workbook as rows of plain cell values (exceljs). Rich text is
 * joined, a formula gives its cached result, a hyperlink its text, a date cell a Date (UTC, as
 * exceljs reads it). An error cell (#N/A …) is refused with its reference. The archive is measured
 * by checkZip first.
 */
import { DomainError } from '../errors.ts';
import { checkZip } from './zip-guard.ts';

export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number in the sheet (1-based, as Excel shows it). */
  line: number;
  cells: CellValue[];
}

function richText(value: object): string | null {
  const runs = (value as { richText?: unknown }).richText;
  if (!Array.isArray(runs)) return null;
  return runs.map((run: unknown) => (run && typeof run === 'object' && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}

function plain(value: unknown, ref: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const rich = richText(value);
  if (rich !== null) return rich;
  const cell = value as { result?: unknown; text?: unknown; error?: unknown; formula?: unknown; sharedFormula?: unknown };
  if (typeof cell.error === 'string') {
    throw new DomainError('invalid_xlsx', `cell ${ref} holds the error ${cell.error}`, 422, { cell: ref });
  }
  if ('formula' in cell || 'sharedFormula' in cell) return plain(cell.result, ref);
  if ('text' in cell) return plain(cell.text, ref);
  throw new DomainError('invalid_xlsx', `cell ${ref} holds a value that is not text, a number, a date or a yes/no`, 422, { cell: ref });
}

export async function readFirstSheet(bytes: Buffer): Promise<SheetRow[]> {
  checkZip(bytes);
  // Loaded on the first import, not at start: a server that reads no workbook does not hold it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new DomainError('invalid_xlsx', 'the file is not a readable .xlsx workbook', 422);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError('empty_import', 'the workbook has no worksheet', 422);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(plain(cell.value, cell.address));
    }
    rows.push({ line, cells });
  });
  return rows;
}
