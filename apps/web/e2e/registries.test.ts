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

describe('registries journeys in Chromium', () => {
  it('the district bureau approves a filing from its review queue', async () => {
    const page = await newPage(browser, app.baseUrl);
    await login(page, 'district.haizhu');
    await page.getByTestId('menu-filing-review').click();
    await expect.poll(() => page.getByTestId('organisation-table').innerText()).toContain('康宁');
    await shot(page, 'filing-review-queue');
    await page.getByTestId('organisation-link').filter({ hasText: '康宁' }).first().click();
    await expect.poll(() => page.getByTestId('filing-approve').isVisible()).toBe(true);
    await shot(page, 'filing-before-approval');
    await page.getByTestId('filing-approve').click();
    await page.getByTestId('filing-comment-input').fill('材料齐全，准予备案');
    await page.getByTestId('filing-decision-ok').click();
    await expect.poll(() => page.getByTestId('filing-status').innerText()).toContain('已备案');
    await expect.poll(() => page.getByTestId('filing-events').innerText()).toContain('材料齐全，准予备案');
    await shot(page, 'filing-approved');

    const api = app.client();
    await api.login('district.haizhu', 'Demo@2026');
    const kangning = (await api.get('/api/organisations?q=康宁')).body.items[0];
    expect(kangning.filingStatus).toBe('approved');
    await page.context().close();
  });

  it('a social worker checks in to a community on a phone', async () => {
    const page = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await page.context().grantPermissions([]);
    await login(page, 'worker.lin');
    await page.goto('/presence/checkin');
    await expect.poll(() => page.getByTestId('checkin-card').count()).toBeGreaterThan(0);
    await shot(page, 'phone-checkin-before');
    await page.getByTestId('checkin-arrive').first().click();
    await expect.poll(() => page.getByTestId('checkin-arrived').first().isVisible()).toBe(true);
    await shot(page, 'phone-checkin-arrived');
    const api = app.client();
    await api.login('worker.lin', 'Demo@2026');
    const today = (await api.get('/api/presence/today')).body;
    expect(JSON.stringify(today)).toMatch(/arrivedAt/);
    await page.context().close();
  });
});
