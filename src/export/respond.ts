/**
 * The one place a listing or view answers in the format asked for: JSON (the route's body), or an
 * export of every row its filters select, streamed as CSV or .xlsx with headers in the caller's
 * language and a file name. Routes hand over the SAME read for both (`json` for one page, `rows` for
 * all of them through the read's own cursor), after their own role checks, so an export discloses
 * exactly what the JSON read would. `exportable` documents the three content types in OpenAPI.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { today } from '../clock.ts';
import { contentDisposition, EXTENSIONS, formatOf, languageOf, MEDIA_TYPES } from './negotiate.ts';
import type { Table } from './table.ts';
import { csvStream, xlsxStream } from './writers.ts';
import { loadSettings } from '../engine/facts.ts';
import { speak, vocabularyOf } from '../vocabulary.ts';

/** The table's Chinese headers and file name in the organisation's vocabulary (English passes through). */
export function tableInVocabulary<Row>(table: Table<Row>, vocabularyName: Parameters<typeof vocabularyOf>[0]): Table<Row> {
  const vocabulary = vocabularyOf(vocabularyName);
  const say = (text: string) => speak(text, vocabulary);
  return {
    file: { ...table.file, 'zh-CN': say(table.file['zh-CN']) },
    columns: table.columns.map((c) => ({ ...c, header: { ...c.header, 'zh-CN': say(c.header['zh-CN']) } })),
  };
}

/** Rows an export reads from a paged listing at a time. */
export const EXPORT_PAGE_SIZE = 500;

export interface Answer<Body, Row> {
  table: Table<Row>;
  /** The JSON body (one page of a paged listing). */
  json(): Promise<Body>;
  /** Every row, page by page, for an export. */
  rows(): AsyncIterable<readonly Row[]>;
}

/** Every page of a cursor-paged read, read only as the export asks for the next one. */
export async function* everyPage<Item>(
  read: (cursor: string | null, limit: number) => Promise<{ items: Item[]; cursor: string | null }>,
): AsyncGenerator<readonly Item[]> {
  let cursor: string | null = null;
  do {
    const page: { items: Item[]; cursor: string | null } = await read(cursor, EXPORT_PAGE_SIZE);
    yield page.items;
    cursor = page.cursor;
  } while (cursor !== null);
}

/** All rows of a read that answers at once (a view of one year, an audit, a report). */
export async function* onePage<Row>(rows: () => Promise<readonly Row[]>): AsyncGenerator<readonly Row[]> {
  yield await rows();
}

export async function answer<Body, Row>(request: FastifyRequest, reply: FastifyReply, spec: Answer<Body, Row>): Promise<Body | FastifyReply> {
  reply.header('vary', 'Accept, Accept-Language');
  const format = formatOf(request.headers.accept);
  if (format === 'json') return spec.json();

  const { clock, exportStats, database } = request.server.docket;
  const language = languageOf(request.headers['accept-language']);
  const table = tableInVocabulary(spec.table, (await loadSettings(database.db)).vocabulary);
  // The first page is read before anything is sent: a refusal is still a problem+json answer.
  const rest = spec.rows()[Symbol.asyncIterator]();
  const first = await rest.next();
  const pages = { first: first.done ? [] : first.value, rest };
  const date = today(clock);
  const name = (l: keyof Table<Row>['file']) => `${table.file[l]}-${date}.${EXTENSIONS[format]}`;
  const body = format === 'csv' ? csvStream(table, language, pages, exportStats) : xlsxStream(table, language, table.file[language], pages, exportStats);
  request.log.info({ format, language, file: name('en') }, 'export started');
  return reply
    .header('content-type', format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : MEDIA_TYPES.xlsx)
    .header('content-disposition', contentDisposition(name(language), name('en')))
    .header('content-language', language)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}

/** The 200 response of an exportable route: the JSON schema, and the CSV and .xlsx alternatives. */
export function exportable(json: TSchema, what: string): TSchema {
  const headers = {
    'Content-Disposition': { type: 'string', description: 'CSV and .xlsx: `attachment` with the file name (`filename*`: UTF-8, RFC 6266/8187)' },
    'Content-Language': { type: 'string', description: 'CSV and .xlsx: the language of the column headers (zh-CN or en)' },
  };
  const response = {
    description:
      `${what}. Content negotiation by \`Accept\`: JSON (default), \`text/csv\` (UTF-8 with BOM) or ` +
      '`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` — every row the filters select (`limit` and `cursor` ' +
      'page only the JSON), streamed, with column headers in the language of `Accept-Language` (zh-CN, the default, or en).',
    headers,
    content: {
      [MEDIA_TYPES.json]: { schema: json },
      [MEDIA_TYPES.csv]: { schema: { type: 'string', description: 'CSV, UTF-8 with a byte order mark, CRLF line ends, a header row' } },
      [MEDIA_TYPES.xlsx]: { schema: { type: 'string', format: 'binary', description: 'An Excel workbook, one sheet with a header row' } },
    },
  };
  return response as unknown as TSchema;
}
