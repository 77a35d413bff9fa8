/**
 * The annual report in the console (Chromium): the Haining 2018 report for a chosen year, viewed
 * and downloaded as a Word document whose text is read back; the box collections opening on the
 * demo's year, nothing pending years later; the admin's notifications page.
 */
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import JSZip from 'jszip';
import type { TestPrincipal } from '../support/app.ts';
import { loadHainingDemoInto } from '../../scripts/demo-load.ts';
import { consoleServer, launchChromium, newPage, screenshot, signIn, type ConsoleServer } from '../support/browser.ts';

describe('the annual report in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let chair: TestPrincipal;

  beforeAll(async () => {
    server = await consoleServer({ now: '2024-03-01T09:00:00Z' });
    expect((await loadHainingDemoInto(server.app, { adminToken: server.admin.token })).status).toBe('loaded');
    chair = await server.principal(['chair', 'committee'], { name: '周主委' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a chosen year and downloads it as a Word document', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, chair.token);
    await page.locator('header nav a[href="#/annual"]').click();
    await page.locator('main[data-page="annual"][data-ready="true"]').waitFor();
    await page.locator('#annual-year').fill('2018');
    await page.locator('main form.inline-form button[type="submit"]').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('2018年度组织建设工作报告');
    const figures = await page.locator('main .figure').allTextContents();
    expect(figures.join(' ')).toContain('76');
    await expect.poll(() => page.locator('#missed-months').textContent()).toContain('各月均达到要求');
    expect(await page.locator('main table').last().locator('tbody tr').count()).toBe(8);
    await screenshot(page, '20-annual-report');

    const path = join(tmpdir(), `annual-${process.pid}.docx`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main button.download[data-format="docx"]').click()]);
    expect(download.suggestedFilename()).toBe('年度组织建设工作报告-2018.docx');
    await download.saveAs(path);
    const zip = await JSZip.loadAsync(await readFile(path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('本年共组织活动8次，社员参加36人次');
    await rm(path, { force: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the box collections on the demo’s year when this year has none; today nothing is pending', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, chair.token);
    // The server's today is 2024: no collection that year, so the page opens on 2018, the latest with some.
    await page.goto(`${server.baseUrl}/console/#/collections`);
    await page.locator('main[data-page="collections"][data-ready="true"]').waitFor();
    expect(await page.locator('#year').inputValue()).toBe('2018');
    expect(await page.locator('main table.cadence tbody tr').count()).toBe(1);
    // Twice every month: no month falls short of the minimum.
    expect(await page.locator('main table.cadence tbody td.ok').count()).toBe(12);
    expect(await page.locator('main table.cadence tbody td.under').count()).toBe(0);
    // A year asked for is shown as asked, even one without a collection.
    await page.goto(`${server.baseUrl}/console/#/collections?year=2024`);
    await expect.poll(() => page.locator('#year').inputValue()).toBe('2024');
    await page.locator('main[data-page="collections"][data-ready="true"]').waitFor();
    expect(new Set(await page.locator('main table.cadence tbody td strong').allTextContents())).toEqual(new Set(['0']));

    // The committee closed its 2018 suggestions: no pending reply counts its days overdue.
    await page.goto(`${server.baseUrl}/console/#/pending`);
    await page.locator('main[data-page="pending"][data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('main p.empty').count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(/逾期\s*\d+\s*天/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers the notifications page to the admin only', async () => {
    const { context, page, problems } = await newPage(browser, 'en');
    await signIn(page, server.baseUrl, server.admin.token);
    await page.locator('header nav a[href="#/notifications"]').click();
    await page.locator('main[data-page="notifications"][data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('main h2').first().textContent()).toBe('失败');
    await signIn(page, server.baseUrl, chair.token);
    expect(await page.locator('header nav a[href="#/notifications"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
