import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../server/test/test-app.ts';
import { cspViolations, expectNoCspViolations, login, newPage, shot, startJourney } from './browser.ts';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startJourney());
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the content security policy in Chromium', () => {
  it('is enforced: an inline script is refused and reported (the watch can fail)', async () => {
    const page = await newPage(browser, app.baseUrl);
    await page.goto('/login');
    await page.addScriptTag({ content: 'window.__inlineRan = true' }).catch(() => {});
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join('\n')).toMatch(/script-src/);
    cspViolations.length = 0;
    await page.context().close();
  });

  it('the pages pass it: antd’s styles, ECharts, a record with a modal, and the API documentation', async () => {
    const page = await newPage(browser, app.baseUrl);
    await login(page, 'district.haizhu');
    await expect.poll(() => page.locator('canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto('/dashboards');
    await expect.poll(() => page.getByTestId('dashboard-page').innerText()).toContain('海珠区');
    await page.goto('/workers');
    await page.locator('.ant-table-row').first().waitFor();
    await page.locator('.ant-table-row a').first().click();
    await page.getByTestId('worker-info').waitFor();
    await page.getByTestId('worker-reveal-idNumber').click();
    await page.getByTestId('worker-reveal-reason').waitFor();
    await shot(page, 'csp-worker-reveal');
    await page.keyboard.press('Escape');
    // The mobile is masked on the record; the full number only for a stated reason.
    await expect.poll(() => page.getByTestId('worker-mobile-masked').innerText()).toMatch(/^1\d\d\*{4}\d{4}$/);
    await page.getByTestId('worker-reveal-mobile').click();
    await page.getByTestId('worker-reveal-reason').fill('通知参加督导会议');
    await page
      .getByRole('button', { name: '查 看' })
      .or(page.getByRole('button', { name: '查看' }))
      .last()
      .click();
    await expect.poll(() => page.getByTestId('worker-revealed').innerText()).toMatch(/^1[3-9]\d{9}$/);
    await page.goto('/api/docs');
    await expect.poll(() => page.locator('.swagger-ui .info .title').innerText()).toContain('Shegong');
    await shot(page, 'csp-api-docs');
    await page.context().close();
    expectNoCspViolations();
  });
});
