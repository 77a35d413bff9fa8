/**
 * The office's other pages in Chromium: a secondment proposed and approved from the forms and its
 * printable audit with the chain verified and each decision's inclusion proof in the signed
 * checkpoint checked in the browser; the organisation report as of a date with SVG charts;
 * the box collection cadence with a collection recorded from the page; the roster, its import from
 * a file (dry run, then confirm) and the download buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { parseCsv } from '../../src/office/csv.ts';
import type { TestPrincipal } from '../support/app.ts';
import { generateSigningKey } from '../../src/audit/signing.ts';
import { catchUp } from '../support/audit.ts';
import { consoleServer, launchChromium, newPage, screenshot, signIn, signInWithPassword, type ConsoleServer } from '../support/browser.ts';

const MEMBERS = [
  { id: 'm1', name: '张伟', gender: 'male', birthDate: '1985-04-02', education: 'master', title: 'senior', employment: 'working', branchId: 'b1', joinedOn: '2010-06-01' },
  { id: 'm2', name: '刘芳', gender: 'female', birthDate: '1992-09-10', education: 'bachelor', title: 'intermediate', employment: 'working', branchId: 'b1', joinedOn: '2015-03-01' },
  { id: 'm3', name: '赵强', gender: 'male', birthDate: '1958-01-20', education: 'college', title: 'junior', employment: 'retired', branchId: 'b2', joinedOn: '1995-05-01' },
  { id: 'm4', name: '孙丽', gender: 'female', birthDate: '1979-07-07', education: 'doctorate', title: 'senior', employment: 'working', branchId: 'b2', joinedOn: '2024-02-15' },
];

describe('office pages in Chromium', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let secretary: TestPrincipal;
  let chair: TestPrincipal;

  beforeAll(async () => {
    server = await consoleServer({ now: '2024-03-01T09:00:00Z', settings: { checkpoints: { signingKey: generateSigningKey() } } });
    browser = await launchChromium();
    secretary = await server.principal(['office', 'suggestion_manager'], { name: '王秘书' });
    chair = await server.principal(['chair', 'committee'], { name: '李主委' });
    const imported = await server.as(server.admin, { method: 'POST', url: '/members/import', payload: MEMBERS });
    expect(imported.statusCode).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
  const ready = (page: Page, name: string) => page.locator(`main[data-page="${name}"][data-ready="true"]`).waitFor();

  it('proposes a secondment from its start page, approves it as chair, and prints its audit with the chain verified', async () => {
    const office = await newPage(browser);
    await signIn(office.page, server.baseUrl, secretary.token);
    await office.page.goto(`${server.baseUrl}/console/#/start/secondment`);
    const form = office.page.locator('form.command-form[data-command="ProposeSecondment"]');
    await form.waitFor();
    // The member field offers the roster.
    // The member is chosen by name from the roster (four current members); the id never shows.
    await form.locator('[name="memberId"]').click();
    await expect.poll(() => form.locator('[data-picker="memberId"] .picker-option').count()).toBe(4);
    await form.locator('[name="memberId"]').fill('张伟');
    await form.locator('[data-picker="memberId"] .picker-option', { hasText: '张伟' }).click();
    await expect.poll(() => form.locator('[name="memberId"]').inputValue()).toMatch(/^张伟 · /);
    await form.locator('[name="hostUnit"]').fill('海宁市发展和改革局');
    await form.locator('[name="post"]').fill('副局长');
    await form.locator('[name="startsOn"]').fill('2024-04-01');
    await form.locator('[name="months"]').fill('12');
    await form.locator('[name="rationale"]').fill('熟悉经济工作，年富力强。');
    await form.locator('button[type="submit"]').click();
    await ready(office.page, 'instance');
    await expect.poll(() => text(office.page, '.page-header .badge.state')).toBe('基层委员会审议');
    const url = office.page.url();
    const id = decodeURIComponent(url.split('/').pop() ?? '');
    expect(office.problems).toEqual([]);
    await office.context.close();

    const chairs = await newPage(browser);
    await signIn(chairs.page, server.baseUrl, chair.token);
    await chairs.page.goto(url);
    const approve = chairs.page.locator('details[data-command="ApproveNomination"]');
    await approve.locator('[name="comment"]').fill('同意提名。');
    await approve.locator('button[type="submit"]').click();
    await expect.poll(() => text(chairs.page, '.page-header .badge.state')).toBe('统战部审核');
    // A signed checkpoint after both decisions: the audit page checks their inclusion proofs against it.
    await catchUp(server.handle.db, server.app.docket.tamperEvidence.tree);
    expect((await server.as(server.admin, { method: 'POST', url: '/audit/checkpoint' })).statusCode).toBe(201);

    await chairs.page.locator(`a[href="#/audit/${id}"]`).click();
    await ready(chairs.page, 'audit');
    const rows = chairs.page.locator('table.audit tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = (row: number) => rows.nth(row).locator('td').allTextContents();
    const included = expect.stringMatching(/^✔ 第 \d+ 条，共 \d+ 条$/);
    await expect.poll(() => cells(0)).toEqual(['提名', '提名', '王秘书', '基层委员会办公室', '2024年3月1日', expect.stringContaining('2024年3月1日'), '熟悉经济工作，年富力强。', included]);
    await expect.poll(() => cells(1)).toEqual(['基层委员会审议', '同意', '李主委', '主委', '2024年3月1日', expect.stringContaining('2024年3月1日'), '同意提名。', included]);
    await expect.poll(() => chairs.page.locator('.checkpoint').getAttribute('data-checkpoint')).toBe('ok');
    await expect.poll(() => chairs.page.locator('[data-proof="ok"]').count()).toBe(2);
    await expect.poll(() => text(chairs.page, '.chain')).toBe('✔ 事件链校验通过：记录完整，未被篡改。');
    await expect.poll(() => chairs.page.locator('.chain').getAttribute('data-chain')).toBe('ok');

    // Printed: no header, no buttons, the audit alone.
    await chairs.page.emulateMedia({ media: 'print' });
    await expect.poll(() => chairs.page.locator('header.top').isVisible()).toBe(false);
    await expect.poll(() => chairs.page.locator('#print').isVisible()).toBe(false);
    await expect.poll(() => chairs.page.locator('table.audit').isVisible()).toBe(true);
    await screenshot(chairs.page, '10-secondment-audit-print');
    await chairs.page.emulateMedia({ media: 'screen' });
    expect(chairs.problems).toEqual([]);
    await chairs.context.close();
    // Generous: the checkpoint waits until the tree holds every event (tests/audit/support.ts).
  }, 300_000);

  it('shows the organisation report as of a chosen date, with SVG charts', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    await page.goto(`${server.baseUrl}/console/#/report?asOf=2024-03-01`);
    await ready(page, 'report');
    await expect.poll(() => text(page, 'main h1')).toBe('组织情况报表 · 2024年3月1日');
    const figure = (n: number) => page.locator('#figures .figure').nth(n).locator('.figure-value').textContent();
    await expect.poll(() => figure(0)).toBe('4');
    await expect.poll(() => figure(1)).toBe('3');
    await expect.poll(() => figure(2)).toBe('1');
    const bars = () =>
      page.locator('#chart-decades g.bar').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-label'), g.getAttribute('data-value')]));
    await expect.poll(bars).toEqual([
      ['1950年代', '1'],
      ['1970年代', '1'],
      ['1980年代', '1'],
      ['1990年代', '1'],
    ]);
    await expect.poll(() => page.locator('#chart-employment g.legend').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-value')))).toEqual(['3', '1']);
    await expect.poll(() => page.locator('#chart-branches g.bar').count()).toBe(2);
    await screenshot(page, '11-report');

    // As of an earlier date: the member who joined in February is not counted yet.
    await page.locator('#as-of').fill('2024-01-31');
    await page.locator('form.inline-form button[type="submit"]').click();
    await expect.poll(() => text(page, 'main h1')).toBe('组织情况报表 · 2024年1月31日');
    await expect.poll(() => figure(0)).toBe('3');
    await expect.poll(() => page.locator('#chart-decades g.bar').count()).toBe(3);

    await page.locator('#lang-switch').click();
    await expect.poll(() => text(page, 'main h1')).toBe('Organisation report · 31 Jan 2024');
    await expect.poll(() => page.locator('#chart-decades g.bar').first().getAttribute('data-label')).toBe('Born in the 1950s');
    await page.locator('#lang-switch').click();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('records box collections from the cadence page and flags a month under the minimum', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    await page.goto(`${server.baseUrl}/console/#/collections?year=2024`);
    await ready(page, 'collections');
    const record = async (collectedOn: string, count: string) => {
      const form = page.locator('form.command-form[data-command="RecordCollection"]');
      await form.locator('[name="box"]').fill('北门意见箱');
      await form.locator('[name="collectedOn"]').fill(collectedOn);
      await form.locator('[name="count"]').fill(count);
      await form.locator('button[type="submit"]').click();
    };
    const february = page.locator('table.cadence td[data-box="北门意见箱"][data-month="2"]');
    await record('2024-02-05', '3');
    await expect.poll(() => text(page, '.panel.notice')).toBe('已记录开箱。');
    await expect.poll(() => february.locator('strong').textContent()).toBe('1');
    await expect.poll(() => february.getAttribute('class')).toBe('under');
    await record('2024-02-20', '2');
    await expect.poll(() => february.locator('strong').textContent()).toBe('2');
    await expect.poll(() => february.getAttribute('class')).toBe('ok');
    await expect.poll(() => february.locator('span').textContent()).toBe(' / 5');
    await expect.poll(() => page.locator('table.cadence td[data-box="北门意见箱"][data-month="3"]').getAttribute('class')).toBe('under');
    await screenshot(page, '12-collections');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists the roster and records a retirement on a member’s page', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    await page.locator('header nav a[href="#/members"]').click();
    await ready(page, 'members');
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(4);
    await page.locator('main table a', { hasText: '刘芳' }).click();
    await ready(page, 'instance');
    const retire = page.locator('details[data-command="RecordRetirement"]');
    if (!(await retire.evaluate((d) => (d as HTMLDetailsElement).open))) await retire.locator('summary').click();
    await retire.locator('[name="on"]').fill('2024-02-29');
    await retire.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('#timeline > li').first().getAttribute('data-type')).toBe('RetirementRecorded');
    await expect.poll(() => text(page, '#timeline > li .business-date')).toBe('2024年2月29日');
    await expect.poll(() => text(page, 'dl.kv dd[data-key="employment"]')).toBe('退休');
    await screenshot(page, '13-member');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('imports members from a file: a dry run shows every row with the errors marked, nothing is written, then the confirmed import', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, server.admin.token);
    await page.locator('header nav a[href="#/members"]').click();
    await ready(page, 'members');
    await page.locator('#open-import').click();
    await ready(page, 'import');

    // A CSV as Chinese Excel saves it: GB18030, Chinese headers and words; the second row has an unknown education.
    const header = '姓名,性别,出生日期,学历,职称,在职/退休,支社,入社日期';
    const csv = `${header}\r\n周敏,女,1990/1/1,本科,初级,在职,b1,2020/1/1\r\n吴刚,男,1970/3/4,博士后,副高,退休,b2,2000/1/1\r\n`;
    await page.locator('#import-file').setInputFiles({ name: '成员名册.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gb18030') });
    await page.locator('#import-check').click();
    const rows = page.locator('#import-rows tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.locator('#import-rows tr.invalid').count()).toBe(1);
    expect(await rows.nth(0).locator('td[data-field="name"]').textContent()).toBe('周敏');
    expect(await rows.nth(0).locator('td[data-field="education"]').textContent()).toBe('大学本科');
    expect(await rows.nth(1).getAttribute('class')).toBe('invalid');
    expect(await rows.nth(1).locator('td.bad').getAttribute('data-field')).toBe('education');
    expect(await rows.nth(1).locator('td.bad').textContent()).toBe('博士后');
    expect(await rows.nth(1).locator('ul.problems li').first().textContent()).toContain('学历：这一行的格式有误。');
    await expect.poll(() => text(page, '#import-result .panel')).toBe('共 2 行，其中 1 行有误（已标红）。请修改文件后重新检查；有误时不能导入。');
    expect(await page.locator('#import-confirm').isDisabled()).toBe(true);
    await screenshot(page, '15-import-dry-run');
    // The dry run wrote nothing.
    expect((await server.as(server.admin, { method: 'GET', url: '/members' })).json().items).toHaveLength(4);

    // The corrected file as a workbook: checked, then confirmed.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('成员');
    sheet.addRow(header.split(','));
    sheet.addRow(['周敏', '女', new Date(Date.UTC(1990, 0, 1)), '本科', '初级', '在职', 'b1', new Date(Date.UTC(2020, 0, 1))]);
    sheet.addRow(['吴刚', '男', new Date(Date.UTC(1970, 2, 4)), '博士', '副高', '退休', 'b2', new Date(Date.UTC(2000, 0, 1))]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.locator('#import-file').setInputFiles({ name: '成员名册.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
    await page.locator('#import-check').click();
    await expect.poll(() => text(page, '#import-result .panel')).toBe('全部 2 行无误，可以导入。');
    expect(await page.locator('#import-rows tr.invalid').count()).toBe(0);
    expect(await page.locator('#import-confirm').textContent()).toBe('确认导入 2 名会员');
    await page.locator('#import-confirm').click();
    await ready(page, 'members');
    await expect.poll(() => text(page, '.panel.notice')).toBe('已导入 2 名会员。');
    await expect.poll(() => page.locator('main table tbody tr').count()).toBe(6);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the roster as an Excel workbook and the pending replies as CSV, in the console’s language', async () => {
    const registered = await server.as(secretary, {
      method: 'POST',
      url: '/workflows/suggestion/instances',
      payload: { type: 'RegisterSuggestion', receivedOn: '2024-02-28', channel: 'box', category: '停车难', content: '小区停车位不足。', submitter: { name: '市民', contact: '139' } },
    });
    expect(registered.statusCode).toBe(201);
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    await page.locator('header nav a[href="#/members"]').click();
    await ready(page, 'members');
    const [workbookFile] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads button[data-format="xlsx"]').click()]);
    expect(workbookFile.suggestedFilename()).toBe('会员名册-2024-03-01.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await workbookFile.path());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([undefined, '编号', '姓名', '性别', '出生日期', '学历', '职称', '在职/退休', '支部', '入会日期', '退休日期', '离会日期', '在册', '入会申请编号']);
    expect(sheet?.rowCount).toBe(7);
    const names: unknown[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
    });
    expect(names).toEqual(expect.arrayContaining(['张伟', '周敏', '吴刚']));

    await page.locator('#lang-switch').click();
    await page.locator('header nav a[href="#/pending"]').click();
    await ready(page, 'pending');
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads button[data-format="csv"]').click()]);
    expect(csvFile.suggestedFilename()).toBe('pending-replies-2024-03-01.csv');
    const bytes = readFileSync(await csvFile.path());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records = parseCsv(bytes.toString('utf8'));
    expect(records[0]?.cells).toEqual(['Number', 'ID', 'Category', 'Channel', 'Received on', 'Due on', 'Days left', 'Overdue', 'State', 'Handler']);
    const shown = await page.locator('main table.pending tbody tr').count();
    expect(shown).toBeGreaterThan(0);
    expect(records).toHaveLength(shown + 1);
    expect(records.map((r) => r.cells[2])).toContain('停车难');
    await screenshot(page, '16-download');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an admin create a user whose token signs in, and revoke it', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, server.baseUrl, server.admin.token);
    await admin.page.locator('header nav a[href="#/principals"]').click();
    await ready(admin.page, 'principals');
    await admin.page.locator('#p-name').fill('周办事员');
    await admin.page.locator('#p-role-office').check();
    await admin.page.locator('#p-role-suggestion_manager').check();
    await admin.page.locator('#new-principal button[type="submit"]').click();
    const token = await admin.page.locator('#new-token .token-value').textContent();
    expect(token).toMatch(/^\S{20,}$/);
    await screenshot(admin.page, '14-users');

    const user = await newPage(browser);
    await signIn(user.page, server.baseUrl, token ?? '');
    await expect.poll(() => text(user.page, 'header .who')).toBe('当前用户：周办事员');
    await expect.poll(() => user.page.locator('header nav a[href="#/principals"]').count()).toBe(0);

    // The list already shows the new user.
    const row = admin.page.locator('#principals tr', { hasText: '周办事员' });
    await row.locator('button.danger').click();
    await row.locator('button.danger').click();
    await expect.poll(() => text(admin.page, '.panel.notice')).toBe('已撤销 周办事员，其令牌和登录已失效。');

    // The revoked token stops working at the next request: the console signs out and says why.
    await user.page.locator('header nav a[href="#/pending"]').click();
    await user.page.locator('form.signin').waitFor();
    await expect.poll(() => text(user.page, '.panel.notice')).toBe('登录已失效，请重新登录。');
    await expect.poll(() => user.page.evaluate(() => sessionStorage.getItem('docket.token'))).toBeNull();
    expect([...admin.problems, ...user.problems]).toEqual([]);
    await admin.context.close();
    await user.context.close();
  });

  it('lets an admin create a person with a password, edit the roles and host unit, reset the password and issue a token', async () => {
    const admin = await newPage(browser);
    await signIn(admin.page, server.baseUrl, server.admin.token);
    await admin.page.locator('header nav a[href="#/principals"]').click();
    await ready(admin.page, 'principals');
    await admin.page.locator('#p-name').fill('陈接收');
    await admin.page.locator('#p-username').fill('chen.host');
    await admin.page.locator('#p-password').fill('host unit password');
    await admin.page.locator('#p-role-member').check();
    await admin.page.locator('#new-principal button[type="submit"]').click();
    await expect.poll(() => text(admin.page, '#new-token .panel')).toBe('已为 陈接收 创建用户，用户名“chen.host”，密码为您刚才设置的密码。');
    expect(await admin.page.locator('#new-token .token-value').count()).toBe(0);

    // Edit: make them a host unit, which needs the unit's name.
    const row = () => admin.page.locator('#principals tr', { hasText: 'chen.host' });
    await row().locator('button[data-action="edit"]').click();
    const edit = row().locator('form.edit-principal');
    await edit.locator('input[value="member"]').uncheck();
    await edit.locator('input[value="host_unit"]').check();
    await edit.locator('button[type="submit"]').click();
    await expect.poll(() => text(admin.page, 'form.edit-principal .form-error')).toBe('“接收单位”用户必须填写所属单位。');
    await edit.locator('input[name="hostUnit"]').fill('海宁市发展和改革局');
    await edit.locator('button[type="submit"]').click();
    await expect.poll(() => text(admin.page, '.panel.notice')).toBe('已保存 陈接收。');
    await expect.poll(() => text(admin.page, '#principals tr:has-text("chen.host") td:nth-child(4)')).toBe('海宁市发展和改革局');

    // The person signs in with the password; the admin resets it, which ends that session.
    const person = await newPage(browser);
    await signInWithPassword(person.page, server.baseUrl, 'chen.host', 'host unit password');
    await row().locator('button[data-action="password"]').click();
    await row().locator('form.reset-password input').fill('reset by the admin');
    await row().locator('form.reset-password button[type="submit"]').click();
    await expect.poll(() => text(admin.page, '.panel.notice')).toBe('已为 陈接收 设置新密码，其现有登录已失效。');
    await person.page.locator('header nav a[href="#/pending"]').click();
    await person.page.locator('form.signin').waitFor();
    await expect.poll(() => text(person.page, '.panel.notice')).toBe('登录已失效，请重新登录。');
    await signInWithPassword(person.page, server.baseUrl, 'chen.host', 'reset by the admin');

    // A token for the API (asked twice), shown once; it works.
    await row().locator('button[data-action="token"]').click();
    await row().locator('button[data-action="token"]').click();
    const token = await row().locator('.token-value').textContent();
    expect(token).toMatch(/^dkt_/);
    expect((await server.as({ ...server.admin, token: token ?? '' }, { method: 'GET', url: '/me' })).json()).toMatchObject({ name: '陈接收', hostUnit: '海宁市发展和改革局' });
    await screenshot(admin.page, '15-users-edit');
    expect([...admin.problems, ...person.problems]).toEqual([]);
    await admin.context.close();
    await person.context.close();
  });

  it('serves Swagger UI at /docs under its security headers, without script errors or blocked resources', async () => {
    const { context, page, problems } = await newPage(browser, 'en');
    const response = await page.goto(`${server.baseUrl}/docs/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.swagger-ui .info .title').waitFor();
    await expect.poll(() => page.locator('.swagger-ui .info .title').textContent()).toContain('Docket API');
    await expect.poll(() => page.locator('.opblock-tag-section').count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe('{}');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an admin name, rename and add branches in the settings by name only; the report then shows their names', async () => {
    // The roster's branches b1 and b2, set up earlier under provisional names.
    const before = await server.as(server.admin, { method: 'GET', url: '/admin/settings' });
    const put = await server.as(server.admin, {
      method: 'PUT',
      url: '/admin/settings',
      headers: { 'if-match': `"${before.json().version}"` },
      payload: { branches: [{ id: 'b1', name: '第一支部' }, { id: 'b2', name: '第二支部' }] },
    });
    expect(put.statusCode, put.body).toBe(200);

    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, server.admin.token);
    await page.locator('header nav a[href="#/settings"]').click();
    await ready(page, 'settings');
    const names = () => page.locator('#branches [name="branch-name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(await names()).toEqual(['第一支部', '第二支部']);
    // No field for a code: a branch is its name.
    expect(await page.locator('#branches input').count()).toBe(2);
    await page.locator('#branches [name="branch-name"]').nth(0).fill('经济支部');
    await page.locator('#branches [name="branch-name"]').nth(1).fill('教育支部');
    await page.locator('#add-branch').click();
    await page.locator('#branches tr').last().locator('[name="branch-name"]').fill('医卫支部');
    await page.locator('#committeeSize').fill('7');
    await page.locator('#settings-form button[type="submit"]').click();
    await expect.poll(() => text(page, '.panel.notice')).toBe('设置已保存。');
    await expect.poll(() => page.locator('#committeeSize').inputValue()).toBe('7');
    await expect.poll(names).toEqual(['经济支部', '教育支部', '医卫支部']);
    await screenshot(page, '15-settings');

    await page.locator('header nav a[href="#/report"]').click();
    await ready(page, 'report');
    await expect
      .poll(() => page.locator('#chart-branches g.bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label'))))
      .toEqual(['经济支部', '教育支部', '医卫支部']);
    // Renamed branches keep the ids the roster refers to; the new one is given a free one.
    const stored = await server.as(server.admin, { method: 'GET', url: '/admin/settings' });
    expect(stored.json()).toMatchObject({
      committeeSize: 7,
      branches: [
        { id: 'b1', name: '经济支部' },
        { id: 'b2', name: '教育支部' },
        { id: 'branch-1', name: '医卫支部' },
      ],
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
