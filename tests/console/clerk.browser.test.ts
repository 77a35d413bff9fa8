/**
 * The console as a committee clerk uses it, in Chromium at a laptop's width (1366 px) and a phone's
 * (390 px): the main pages never scroll sideways on the phone, never wrap text one character per
 * line, and never show an id (a UUID) or an internal code (a branch code, a member number).
 * Screenshots go to tests/screenshots/ (and to docs/screenshots/ with DOCKET_DOCS_SCREENSHOTS=1).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { consoleServer, DESKTOP, launchChromium, newPage, PHONE, screenshot, signInWithPassword, type ConsoleServer } from '../support/browser.ts';
import { CODES, PEOPLE, seedOffice, TODAY, type Office } from '../support/office-seed.ts';

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

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface PageCheck {
  scrollWidth: number;
  clientWidth: number;
  innerWidth: number;
  uuids: string[];
  codes: string[];
  squeezed: string[];
  charts: string[];
}

/** What a reader of the page would object to: sideways scrolling, ids and codes, squeezed text. */
async function inspect(page: Page): Promise<PageCheck> {
  return page.evaluate(
    ({ uuid, codes }) => {
      const text = document.body.innerText;
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
        uuids: text.match(new RegExp(uuid, 'gi')) ?? [],
        codes: codes.filter((code) => new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(text)),
        squeezed,
        charts,
      };
    },
    { uuid: UUID.source, codes: CODES },
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
    });
  }
});
