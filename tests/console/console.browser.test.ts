/**
 * The console in a real browser (Debian's Chromium via playwright-core) against a real server:
 * sign in with a password (or a token), change the password, sign out, register a suggestion, take an application through two stages from the generated
 * forms, watch the diagram and the timeline follow, see an overdue suggestion highlighted, and
 * switch between Chinese and English. Screenshots go to tests/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestPrincipal } from '../support/app.ts';
import { consoleServer, launchChromium, newPage, screenshot, signIn, signInWithPassword, type ConsoleServer } from '../support/browser.ts';

const HIGHLIGHT = '#ffd54f';

describe('web console in Chromium', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let secretary: TestPrincipal;
  let chair: TestPrincipal;

  beforeAll(async () => {
    server = await consoleServer({ now: '2024-03-01T09:00:00Z' });
    browser = await launchChromium();
    secretary = await server.principal(['office', 'suggestion_manager'], { name: '王秘书' });
    chair = await server.principal(['chair', 'committee'], { name: '李主委' });
    const named = await server.as(server.admin, {
      method: 'PUT',
      url: '/admin/settings',
      headers: { 'if-match': '"0"' },
      payload: { committeeSize: 7, recruitmentQuota: 3, branches: [{ id: 'b1', name: '经济支社' }] },
    });
    expect(named.statusCode, named.body).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const state = (page: Page) => page.locator('.page-header .badge.state');
  const currentNode = (page: Page) => page.locator('#diagram g.node.current');
  const timelineTypes = (page: Page) => page.locator('#timeline > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.type));

  it('signs in with a user name and password: an HttpOnly, SameSite=Strict session cookie, nothing in storage; changes the password; signs out', async () => {
    const created = await server.as(server.admin, {
      method: 'POST',
      url: '/admin/principals',
      payload: { name: '沈晓燕', roles: ['office', 'suggestion_manager'], username: '沈晓燕', password: 'first password 1' },
    });
    expect(created.statusCode).toBe(201);
    const { context, page, problems } = await newPage(browser);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('form.signin').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/console/#/signin`);
    await expect.poll(() => page.locator('form.signin h1').textContent()).toBe('登录');
    // A first visit says nothing about an ended session.
    expect(await page.locator('.panel.notice').count()).toBe(0);

    await page.locator('#username').fill('沈晓燕');
    await page.locator('#password').fill('not the password');
    await page.locator('#signin-password button[type="submit"]').click();
    await expect.poll(() => page.locator('#signin-password .form-error').textContent()).toBe('用户名或密码错误。');
    await screenshot(page, '01-sign-in');

    await signInWithPassword(page, server.baseUrl, '沈晓燕', 'first password 1');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('待办事项');
    await expect.poll(() => page.locator('header .who').textContent()).toContain('沈晓燕');
    const cookies = await context.cookies();
    const cookie = cookies.find((c) => c.name === 'docket_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    const stored = await page.evaluate(() => ({ session: JSON.stringify(sessionStorage), local: JSON.stringify(localStorage), visible: document.cookie }));
    expect(stored.session).not.toContain(cookie?.value ?? 'none');
    expect(stored.local).not.toContain(cookie?.value ?? 'none');
    expect(stored.visible).not.toContain('docket_session');

    // A command goes through with the cookie (the console sends the CSRF header).
    await page.locator('header nav a[href="#/start"]').click();
    await page.locator('a[href="#/start/suggestion"]').waitFor();

    await page.locator('#change-password').click();
    await page.locator('#change-password-form').waitFor();
    await page.locator('#current-password').fill('first password 1');
    await page.locator('#new-password').fill('second password 2');
    await page.locator('#new-password-again').fill('second password 2');
    await page.locator('#change-password-form button[type="submit"]').click();
    await page.locator('main[data-page="inbox"][data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('.panel.notice').textContent()).toBe('密码已修改，您在其他地方的登录已失效。');

    await page.locator('#sign-out').click();
    await page.locator('form.signin').waitFor();
    await expect.poll(() => page.locator('.panel.notice').textContent()).toBe('您已退出登录。');
    // Signed out on the server too: the inbox sends back to sign-in.
    await page.goto(`${server.baseUrl}/console/#/inbox`);
    await page.locator('form.signin').waitFor();
    await signInWithPassword(page, server.baseUrl, '沈晓燕', 'second password 2');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('signs in with a token (the second option) kept in sessionStorage, never in the URL, and refuses a wrong one', async () => {
    const { context, page, problems } = await newPage(browser);
    await page.goto(`${server.baseUrl}/console/#/signin`);
    await page.locator('details.token-option summary').click();
    await page.locator('#token').fill('not-a-real-token-at-all');
    await page.locator('#signin-token button[type="submit"]').click();
    await expect.poll(() => page.locator('#signin-token .form-error').textContent()).toBe('令牌无效或已被撤销。');

    await signIn(page, server.baseUrl, secretary.token);
    await expect.poll(() => page.locator('header .who').textContent()).toContain('王秘书');
    expect(page.url()).not.toContain(secretary.token);
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('docket.token'), local: JSON.stringify(localStorage) }));
    expect(stored.session).toBe(secretary.token);
    expect(stored.local).not.toContain(secretary.token);
    // A token user has no password to change here.
    expect(await page.locator('#change-password').count()).toBe(0);

    await page.locator('#sign-out').click();
    await page.locator('form.signin').waitFor();
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('docket.token'))).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('registers a suggestion from its start page, with errors said in words; then reads it (no replica: no Docket-Position to send back)', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    // Read-your-writes: a command's Docket-Position would go back as Docket-Min-Position on the reads that
    // follow; this server has no replica, so its answers carry none and the reads send none.
    const positions: string[] = [];
    const instanceReads: (string | undefined)[] = [];
    page.on('response', (response) => {
      const position = response.headers()['docket-position'];
      if (position) positions.push(position);
    });
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().includes('/workflows/suggestion/instances/')) instanceReads.push(request.headers()['docket-min-position']);
    });
    await page.locator('header nav a[href="#/start"]').click();
    await page.locator('a[href="#/start/suggestion"]').click();
    const form = page.locator('form.command-form[data-command="RegisterSuggestion"]');
    await form.waitFor();

    // Nothing filled in: the required fields are marked in words, nothing is sent.
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[data-field="content"] .field-error').textContent()).toBe('此项必填。');

    await form.locator('[name="receivedOn"]').fill('2024-02-27');
    await form.locator('[name="channel"]').selectOption('box');
    await form.locator('[name="category"]').fill('道路交通');
    await form.locator('[name="content"]').fill('建议在学校门口增设红绿灯。');
    // Neither a submitter nor anonymous is a rule the server enforces: its problem code comes back translated.
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('.form-error p').first().textContent()).toBe('请填写提出人，或选择匿名。');
    await screenshot(page, '02-suggestion-error');

    // Anonymous: the submitter's fields go away (and are not sent).
    await form.locator('[name="anonymous"]').check();
    await expect.poll(() => form.locator('[data-field="submitter"]').isVisible()).toBe(false);
    await form.locator('button[type="submit"]').click();
    await page.locator('main[data-page="instance"][data-ready="true"]').waitFor();
    await expect.poll(() => state(page).textContent()).toBe('已登记');
    await expect.poll(() => timelineTypes(page)).toEqual(['SuggestionRegistered']);
    const event = page.locator('#timeline > li[data-type="SuggestionRegistered"]');
    await expect.poll(() => event.locator('.actor').textContent()).toBe('王秘书（意见箱专管员）');
    await expect.poll(() => event.locator('.business-date').textContent()).toBe('2024年3月1日');
    await expect.poll(() => page.locator('.panel.notice').textContent()).toBe('已创建，正在打开…');
    await expect.poll(() => page.locator('.deadlines li[data-event="ReplyOverdue"]').textContent()).toBe('逾期日：2024年3月14日'); // the day after the reply deadline (3月13日)
    await screenshot(page, '03-suggestion-registered');

    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const stored = await server.as(secretary, { method: 'GET', url: `/workflows/suggestion/instances/${id}` });
    expect(stored.json()).toMatchObject({ state: 'registered', data: { category: '道路交通', anonymous: true, receivedOn: '2024-02-27' } });
    expect(positions).toEqual([]);
    expect(instanceReads.length).toBeGreaterThan(0);
    expect(instanceReads.every((sent) => sent === undefined)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes an application through two stages from the generated forms; diagram and timeline follow', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, secretary.token);
    await page.goto(`${server.baseUrl}/console/#/start/recruitment`);
    const start = page.locator('form.command-form[data-command="SubmitApplication"]');
    await start.waitFor();
    await start.locator('[name="applicant.name"]').fill('陈晓');
    await start.locator('[name="applicant.gender"]').selectOption('female');
    await start.locator('[name="applicant.birthDate"]').fill('1986-05-12');
    await start.locator('[name="applicant.education"]').selectOption('master');
    await start.locator('[name="applicant.title"]').selectOption('intermediate');
    await start.locator('[name="applicant.employer"]').fill('海宁市人民医院');
    await start.locator('[name="applicant.sector"]').fill('医药卫生');
    await start.locator('[name="applicant.employment"]').selectOption('working');
    // The branch is chosen by its name.
    await start.locator('[name="branchId"]').fill('经济');
    await start.locator('[data-picker="branchId"] .picker-option', { hasText: '经济支社' }).click();
    await start.locator('[name="receivedOn"]').fill('2024-02-20');
    await start.locator('[name="on"]').fill('2024-02-21');
    await start.locator('button[type="submit"]').click();

    await page.locator('main[data-page="instance"][data-ready="true"]').waitFor();
    await expect.poll(() => state(page).textContent()).toBe('资格审查');
    await expect.poll(() => currentNode(page).getAttribute('data-state')).toBe('qualification_review');
    await expect.poll(() => currentNode(page).locator('path, polygon').first().getAttribute('fill')).toBe(HIGHLIGHT);
    await expect.poll(() => timelineTypes(page)).toEqual(['ApplicationSubmitted']);
    await expect.poll(() => page.locator('#timeline li[data-type="ApplicationSubmitted"] .business-date').textContent()).toBe('2024年2月21日');
    await screenshot(page, '04-application-submitted');

    // Stage one: qualification passes, with a comment kept in the history.
    const pass = page.locator('details[data-command="PassQualification"]');
    await pass.locator('[name="comment"]').fill('材料齐全，符合条件。');
    await pass.locator('button[type="submit"]').click();
    await expect.poll(() => state(page).textContent()).toBe('培养考察');
    await expect.poll(() => currentNode(page).getAttribute('data-state')).toBe('cultivation');
    await expect.poll(() => currentNode(page).locator('path, polygon').first().getAttribute('fill')).toBe(HIGHLIGHT);
    await expect.poll(() => page.locator('#diagram g.node[data-state="qualification_review"] path, #diagram g.node[data-state="qualification_review"] polygon').first().getAttribute('fill')).not.toBe(HIGHLIGHT);
    await expect.poll(() => timelineTypes(page)).toEqual(['QualificationPassed', 'ApplicationSubmitted']);
    const passed = page.locator('#timeline li[data-type="QualificationPassed"]');
    await expect.poll(() => passed.locator('.event-title').textContent()).toBe('资格审查通过');
    await expect.poll(() => passed.locator('.actor').textContent()).toBe('王秘书（基层委员会办公室）');
    await expect.poll(() => passed.locator('blockquote.comment').textContent()).toBe('材料齐全，符合条件。');
    await expect.poll(() => page.locator('.panel.notice').textContent()).toBe('已办理：资格审查通过。');

    // A broken rule is said in words: cultivation cannot complete before an investigation.
    const complete = page.locator('details[data-command="CompleteCultivation"]');
    await complete.locator('summary').click();
    await complete.locator('button[type="submit"]').click();
    await expect.poll(() => complete.locator('.form-error p').first().textContent()).toBe('结束培养考察前，至少要记录一次考察情况。');
    await screenshot(page, '05-cultivation-rule');

    const investigate = page.locator('details[data-command="RecordInvestigation"]');
    if (!(await investigate.evaluate((d) => (d as HTMLDetailsElement).open))) await investigate.locator('summary').click();
    await investigate.locator('[name="employerOpinion"]').fill('工作认真负责，群众基础好。');
    await investigate.locator('[name="summary"]').fill('经谈话和走访，表现良好。');
    await investigate.locator('[name="outcome"]').selectOption('positive');
    await investigate.locator('button[type="submit"]').click();
    await expect.poll(() => timelineTypes(page)).toEqual(['InvestigationRecorded', 'QualificationPassed', 'ApplicationSubmitted']);

    // Stage two: cultivation completes and the applicant moves on to sponsorship.
    const again = page.locator('details[data-command="CompleteCultivation"]');
    if (!(await again.evaluate((d) => (d as HTMLDetailsElement).open))) await again.locator('summary').click();
    await again.locator('button[type="submit"]').click();
    await expect.poll(() => state(page).textContent()).toBe('介绍人推荐');
    await expect.poll(() => currentNode(page).getAttribute('data-state')).toBe('sponsorship');
    await expect.poll(() => timelineTypes(page)).toEqual(['CultivationCompleted', 'InvestigationRecorded', 'QualificationPassed', 'ApplicationSubmitted']);
    await screenshot(page, '06-application-sponsorship');

    const id = decodeURIComponent(page.url().split('/').pop() ?? '');
    const history = await server.as(secretary, { method: 'GET', url: `/workflows/recruitment/instances/${id}/history` });
    expect(history.json().events.map((e: { type: string }) => e.type)).toEqual([
      'ApplicationSubmitted',
      'QualificationPassed',
      'InvestigationRecorded',
      'CultivationCompleted',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('highlights an overdue suggestion in the chair’s inbox and puts it first among pending replies', async () => {
    const register = (receivedOn: string, category: string) =>
      server.as(secretary, {
        method: 'POST',
        url: '/workflows/suggestion/instances',
        payload: { type: 'RegisterSuggestion', receivedOn, channel: 'visit', category, content: '……', anonymous: true },
      });
    const late = await register('2024-02-01', '环境卫生');
    const fresh = await register('2024-02-29', '教育');
    expect([late.statusCode, fresh.statusCode]).toEqual([201, 201]);
    const fired = await server.app.docket.scheduler.tick();
    expect(fired.fired).toBeGreaterThanOrEqual(1);
    const lateId: string = late.json().id;
    const freshId: string = fresh.json().id;

    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, chair.token);
    const lateRow = page.locator(`table.inbox tr[data-id="${lateId}"]`);
    await expect.poll(() => lateRow.getAttribute('class')).toBe('overdue');
    await expect.poll(() => lateRow.locator('.badge.reason').textContent()).toBe('答复已逾期');
    await expect.poll(() => lateRow.locator('.due time').textContent()).toBe('2024年2月16日');
    await expect.poll(() => page.locator(`table.inbox tr[data-id="${freshId}"]`).count()).toBe(0);
    await screenshot(page, '07-inbox-overdue');

    await page.locator('header nav a[href="#/pending"]').click();
    await page.locator('main[data-page="pending"][data-ready="true"]').waitFor();
    const rows = page.locator('table.pending tbody tr');
    await expect.poll(() => rows.first().getAttribute('data-id')).toBe(lateId);
    await expect.poll(() => rows.first().getAttribute('class')).toBe('overdue');
    await expect.poll(() => rows.first().locator('.due .flag').textContent()).toBe(' 逾期 14 天');
    const freshRow = page.locator(`table.pending tr[data-id="${freshId}"]`);
    await expect.poll(() => freshRow.getAttribute('class')).toBeNull();
    await expect.poll(() => freshRow.locator('.due').textContent()).toBe('2024年3月15日 剩余 14 天');
    await screenshot(page, '08-pending-replies');

    // The overdue suggestion's own page shows the timer's event, recorded by the system.
    await rows.first().locator('a').click();
    await page.locator('main[data-page="instance"][data-ready="true"]').waitFor();
    await expect.poll(() => timelineTypes(page)).toEqual(['ReplyOverdue', 'SuggestionRegistered']);
    await expect.poll(() => page.locator('#timeline li[data-type="ReplyOverdue"] .actor').textContent()).toBe('系统');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches to English and back: labels, states and dates follow, and the choice is remembered', async () => {
    const { context, page, problems } = await newPage(browser);
    await signIn(page, server.baseUrl, chair.token);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Inbox');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.locator('header nav a[href="#/pending"]').textContent()).toBe('Pending replies');
    await expect.poll(() => page.locator('table.inbox .badge.reason').first().textContent()).toBe('Reply overdue');
    await expect.poll(() => page.locator('table.inbox tr.overdue .due time').first().textContent()).toBe('16 Feb 2024');
    await screenshot(page, '09-inbox-english');

    await page.reload();
    await page.locator('main[data-page="inbox"][data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Inbox');
    await page.locator('#lang-switch').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('待办事项');
    await expect.poll(() => page.locator('table.inbox tr.overdue .due time').first().textContent()).toBe('2024年2月16日');
    expect(problems).toEqual([]);
    await context.close();
  });
});
