/**
 * The console as a committee clerk uses it, in Chromium at a laptop's width (1366 px) and a phone's
 * (390 px): the main pages never scroll sideways on the phone, never wrap text one character per
 * line, and never show an id (a UUID) or an internal code (a branch code, a member number).
 * Screenshots go to tests/screenshots/ (and to docs/screenshots/ with DOCKET_DOCS_SCREENSHOTS=1).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { consoleServer, DESKTOP, launchChromium, newPage, PHONE, screenshot, signIn, signInWithPassword, type ConsoleServer } from '../support/browser.ts';
import { BRANCHES, CATEGORIES, CODES, PEOPLE, seedOffice, TODAY, type Office } from '../support/office-seed.ts';

/** `npm run docs:screenshots` sets this: the main pages are then also saved for docs/console.md. */
const DOCS = process.env.DOCKET_DOCS_SCREENSHOTS === '1';
const DOCS_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const DOC_PAGES: Record<string, string> = {
  '#/inbox': 'inbox',
  '#/start/suggestion': 'register-suggestion',
  '#/pending': 'pending-replies',
  '#/report': 'report',
  '#/members': 'roster',
};

/** The office speaks the Jiusan Society's words (office-seed.ts), never the generic ones. */
const JIUSAN_WORDS = ['社员', '支社', '入社', '基层委'];
const GENERIC_WORDS = ['会员', '支部', '入会', '基层委员会', '市委会'];

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface PageCheck {
  scrollWidth: number;
  clientWidth: number;
  innerWidth: number;
  uuids: string[];
  codes: string[];
  squeezed: string[];
  charts: string[];
  text: string;
}

/**
 * What a reader of the page would object to: sideways scrolling, ids and codes (in the text or in the
 * fields a form fills in for them), squeezed text.
 */
async function inspect(page: Page, codes: readonly string[] = CODES): Promise<PageCheck> {
  return page.evaluate(
    ({ uuid, codes }) => {
      const text = document.body.innerText;
      // What the visible fields hold: a text box's value, a list's chosen option (never a radio's or a checkbox's value).
      const filled = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]
        .filter((el) => !['hidden', 'password', 'file', 'checkbox', 'radio'].includes(el.type) && el.getClientRects().length > 0)
        .map((el) => (el instanceof HTMLSelectElement ? [...el.selectedOptions].map((o) => o.text).join(' ') : el.value));
      const seen = [text, ...filled].join('\n');
      const squeezed: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        if (el.children.length > 0 || el.closest('svg')) continue;
        const own = (el.textContent ?? '').trim();
        if ([...own].length < 3) continue;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        // Narrower than two characters and taller than two lines: one character per line.
        if (rect.width < size * 2 && rect.height > size * 2.5) squeezed.push(own.slice(0, 20));
      }
      // Chart labels stay inside their picture, and upright labels do not run into one another.
      const charts: string[] = [];
      for (const svg of document.querySelectorAll('svg.chart')) {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].filter((x) => (x.textContent ?? '').trim() !== '');
        for (const text of texts) {
          const r = text.getBoundingClientRect();
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) charts.push(`${svg.id}: "${text.textContent}" is cut off`);
        }
        const upright = texts.filter((x) => x.classList.contains('label') && !x.hasAttribute('transform')).map((x) => [x.textContent, x.getBoundingClientRect()] as const);
        for (let i = 1; i < upright.length; i += 1) {
          const [a, ra] = upright[i - 1] ?? ['', new DOMRect()];
          const [b, rb] = upright[i] ?? ['', new DOMRect()];
          if (ra.right > rb.left + 1 && ra.bottom > rb.top && rb.bottom > ra.top) charts.push(`${svg.id}: "${a}" runs into "${b}"`);
        }
      }
      const scroller = document.scrollingElement ?? document.documentElement;
      return {
        scrollWidth: scroller.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        innerWidth: window.innerWidth,
        uuids: seen.match(new RegExp(uuid, 'gi')) ?? [],
        codes: codes.filter((code) => new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(seen)),
        squeezed,
        charts,
        text,
      };
    },
    { uuid: UUID.source, codes: [...codes] },
  );
}

