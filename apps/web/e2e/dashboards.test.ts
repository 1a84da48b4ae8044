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

describe('dashboards in Chromium', () => {
  it('a district officer drills from the district to a station and finds the project behind pace', async () => {
    const page = await newPage(browser, app.baseUrl);
    await login(page, 'district.haizhu');
    await page.goto('/dashboards');
    await expect.poll(() => page.getByTestId('dashboard-page').innerText()).toContain('海珠区');
    await shot(page, 'dashboard-district');
    await page.getByTestId('dash-child-link').filter({ hasText: '赤岗' }).first().click();
    await expect.poll(() => page.getByTestId('dash-breadcrumb').innerText()).toContain('赤岗');
    await page.getByTestId('dash-child-link').filter({ hasText: '赤岗街社工站' }).first().click();
    await expect.poll(() => page.getByTestId('dash-project-table').innerText()).toContain('赤岗街社工站服务项目');
    await shot(page, 'dashboard-station');
    await page.getByTestId('dash-project-link').filter({ hasText: '赤岗' }).first().click();
    await expect.poll(() => page.getByTestId('project-header').innerText()).toContain('滞后');
    await shot(page, 'project-behind');
    await page.context().close();
  });

  it('the wall screen shows the city', async () => {
    const page = await newPage(browser, app.baseUrl, { width: 1920, height: 1080 });
    await login(page, 'city.admin');
    await page.goto('/dashboards/screen');
    await expect.poll(() => page.getByTestId('screen-title').innerText()).toContain('广州');
    await page.waitForTimeout(1500);
    await shot(page, 'big-screen');
    await page.context().close();
  });
});
