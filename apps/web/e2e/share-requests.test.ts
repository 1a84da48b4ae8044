import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../server/test/client.ts';
import type { TestApp } from '../../server/test/test-app.ts';
import { login, newPage, shot, startJourney } from './browser.ts';

let app: TestApp;
let browser: Browser;
let lin: Client;
let chen: Client;

beforeAll(async () => {
  ({ app, browser } = await startJourney());
  lin = app.client();
  await lin.login('worker.lin', 'Demo@2026');
  chen = app.client();
  await chen.login('worker.chen', 'Demo@2026');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A file one organisation holds, with its full number (revealed, audited, as a worker would). */
async function heldBy(worker: Client) {
  const file = (await worker.get('/api/clients?pageSize=1')).body.items[0];
  const number = await worker.post(`/api/clients/${file.id}/reveal`, { field: 'idNumber', reason: '核对证件号码（测试）' });
  return { id: file.id as string, name: file.name as string, idNumber: number.body.value as string };
}

async function typeHeldNumber(page: Page, idNumber: string) {
  await page.goto('/clients');
  await page.waitForLoadState('networkidle');
  await page.getByTestId('client-create').click();
  await page.getByTestId('client-form').waitFor();
  await page.getByTestId('client-name').fill('王秀珍');
  await page.getByTestId('client-id-number').fill(idNumber);
  await page.getByTestId('client-held-elsewhere').waitFor();
}

describe('a file held by another organisation, in Chromium', () => {
  it('says so without naming the holder, asks it to share, and the holder accepts from its today page', async () => {
    const held = await heldBy(lin);
    const desk = await newPage(browser, app.baseUrl);
    await login(desk, 'worker.chen');
    await typeHeldNumber(desk, held.idNumber);
    const notice = await desk.getByTestId('client-held-elsewhere').innerText();
    expect(notice).toContain('此人已在其他机构建档');
    for (const secret of [held.name, '启航', '南华西']) expect(await desk.locator('.ant-drawer').innerText()).not.toContain(secret);
    await shot(desk, 'share-held-elsewhere-1440');

    await desk.getByTestId('client-ask-share').click();
    await desk.getByTestId('share-station').click();
    await desk.locator('.ant-select-item-option').first().click();
    await desk.getByTestId('share-message').fill('服务对象已搬到五山街居住，本站需要继续探访跟进；本人已口头同意');
    await shot(desk, 'share-ask-modal-1440');
    await desk.getByTestId('share-ask-ok').click();
    await expect.poll(() => desk.locator('.ant-message-notice').innerText(), { timeout: 10_000 }).toContain('共享请求已发出');

    const phone = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await login(phone, 'worker.chen');
    await typeHeldNumber(phone, held.idNumber);
    await shot(phone, 'share-held-elsewhere-390');
    await phone.goto('/clients/share-requests?direction=out');
    await phone.locator('[data-testid=share-request-table] .ant-table-row').first().waitFor();
    expect(await phone.getByTestId('share-request-table').innerText()).toContain('等待答复');
    expect(await phone.locator('body').innerText()).not.toContain(held.name);
    await shot(phone, 'share-requests-sent-390');

    const holder = await newPage(browser, app.baseUrl);
    await login(holder, 'worker.lin');
    await holder.goto('/today');
    const card = holder.getByTestId('today-share-requests');
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toContain('本站需要继续探访跟进');
    expect(await card.innerText()).toContain(held.name);
    await shot(holder, 'share-today-1440');
    const holderPhone = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await login(holderPhone, 'worker.lin');
    await holderPhone.goto('/today');
    await expect.poll(() => holderPhone.getByTestId('today-share-requests').innerText(), { timeout: 10_000 }).toContain(held.name);
    await holderPhone.getByTestId('today-share-requests').scrollIntoViewIfNeeded();
    await shot(holderPhone, 'share-today-390');
    await card.getByRole('button', { name: '同意共享' }).click();
    await holder.getByTestId('share-reason').fill('已电话核实本人同意');
    await shot(holder, 'share-accept-modal-1440');
    await holder.getByTestId('share-answer-ok').click();
    await expect.poll(() => holder.locator('.ant-message-notice').innerText(), { timeout: 10_000 }).toContain('已同意共享');
    await holder.goto('/clients/share-requests?direction=in');
    await holder.locator('[data-testid=share-request-table] .ant-table-row').first().waitFor();
    expect(await holder.getByTestId('share-request-table').innerText()).toContain('已同意共享');
    await shot(holder, 'share-requests-received-1440');

    await desk.goto('/clients/share-requests?direction=out');
    await desk.locator('[data-testid=share-request-table] .ant-table-row').first().waitFor();
    expect(await desk.getByTestId('share-request-table').innerText()).toContain(held.name);
    await shot(desk, 'share-requests-sent-1440');
    // One person, one file: the asker now opens the same file.
    expect((await chen.get(`/api/clients/${held.id}`)).status).toBe(200);
    for (const page of [desk, phone, holder, holderPhone]) await page.context().close();
  });

  it('a worker past the lookup limit is refused, and the supervisor sees the alert on its today page', async () => {
    const admin = app.client();
    await admin.login('sysadmin', 'Demo@2026');
    expect((await admin.patch('/api/settings', { 'client.identityLookupsPerHour': 1 })).status).toBe(200);
    const elsewhere = await heldBy(chen);
    const station = (await lin.get('/api/stations?tier=town_station')).body.items[0];
    const body = (idNumber: string) => ({
      name: '王秀珍',
      idType: 'resident_id',
      idNumber,
      regionCode: '440105008101',
      stationId: station.id,
    });
    expect((await lin.post('/api/clients', body(elsewhere.idNumber))).body.error.code).toBe('client_held_elsewhere');
    const refused = await lin.post('/api/clients', body('11010519491231002X'));
    expect(refused.status).toBe(429);
    const form = await newPage(browser, app.baseUrl);
    await login(form, 'worker.lin');
    await form.goto('/clients');
    await form.waitForLoadState('networkidle');
    await form.getByTestId('client-create').click();
    await form.getByTestId('client-name').fill('王秀珍');
    await form.getByTestId('client-id-number').fill('11010519491231002X');
    await expect.poll(() => form.getByTestId('client-lookups-limited').innerText(), { timeout: 10_000 }).toMatch(/每小时最多 1 次/);
    await shot(form, 'lookups-limited-form-1440');
    await form.context().close();

    const desk = await newPage(browser, app.baseUrl);
    await login(desk, 'supervisor.wang');
    await desk.goto('/today');
    const alerts = desk.getByTestId('today-lookup-alerts');
    await expect.poll(() => alerts.innerText(), { timeout: 10_000 }).toContain('林晓燕');
    await shot(desk, 'lookup-alert-supervisor-1440');
    const phone = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await login(phone, 'supervisor.wang');
    await phone.goto('/today');
    await phone.getByTestId('today-lookup-alerts').waitFor();
    await shot(phone, 'lookup-alert-supervisor-390');
    await alerts.getByRole('button', { name: '已知悉' }).click();
    await expect.poll(() => alerts.count(), { timeout: 10_000 }).toBe(0);
    expect((await admin.patch('/api/settings', { 'client.identityLookupsPerHour': 20 })).status).toBe(200);
    for (const page of [desk, phone]) await page.context().close();
  });
});
