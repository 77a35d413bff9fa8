/**
 * An export written as it is read: CSV (UTF-8 with a BOM, so Excel opens Chinese correctly; CRLF)
 * or an .xlsx workbook (exceljs's streaming WorkbookWriter, header row frozen, business dates as
 * date cells). Rows arrive page by page from the listing's own query; the next page is read only
 * when the client has taken the bytes of the last one, so an export of any length holds about one
 * page in memory.
 */
import { once } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';
import { csvRecord, textCell } from '../office/csv.ts';
import type { Language } from './negotiate.ts';
import type { Cell, Column, Table } from './table.ts';

/** Counts of what exports read, for /metrics and for tests that watch an export being paged. */
export class ExportStats {
  pages = 0;
  rows = 0;
}

export interface Pages<Row> {
  /** The first page, read before the response starts (so its errors are still problem+json). */
  first: readonly Row[];
  /** The pages after it. */
  rest: AsyncIterator<readonly Row[]>;
}

const BOOLEAN_WORDS: Readonly<Record<Language, [string, string]>> = { 'zh-CN': ['是', '否'], en: ['yes', 'no'] };
/** Excel refuses longer text in one cell. */
const MAX_XLSX_TEXT = 32_767;

/** `undefined` too: a field a read policy left out of the row is an empty cell. */
const isBlank = (value: Cell | undefined): value is null | undefined => value === null || value === undefined;

function csvText<Row>(column: Column<Row>, value: Cell | undefined, language: Language): string {
  if (isBlank(value)) return '';
  if (typeof value === 'boolean') return BOOLEAN_WORDS[language][value ? 0 : 1];
  if (typeof value === 'number') return String(value);
  return column.kind === 'text' ? textCell(value) : value;
}

type XlsxValue = string | number | Date | null;

function xlsxValue<Row>(column: Column<Row>, value: Cell | undefined, language: Language): XlsxValue {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return BOOLEAN_WORDS[language][value ? 0 : 1];
  if (typeof value === 'number') return value;
  const date = column.kind === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  return value.length > MAX_XLSX_TEXT ? `${value.slice(0, MAX_XLSX_TEXT - 1)}…` : value;
}

async function* pagesOf<Row>(pages: Pages<Row>, stats: ExportStats): AsyncGenerator<readonly Row[]> {
  stats.pages += 1;
  yield pages.first;
  for (let next = await pages.rest.next(); !next.done; next = await pages.rest.next()) {
    stats.pages += 1;
    yield next.value;
  }
}

export function csvStream<Row>(table: Table<Row>, language: Language, pages: Pages<Row>, stats: ExportStats): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield `\uFEFF${csvRecord(table.columns.map((c) => c.header[language]))}`;
    for await (const page of pagesOf(pages, stats)) {
      stats.rows += page.length;
      yield page.map((row) => csvRecord(table.columns.map((c) => csvText(c, c.value(row, language), language)))).join('');
    }
  }
  // Bytes, not objects: the stream stops pulling pages once its buffer holds one page.
  return Readable.from(chunks(), { objectMode: false });
}

/** Resolves once `stream` can take more, or is gone (the client went away). */
function drained(stream: Writable): Promise<unknown> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  const controller = new AbortController();
  return Promise.race([once(stream, 'drain', { signal: controller.signal }), once(stream, 'close', { signal: controller.signal })]).finally(() =>
    controller.abort(),
  );
}

const WIDTHS: Readonly<Record<Column<unknown>['kind'], number>> = { text: 18, date: 12, timestamp: 22, number: 10, boolean: 8 };

export function xlsxStream<Row>(table: Table<Row>, language: Language, sheetName: string, pages: Pages<Row>, stats: ExportStats): Readable {
  const out = new PassThrough();
  const write = async () => {
    // Loaded on the first workbook, not at start: a server that exports none does not hold it.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c, i) => ({
      header: c.header[language],
      key: String(i),
      width: Math.max(WIDTHS[c.kind], c.header[language].length * 2 + 2),
      ...(c.kind === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const page of pagesOf(pages, stats)) {
      if (out.destroyed) return;
      for (const row of page) sheet.addRow(table.columns.map((c) => xlsxValue(c, c.value(row, language), language))).commit();
      stats.rows += page.length;
      await drained(out);
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
