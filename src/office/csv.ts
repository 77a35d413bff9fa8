/**
 * CSV as RFC 4180 has it, both ways. Reading: comma separated, `"` quoting with `""` as an escaped
 * quote, quoted cells may hold commas and line breaks; CRLF or LF line ends; a leading BOM is
 * ignored; blank lines are skipped; each record says the line it starts on. Writing: one record per
 * call, CRLF ended, quoted only when it must be.
 */
import { DomainError } from '../errors.ts';

export interface CsvRecord {
  /** 1-based line number in the text where the record starts. */
  line: number;
  cells: string[];
}

export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    const blank = cells.length === 1 && cells[0] === '';
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (afterQuote && ch !== ',' && ch !== '\n' && ch !== '\r') {
      throw new DomainError('invalid_csv', `line ${line}: text after a closing quote`, 422, { line });
    }
    if (ch === '"') {
      if (cellStarted || cell.length > 0) {
        throw new DomainError('invalid_csv', `line ${line}: a quote may only open a cell`, 422, { line });
      }
      quoted = true;
      cellStarted = true;
    } else if (ch === ',') {
      endCell();
    } else if (ch === '\r' && input[i + 1] === '\n') {
      // CRLF: the \n ends the record.
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new DomainError('invalid_csv', `line ${recordLine}: a quoted cell is never closed`, 422, { line: recordLine });
  if (cell.length > 0 || cells.length > 0 || cellStarted) endRecord();
  return records;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/**
 * A spreadsheet runs a cell starting with one of these as a formula ("CSV injection"); such text
 * text cells are written with a leading apostrophe (OWASP's advice), which keeps them text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet will read it back as text. */
export function textCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One record: cells quoted where needed, CRLF at the end. */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map((cell) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\r\n`;
}
