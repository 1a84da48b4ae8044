import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../server/test/test-app.ts';
import { expectNoCspViolations, login, newPage, shot, startJourney } from './browser.ts';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startJourney());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  expectNoCspViolations();
});

describe('foundation journeys in Chromium', () => {
  it('a wrong password shows the server’s message on the login page', async () => {
    const page = await newPage(browser, app.baseUrl);
    await page.goto('/login');
    await page.getByTestId('login-username').fill('city.admin');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').innerText()).toContain('用户名或密码错误');
    await shot(page, 'login-error');
    await page.context().close();
  });

  it('a district officer signs in, sees the home page, creates a station, and signs out', async () => {
    const page = await newPage(browser, app.baseUrl);
    await login(page, 'district.haizhu');
    await expect.poll(() => page.locator('body').innerText()).toContain('何振东');
    await expect.poll(() => page.locator('.ant-statistic, .ant-card').count()).toBeGreaterThan(4);
    await shot(page, 'home-district');

    await page.getByTestId('menu-stations').click();
    await page.getByTestId('station-create').click();
    await page.getByTestId('station-name').fill('昌岗街社工站');
    await page.getByTestId('station-region').click();
    await page.keyboard.type('昌岗');
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '昌岗街道' }).first().click();
    await page.getByTestId('station-organisation').click();
    await page.keyboard.type('和悦');
    const option = page.locator('.ant-select-item-option').filter({ hasText: '和悦' }).first();
    await option.waitFor();
    await page.waitForLoadState('networkidle');
    await option.click();
    await expect.poll(() => page.locator('.ant-drawer').innerText()).toContain('广州市海珠区和悦社会工作服务社');
    await shot(page, 'station-create-filled');
    await page.getByTestId('station-submit').click();
    await expect.poll(() => page.locator('.ant-message-notice').count()).toBeGreaterThan(0);

    const list = await app.client();
    await list.login('district.haizhu', 'Demo@2026');
    const created = (await list.get('/api/stations?q=昌岗')).body.items;
    expect(created).toEqual([
      expect.objectContaining({
        name: '昌岗街社工站',
        tier: 'town_station',
        regionPath: '海珠区 / 昌岗街道',
        organisationName: '广州市海珠区和悦社会工作服务社',
      }),
    ]);
    await expect.poll(() => page.locator('.ant-table-tbody').innerText()).toContain('昌岗街社工站');
    await shot(page, 'stations-after-create');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    const after = await page.request.get('/api/auth/me');
    expect(after.status()).toBe(401);
    await page.context().close();
  });

  it('works on a phone: the menu opens in a drawer', async () => {
    const page = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await login(page, 'worker.lin');
    await expect.poll(() => page.locator('body').innerText()).toContain('林晓燕');
    await shot(page, 'phone-home');
    await page.getByTestId('menu-toggle').click();
    await expect.poll(() => page.getByTestId('menu-stations').isVisible()).toBe(true);
    await shot(page, 'phone-menu');
    await page.context().close();
  });
});
