/**
 * Browser-test support: Debian's Chromium driven by playwright-core (no browser download), a real
 * server listening on a free port, and screenshots under tests/screenshots/ for CI to show.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { testApp, type TestApp, type TestAppOptions } from './app.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The console's browser tests need Chromium at ${CHROMIUM}, and it is not installed. ` +
        'Install it with "apt-get install -y chromium" (CI does this in scripts/ci-prepare.sh).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface ConsoleServer extends TestApp {
  baseUrl: string;
}

/** A test app (fresh database, manual clock) listening on 127.0.0.1 at a free port. */
export async function consoleServer(options: TestAppOptions = {}): Promise<ConsoleServer> {
  const t = await testApp(options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return Object.assign(t, { baseUrl: `http://127.0.0.1:${port}` });
}

/** The widths the console is checked at: a laptop and a phone. */
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A fresh browser context (its own sessionStorage and localStorage) in a fixed time zone and viewport. */
export async function newPage(
  browser: Browser,
  locale = 'zh-CN',
  viewport: { width: number; height: number } = { width: 1360, height: 900 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  // A phone is a narrow window here (not Chromium's mobile emulation, which would zoom out a page that
  // is too wide instead of letting it scroll sideways, hiding the very fault the tests look for).
  const context = await browser.newContext({ locale, timezoneId: 'Asia/Shanghai', viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Anything the page logs as an error (a script failure, a CSP violation) fails the test that checks it.
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/the server responded with a status of 4\d\d/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Signs in with an access token (the sign-in page's second option) and waits for the inbox. */
export async function signIn(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/console/#/signin`);
  const option = page.locator('details.token-option');
  if ((await option.getAttribute('open')) === null) await option.locator('summary').click();
  await page.locator('#token').fill(token);
  await page.locator('#signin-token button[type="submit"]').click();
  await page.locator('main[data-page="inbox"][data-ready="true"]').waitFor();
}

/** Signs in with a user name and password and waits for the inbox. */
export async function signInWithPassword(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/console/#/signin`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#signin-password button[type="submit"]').click();
  await page.locator('main[data-page="inbox"][data-ready="true"]').waitFor();
}
