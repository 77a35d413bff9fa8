/**
 * A 100,000-row roster export over a real HTTP connection, as CSV and as .xlsx: it arrives complete
 * and in order, and it is produced page by page — the first bytes reach the client while most pages
 * are still unread (counted by the server's export statistics), and while a slow client reads, the
 * live heap (measured after a full collection) grows by far less than the export's size.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StringDecoder } from 'node:string_decoder';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.ts';
import { EXPORT_PAGE_SIZE } from '../../src/export/respond.ts';

const ROWS = 100_000;
const PAGES = ROWS / EXPORT_PAGE_SIZE;
/** A full garbage collection, so that heapUsed counts only what is still referenced. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const liveHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

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

  /** GET /members as `accept`, read chunk by chunk; `onChunk` may pause the response (a slow client). */
  function download(accept: string, onChunk: (chunk: Buffer, first: boolean, response: IncomingMessage) => void): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${base}/members`, { headers: { authorization: `Bearer ${t.admin.token}`, accept, 'accept-language': 'en' } }, (res) => {
        let first = true;
        res.on('data', (chunk: Buffer) => {
          onChunk(chunk, first, res);
          first = false;
        });
        res.on('end', () => resolve(res));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('as CSV: every row once, in order, produced page by page, the heap bounded while a slow client reads', async () => {
    const stats = t.app.docket.exportStats;
    const pagesBefore = stats.pages;
    let pagesAtFirstBytes = -1;
    const utf8 = new StringDecoder('utf8');
    let rest = '';
    let lines = 0;
    let expected = 0;
    let outOfOrder = 0;
    let bytes = 0;
    let chunks = 0;
    const heapBefore = liveHeap();
    let heapGrowth = 0;
    const response = await download('text/csv', (chunk, first, res) => {
      if (first) pagesAtFirstBytes = stats.pages - pagesBefore;
      bytes += chunk.length;
      chunks += 1;
      if (chunks % 50 === 0) {
        // A client slower than the server: it stops reading while the heap is measured.
        res.pause();
        heapGrowth = Math.max(heapGrowth, liveHeap() - heapBefore);
        setImmediate(() => res.resume());
      }
      const text = rest + utf8.write(chunk);
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
    // Holding the export (or its rows) would take more than the file's size; a few pages take far less.
    expect(bytes).toBeGreaterThan(8_000_000);
    expect(heapGrowth).toBeLessThan(bytes / 2);
  });

  // exceljs builds the whole workbook in memory to read it back; that takes a while on a busy machine.
  it('as .xlsx: a workbook exceljs opens, with every row, produced page by page', { timeout: 240_000 }, async () => {
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
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(ROWS + 1);
    expect([sheet?.getCell('A1').value, sheet?.getCell('B1').value]).toEqual(['ID', 'Name']);
    let outOfOrder = 0;
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      const i = n - 2;
      if (row.getCell(1).value !== `m${String(i).padStart(6, '0')}` || row.getCell(2).value !== `成员${i}`) outOfOrder += 1;
    });
    expect(outOfOrder).toBe(0);
  });
});
