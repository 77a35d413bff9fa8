/**
 * A 100,000-row roster export over a real HTTP connection, as CSV and as .xlsx: it arrives complete
 * and in order, and it is produced page by page — the first bytes reach the client while most pages
 * are still unread (counted by the server's export statistics), so the rows are never all held at once.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.ts';
import { EXPORT_PAGE_SIZE } from '../../src/export/respond.ts';

const ROWS = 100_000;
const PAGES = ROWS / EXPORT_PAGE_SIZE;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('a 100,000-row export', () => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    // The roster's read view filled directly: the export reads the view, and 100,000 registrations would only be slow.
    await sql`INSERT INTO view_members (id, stream_id, name, gender, birth_date, education, title, employment, branch_id, joined_on, current)
      SELECT 'm' || lpad(i::text, 6, '0'), 'member/m' || lpad(i::text, 6, '0'), '成员' || i, 'female', date '1980-01-01' + (i % 3650),
             'bachelor', 'intermediate', 'working', 'b' || (i % 3), date '1990-01-01' + (i / 10), true
      FROM generate_series(0, ${ROWS - 1}) AS i`.execute(t.app.docket.database.db);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await t.close();
  });

  /** GET /members as `accept`; `onFirstChunk` runs when the first body bytes arrive. */
  function download(accept: string, onChunk: (chunk: Buffer, first: boolean) => void): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${base}/members`, { headers: { authorization: `Bearer ${t.admin.token}`, accept, 'accept-language': 'en' } }, (res) => {
        let first = true;
        res.on('data', (chunk: Buffer) => {
          onChunk(chunk, first);
          first = false;
        });
        res.on('end', () => resolve(res));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('as CSV: every row once, in order, produced page by page', async () => {
    const stats = t.app.docket.exportStats;
    const pagesBefore = stats.pages;
    let pagesAtFirstBytes = -1;
    let rest = '';
    let lines = 0;
    let expected = 0;
    let outOfOrder = 0;
    const response = await download('text/csv', (chunk, first) => {
      if (first) pagesAtFirstBytes = stats.pages - pagesBefore;
      const text = rest + chunk.toString('utf8');
      const complete = text.split('\r\n');
      rest = complete.pop() ?? '';
      for (const line of complete) {
        lines += 1;
        if (lines === 1) continue; // the header
        if (!line.startsWith(`m${String(expected).padStart(6, '0')},成员${expected},female,`)) outOfOrder += 1;
        expected += 1;
      }
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(rest).toBe('');
    expect(lines).toBe(ROWS + 1);
    expect(expected).toBe(ROWS);
    expect(outOfOrder).toBe(0);
    expect(stats.pages - pagesBefore).toBe(PAGES);
    // The first bytes left before most pages were read.
    expect(pagesAtFirstBytes).toBeGreaterThanOrEqual(1);
    expect(pagesAtFirstBytes).toBeLessThan(PAGES / 2);
  });

  it('as .xlsx: a workbook exceljs opens, with every row, produced page by page', async () => {
    const stats = t.app.docket.exportStats;
    const pagesBefore = stats.pages;
    let pagesAtFirstBytes = -1;
    const chunks: Buffer[] = [];
    const response = await download(XLSX, (chunk, first) => {
      if (first) pagesAtFirstBytes = stats.pages - pagesBefore;
      chunks.push(chunk);
    });
    expect(response.statusCode).toBe(200);
    expect(stats.pages - pagesBefore).toBe(PAGES);
    expect(pagesAtFirstBytes).toBeGreaterThanOrEqual(1);
    expect(pagesAtFirstBytes).toBeLessThan(PAGES / 2);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(ROWS + 1);
    expect(sheet?.getRow(1).getCell(1).value).toBe('ID');
    expect(sheet?.getRow(2).getCell(1).value).toBe('m000000');
    expect(sheet?.getRow(ROWS + 1).getCell(1).value).toBe(`m${String(ROWS - 1).padStart(6, '0')}`);
    expect(sheet?.getRow(ROWS + 1).getCell(2).value).toBe(`成员${ROWS - 1}`);
  });
});