describe('the console for a committee clerk, at 1366 and 390 px', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let office: Office;

  beforeAll(async () => {
    server = await consoleServer({ now: `${TODAY}T02:00:00Z` });
    office = await seedOffice(server);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const ready = (page: Page, name: string) => page.locator(`main[data-page="${name}"][data-ready="true"]`).waitFor();
  const state = (page: Page) => page.locator('.page-header .badge.state').textContent();

  /** Types into a picker and chooses the listed option that has `option` in it. */
  async function choose(scope: Locator, field: string, typed: string, option: string): Promise<void> {
    const input = scope.locator(`[data-picker="${field}"] input`);
    await input.fill(typed);
    await scope.locator(`[data-picker="${field}"] .picker-option`, { hasText: option }).first().click();
    await expect.poll(() => input.inputValue()).toContain(option);
  }

  /** Opens an action on an instance page (a closed <details> is opened first). */
  async function action(page: Page, command: string): Promise<Locator> {
    const details = page.locator(`details[data-command="${command}"]`);
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    return details;
  }

  for (const [width, viewport] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    it(`does the clerk's day at ${width} px without an id, a code or a token`, async () => {
      const { context, page, problems } = await newPage(browser, 'zh-CN', viewport);
      await signInWithPassword(page, server.baseUrl, PEOPLE.clerk.username, PEOPLE.clerk.password);

      // To the suggestion form through the navigation (behind the menu button on a phone).
      if (viewport === PHONE) {
        expect(await page.locator('header nav').isVisible()).toBe(false);
        await page.locator('#menu-toggle').click();
      }
      await page.locator('header nav a[href="#/start"]').click();
      await page.locator('a[href="#/start/suggestion"]').click();
      const form = page.locator('form.command-form[data-command="RegisterSuggestion"]');
      await form.waitFor();
      // Only what the server requires is marked required; a checkbox never is.
      await expect.poll(() => form.locator('[data-field="anonymous"] .req').count()).toBe(0);
      await expect.poll(() => form.locator('[data-field="submitter.name"] .req').count()).toBe(0);
      await expect.poll(() => form.locator('[data-field="content"] .req').count()).toBe(1);

      await form.locator('[name="receivedOn"]').fill('2026-12-01');
      await form.locator('[name="channel"]').selectOption('box');
      // Categories are the office's managed list.
      await form.locator('[name="category"]').selectOption('道路交通');
      await form.locator('[name="content"]').fill('建议在学校门口增设红绿灯。');
      await form.locator('[name="anonymous"]').check();
      // The box collection is chosen by its date.
      await choose(form, 'collectionId', '12月1日', '北门意见箱');
      await form.locator('button[type="submit"]').click();
      await ready(page, 'instance');
      await expect.poll(() => state(page)).toBe('已登记');
      await expect.poll(() => page.locator('dd[data-key="collectionId"]').first().textContent()).toContain('北门意见箱');
      // Who acts next: assigning a handler, by the suggestion box manager, named.
      await expect.poll(() => page.locator('#next-steps .next-step').first().textContent()).toContain('指定承办人');
      await expect.poll(() => page.locator('#next-steps .next-step').first().textContent()).toContain(PEOPLE.clerk.name);

      // The handler is chosen by name.
      const assign = await action(page, 'AssignHandler');
      await choose(assign, 'principalId', '许文', PEOPLE.handler.name);
      await assign.locator('button[type="submit"]').click();
      await expect.poll(() => state(page)).toBe('办理中');
      await expect.poll(() => page.locator('#timeline li[data-type="HandlerAssigned"] dd[data-key="handlerId"]').textContent()).toBe(PEOPLE.handler.name);
      // Now the handler replies, by the reply deadline (the suggestion's own due date).
      const next = page.locator('#next-steps .next-step[data-command="Reply"]');
      await expect.poll(() => next.textContent()).toContain(PEOPLE.handler.name);
      await expect.poll(() => next.locator('.due time').getAttribute('datetime')).toBe('2026-12-16');

      const reply = await action(page, 'Reply');
      await reply.locator('[name="method"]').selectOption('posted_notice');
      await reply.locator('[name="content"]').fill('已转交交警部门，将于月底前安装。');
      await reply.locator('button[type="submit"]').click();
      await expect.poll(() => state(page)).toBe('已答复');
      await screenshot(page, `clerk-${width}-replied`);
      const check = await inspect(page);
      expect([check.uuids, check.codes]).toEqual([[], []]);
      expect(check.scrollWidth).toBeLessThanOrEqual(check.clientWidth);

      // The chair sees the overdue suggestion first, and why it is there.
      await page.locator(viewport === PHONE ? '#menu-toggle' : '#sign-out').click();
      if (viewport === PHONE) await page.locator('#sign-out').click();
      await page.locator('form.signin').waitFor();
      await signInWithPassword(page, server.baseUrl, PEOPLE.chair.username, PEOPLE.chair.password);
      const overdue = page.locator(`table.inbox tr[data-id="${office.ids.overdue}"]`);
      await expect.poll(() => overdue.getAttribute('class')).toBe('overdue');
      await expect.poll(() => overdue.locator('.badge.reason').first().textContent()).toBe('答复已逾期');
      await expect.poll(() => overdue.locator('.inbox-why').textContent()).toContain('主委');
      await screenshot(page, `clerk-${width}-chair-inbox`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('puts the steps forward first and the ones that step back last, closed; the roster searches by name and filters by branch', async () => {
    const { context, page, problems } = await newPage(browser, 'zh-CN', PHONE);
    await signInWithPassword(page, server.baseUrl, PEOPLE.clerk.username, PEOPLE.clerk.password);
    await page.goto(`${server.baseUrl}/console/#/i/recruitment/${office.ids.application}`);
    await ready(page, 'instance');
    const actions = () =>
      page.locator('#actions details').evaluateAll((ds) => ds.map((d) => [(d as HTMLElement).dataset.command, (d as HTMLDetailsElement).open]));
    await expect.poll(actions).toEqual([
      ['PassQualification', true],
      ['RejectApplication', false],
      ['WithdrawApplication', false],
    ]);
    await expect.poll(() => page.locator('#backward-actions details').count()).toBe(2);

    await page.goto(`${server.baseUrl}/console/#/members`);
    await ready(page, 'members');
    const shown = () => page.locator('table.roster tbody tr:not([hidden]) td:first-child a').allTextContents();
    await expect.poll(shown).toHaveLength(6);
    await page.locator('#member-search').fill('丽');
    await expect.poll(shown).toEqual(['沈丽华', '孙丽']);
    await page.locator('#branch-filter').selectOption({ label: '医卫支社' });
    await ready(page, 'members');
    await page.locator('#member-search').fill('丽');
    await expect.poll(shown).toEqual(['孙丽']);
    await expect.poll(() => page.locator('#member-count').textContent()).toBe('显示 1 / 6 人');

    // A case is found by its number, which every row shows (and no id).
    const overdue = (await server.as(server.admin, { method: 'GET', url: `/workflows/suggestion/instances/${office.ids.overdue}` })).json() as { number: string };
    expect(overdue.number).toMatch(/^2026-意见-\d{3}$/);
    await page.goto(`${server.baseUrl}/console/#/list/suggestion`);
    await ready(page, 'list');
    await page.locator('#case-search').fill(overdue.number);
    await page.locator('#case-search').press('Enter');
    await expect.poll(() => page.locator('main table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id))).toEqual([office.ids.overdue]);
    await expect.poll(() => page.locator('main table tbody tr td').nth(1).textContent()).toBe(overdue.number);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('completes a reserve cadre’s task chosen by its title, never by its number', async () => {
    const issued = await server.as(server.admin, { method: 'POST', url: `/admin/principals/${office.ids.chair}/token` });
    const chair = { ...server.admin, token: String(issued.json().token) };
    const nominated = await server.as(chair, {
      method: 'POST',
      url: '/workflows/cadre-training/instances',
      payload: { type: 'NominateCadre', memberId: 'hn-036', method: 'branch_recommendation', rationale: '业务骨干。' },
    });
    expect(nominated.statusCode, nominated.body).toBe(201);
    const id = String(nominated.json().id);
    const send = async (who: typeof chair, command: Record<string, unknown>) => {
      const sent = await server.as(who, { method: 'POST', url: `/workflows/cadre-training/instances/${id}/commands`, payload: command });
      expect(sent.statusCode, sent.body).toBe(200);
    };
    await send(chair, { type: 'ScreenCandidate', result: 'pass' });
    // The committee (nine) decides by a vote: five approve.
    for (let i = 1; i <= 5; i += 1) await send(await server.principal(['committee'], { name: `委员${i}` }), { type: 'CastVote', decision: 'approve' });
    await send(chair, { type: 'CloseVote' });
    await send(chair, { type: 'AssignTask', title: '牵头撰写一篇社情民意信息', dueOn: '2027-03-31' });

    const { context, page, problems } = await newPage(browser, 'zh-CN', PHONE);
    await signInWithPassword(page, server.baseUrl, PEOPLE.clerk.username, PEOPLE.clerk.password);
    await page.goto(`${server.baseUrl}/console/#/i/cadre-training/${id}`);
    await ready(page, 'instance');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('吴刚');
    const complete = await action(page, 'CompleteTask');
    await choose(complete, 'taskId', '社情民意', '牵头撰写一篇社情民意信息');
    await complete.locator('[name="outcome"]').fill('已完成，获市委采用。');
    await complete.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('#timeline > li').first().getAttribute('data-type')).toBe('TaskCompleted');
    const check = await inspect(page);
    expect([check.uuids, check.codes, check.scrollWidth <= check.clientWidth]).toEqual([[], [], true]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [width, viewport] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    it(`shows the main pages at ${width} px without sideways scrolling, squeezed text, ids or codes`, async () => {
      const pages: [string, string][] = [
        ['inbox', '#/inbox'],
        ['start-workflow', '#/start/suggestion'],
        ['start-workflow', '#/start/recruitment'],
        ['list', '#/list/suggestion'],
        ['list', '#/list/recruitment'],
        ['instance', `#/i/suggestion/${office.ids.overdue}`],
        ['instance', `#/i/recruitment/${office.ids.application}`],
        ['instance', `#/i/secondment/${office.ids.secondment}`],
        ['audit', `#/audit/${office.ids.secondment}`],
        ['pending', '#/pending'],
        ['collections', '#/collections'],
        ['report', '#/report'],
        ['annual', '#/annual?year=2026'],
        ['members', '#/members'],
      ];
      const faults: string[] = [];
      let chinese = '';
      for (const lang of ['zh-CN', 'en']) {
        const { context, page, problems } = await newPage(browser, lang, viewport);
        await context.addInitScript((l) => localStorage.setItem('docket.lang', l), lang);
        await signInWithPassword(page, server.baseUrl, PEOPLE.clerk.username, PEOPLE.clerk.password);
        for (const [name, hash] of pages) {
          await page.goto(`${server.baseUrl}/console/${hash}`);
          await ready(page, name);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          const check = await inspect(page);
          const where = `${lang} ${width}px ${hash}`;
          if (check.scrollWidth > check.clientWidth || check.scrollWidth > check.innerWidth)
            faults.push(`${where}: scrolls sideways (${check.scrollWidth} px wide in ${check.clientWidth})`);
          if (check.uuids.length > 0) faults.push(`${where}: shows ids ${check.uuids.join(', ')}`);
          if (check.codes.length > 0) faults.push(`${where}: shows codes ${check.codes.join(', ')}`);
          if (check.squeezed.length > 0) faults.push(`${where}: one character per line in ${check.squeezed.join(' | ')}`);
          if (check.charts.length > 0) faults.push(`${where}: ${check.charts.join('; ')}`);
          const doubled = /[（(][^）)\n]*[（(]|[）)]\s*[）)]|[（(]\s*[（(]/.exec(check.text);
          if (doubled) faults.push(`${where}: doubled brackets "${doubled[0]}"`);
          if (lang === 'zh-CN') chinese += `\n${check.text}`;
          for (const word of GENERIC_WORDS) if (lang === 'zh-CN' && check.text.includes(word)) faults.push(`${where}: says ${word}, not the Society's word`);
          if (lang === 'zh-CN') await screenshot(page, `layout-${width}-${name}-${pages.findIndex(([, h]) => h === hash)}`);
          const doc = hash.startsWith('#/i/suggestion/') ? 'suggestion' : DOC_PAGES[hash];
          if (DOCS && doc) {
            mkdirSync(DOCS_DIR, { recursive: true });
            await page.screenshot({ path: `${DOCS_DIR}${doc}-${lang === 'en' ? 'en' : 'zh'}-${width}.png` });
          }
        }
        expect(problems).toEqual([]);
        await context.close();
      }
      expect(faults).toEqual([]);
      // The Jiusan Society's words, as its settings choose.
      expect(JIUSAN_WORDS.filter((word) => !chinese.includes(word))).toEqual([]);
    });
  }

  for (const [width, viewport] of [
    ['1366', DESKTOP],
    ['390', PHONE],
  ] as const) {
    it(`shows the admin's settings and a member import's check by names, never by codes, at ${width} px`, async () => {
      const { context, page, problems } = await newPage(browser, 'zh-CN', viewport);
      await signIn(page, server.baseUrl, server.admin.token);
      const faults: string[] = [];
      const look = async (where: string, codes: readonly string[] = CODES) => {
        const check = await inspect(page, codes);
        if (check.scrollWidth > check.clientWidth) faults.push(`${where}: scrolls sideways (${check.scrollWidth} px wide in ${check.clientWidth})`);
        if (check.uuids.length > 0) faults.push(`${where}: shows ids ${check.uuids.join(', ')}`);
        if (check.codes.length > 0) faults.push(`${where}: shows codes ${check.codes.join(', ')}`);
      };

      await page.goto(`${server.baseUrl}/console/#/settings`);
      await ready(page, 'settings');
      expect(await page.locator('#branches [name="branch-name"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(
        BRANCHES.map((b) => b.name),
      );
      await look('#/settings');

      // A file as clerks keep them: a member number, one branch by its code and one by its name. Checked only (a dry run writes nothing).
      await page.goto(`${server.baseUrl}/console/#/members/import`);
      await ready(page, 'import');
      const csv = '编号,姓名,性别,出生日期,学历,职称,在职/退休,支社,入社日期\r\nhn-090,钱程,男,1992/5/6,本科,中级,在职,edu,2024/6/1\r\n,陆佳,女,1993/7/8,硕士,中级,在职,医卫支社,2025/6/1\r\n';
      await page.locator('#import-file').setInputFiles({ name: '社员名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.locator('#import-check').click();
      await expect.poll(() => page.locator('#import-result .panel').getAttribute('data-valid')).toBe('true');
      expect(await page.locator('#import-rows td[data-field="branchId"]').allTextContents()).toEqual(['教育支社', '医卫支社']);
      await look('#/members/import', [...CODES, 'hn-090']);
      if (width === '1366') await screenshot(page, 'admin-import-check');

      expect(faults).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('lets an admin choose the organisation’s words and keep its categories; the console speaks them at once', async () => {
    const { context, page, problems } = await newPage(browser, 'zh-CN', DESKTOP);
    await signIn(page, server.baseUrl, server.admin.token);
    await page.goto(`${server.baseUrl}/console/#/settings`);
    await ready(page, 'settings');
    await expect.poll(() => page.locator('#vocabulary').inputValue()).toBe('jiusan');
    await expect.poll(() => page.locator('#categories').inputValue()).toBe(CATEGORIES.join('\n'));
    await expect.poll(() => page.locator('header nav a[href="#/members"]').textContent()).toBe('社员名册');

    await page.locator('#vocabulary').selectOption('generic');
    await page.locator('#settings-form button[type="submit"]').click();
    await expect.poll(() => page.locator('.panel.notice').textContent()).toBe('设置已保存。');
    await expect.poll(() => page.locator('header nav a[href="#/members"]').textContent()).toBe('会员名册');

    await page.locator('#vocabulary').selectOption('jiusan');
    await page.locator('#settings-form button[type="submit"]').click();
    await expect.poll(() => page.locator('header nav a[href="#/members"]').textContent()).toBe('社员名册');
    expect(problems).toEqual([]);
    await context.close();
  });
});
