import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../server/test/test-app.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const WEB_DIST = resolve(here, '../dist');
export const SHOTS = resolve(here, '../../../test-output/e2e');

/** The real server with the demo city and the built web app, and Debian's Chromium (never a downloaded one). */
export async function startJourney(): Promise<{ app: TestApp; browser: Browser }> {
  mkdirSync(SHOTS, { recursive: true });
  const app = await startTestApp({ webDist: WEB_DIST, demo: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return { app, browser };
}

/**
 * Every content-security-policy violation seen on any page of this run: the page's own
 * `securitypolicyviolation` events and Chromium's console reports of refused resources.
 * Journeys assert it stays empty (expectNoCspViolations), so a page the CSP breaks fails a test.
 */
export const cspViolations: string[] = [];

function watchCsp(page: Page): void {
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to (load|apply|execute|connect|frame|create)/i.test(text))
      cspViolations.push(`${page.url()}: ${text}`);
  });
}

export function expectNoCspViolations(): void {
  if (cspViolations.length > 0) throw new Error(`CSP violations:\n${cspViolations.join('\n')}`);
}

export async function newPage(browser: Browser, baseUrl: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  // A browser in China: dates typed and shown are Beijing dates, like the server's.
  const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.exposeFunction('__reportCspViolation', (report: string) => cspViolations.push(report));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation?: (r: string) => void }).__reportCspViolation;
      report?.(`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  watchCsp(page);
  page.setDefaultTimeout(15_000);
  return page;
}

export async function login(page: Page, username: string, password = 'Demo@2026'): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Let modals and buttons finish their transitions so the picture shows the settled screen.
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}
