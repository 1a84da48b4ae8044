import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../server/test/test-app.ts';
import { login, newPage, shot, startJourney } from './browser.ts';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startJourney());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const ROLES = ['combobox', 'textbox', 'searchbox', 'spinbutton', 'checkbox'] as const;

/** The filter bar's controls that have no accessible name (axe's "label" rule), by role. */
async function unnamedControls(page: Page): Promise<string[]> {
  const bar = page.getByRole('search');
  const missing: string[] = [];
  for (const role of ROLES) {
    const all = await bar.getByRole(role).count();
    const named = await bar.getByRole(role, { name: /\S/ }).count();
    if (all !== named) missing.push(`${role}: ${all - named} of ${all} unnamed`);
  }
  return missing;
}

async function openList(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect.poll(() => page.getByRole('search').count(), { message: `${path} shows one filter bar`, timeout: 15_000 }).toBe(1);
  await expect
    .poll(() => page.locator('.ant-table-tbody').count(), { message: `${path} shows its table`, timeout: 15_000 })
    .toBeGreaterThan(0);
  await expect.poll(() => page.locator('.ant-spin-blur').count(), { message: `${path} finishes loading`, timeout: 15_000 }).toBe(0);
}

describe('list pages in Chromium', () => {
  it('every filter control of every list page has an accessible name', async () => {
    const pages: Record<string, string[]> = {
      'worker.lin': ['/clients', '/cases', '/referrals', '/groups', '/activities', '/ledger'],
      'city.admin': ['/stations', '/organisations', '/workers', '/trainings', '/catalogue', '/projects', '/users'],
      sysadmin: ['/audit'],
    };
    const problems: Record<string, string[]> = {};
    for (const [user, paths] of Object.entries(pages)) {
      const page = await newPage(browser, app.baseUrl);
      await login(page, user);
      for (const path of paths) {
        await openList(page, path);
        const missing = await unnamedControls(page);
        if (missing.length) problems[path] = missing;
      }
      await page.context().close();
    }
    expect(problems).toEqual({});
  });

  it('filters typed from the URL reach the server as it reads them, and a value it would refuse is dropped', async () => {
    const page = await newPage(browser, app.baseUrl);
    await login(page, 'worker.lin');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/clients') asked.push(new URL(request.url()).search);
    });
    await openList(page, '/clients?riskLevel=high&ageFrom=60&ageTo=old&pageSize=10');
    await expect.poll(() => asked.length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(asked[0]).toBe('?page=1&pageSize=10&riskLevel=high&ageFrom=60');
    await expect.poll(() => page.getByTestId('client-filter-ageFrom').inputValue()).toBe('60');
    await page.context().close();
  });

  it('list pages at desk and phone widths', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const page = await newPage(browser, app.baseUrl, { width, height });
      await login(page, 'worker.lin');
      for (const path of ['/clients', '/cases', '/ledger']) {
        await openList(page, path);
        await shot(page, `list${path.replace('/', '-')}-${width}`);
      }
      await page.context().close();
      const admin = await newPage(browser, app.baseUrl, { width, height });
      await login(admin, 'city.admin');
      for (const path of ['/stations', '/workers']) {
        await openList(admin, path);
        await shot(admin, `list${path.replace('/', '-')}-${width}`);
      }
      await admin.context().close();
    }
  });
});
