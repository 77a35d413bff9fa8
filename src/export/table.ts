/** What an export writes: a table of columns, each with its header in both languages and its kind of cell. */
import type { Language } from './negotiate.ts';

/** `date`: a business date YYYY-MM-DD (a date cell in a workbook); `timestamp`: an ISO instant, kept as text. */
export type CellKind = 'text' | 'date' | 'timestamp' | 'number' | 'boolean';
export type Cell = string | number | boolean | null;

export interface Column<Row> {
  header: Readonly<Record<Language, string>>;
  kind: CellKind;
  value(row: Row, language: Language): Cell;
}

export interface Table<Row> {
  /** The file's base name in each language (a date and the format's extension are added). */
  file: Readonly<Record<Language, string>>;
  columns: readonly Column<Row>[];
}

/** A column of `kind` reading `value` (the common case: one field of the row). */
export const column = <Row>(zh: string, en: string, kind: CellKind, value: (row: Row, language: Language) => Cell): Column<Row> => ({
  header: { 'zh-CN': zh, en },
  kind,
  value,
});
