import { LIFE_DOMAINS } from '@shegong/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../server/test/client.ts';
import type { TestApp } from '../../server/test/test-app.ts';
import { expectNoCspViolations, login, newPage, shot, startJourney } from './browser.ts';

let app: TestApp;
let browser: Browser;
let worker: Client;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const plusDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ({ app, browser } = await startJourney());
  worker = app.client();
  await worker.login('worker.lin', 'Demo@2026');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  expectNoCspViolations();
});

async function approveIn(page: Awaited<ReturnType<typeof newPage>>, action: 'approve_plan' | 'approve_closure', comment: string) {
  await page.getByTestId(`case-action-${action}`).click();
  await page.getByTestId('case-decision-comment').fill(comment);
  await page.getByTestId('case-decision-ok').click();
}

describe('casework journey in Chromium', () => {
  it('intake → plan signed off by the supervisor → visit logged on a phone → closure signed off', async () => {
    // Intake, assessment and plan by the worker (API: the forms are exercised by the phone step below).
    const clients = (await worker.get('/api/clients?pageSize=5')).body.items;
    const station = (await worker.get('/api/stations?tier=town_station')).body.items[0];
    const intake = await worker.post('/api/cases', {
      clientId: clients[0].id,
      stationId: station.id,
      source: 'outreach',
      intakeOn: today(),
      presentingProblem: '独居高龄，近期跌倒两次',
      riskLevel: 'high',
    });
    expect(intake.status, intake.text).toBe(201);
    const id = intake.body.id as string;
    const needs = Object.fromEntries(LIFE_DOMAINS.map((d) => [d, { level: 'medium' }]));
    expect(
      (
        await worker.post(`/api/cases/${id}/assessment`, {
          assessment: { needs, risks: '再次跌倒', strengths: '女儿每周探望' },
          version: 1,
        })
      ).status,
    ).toBe(200);
    const plan = await worker.post(`/api/cases/${id}/plan`, {
      goals: [{ description: '三个月内恢复独立行走', targetDate: plusDays(90) }],
      nextReviewOn: plusDays(14),
      version: 2,
    });
    expect(plan.status, plan.text).toBe(200);

    // The supervisor signs off the plan in the browser.
    const desk = await newPage(browser, app.baseUrl);
    await login(desk, 'supervisor.wang');
    await desk.goto(`/cases/${id}`);
    await approveIn(desk, 'approve_plan', '计划可行，同意');
    await expect.poll(() => desk.getByTestId('case-stage').first().innerText()).toContain('介入');
    await shot(desk, 'case-plan-signed-off');

    // The worker logs a visit from a phone.
    const phone = await newPage(browser, app.baseUrl, { width: 390, height: 844 });
    await login(phone, 'worker.lin');
    await phone.goto(`/cases/${id}`);
    await phone.getByTestId('case-record-visit').click();
    await phone.getByTestId('visit-place').fill('服务对象家中');
    await phone.getByTestId('visit-content').fill('协助康复训练，情绪较前好转');
    await shot(phone, 'case-visit-phone');
    await phone.getByTestId('visit-submit').click();
    await expect.poll(async () => (await worker.get(`/api/cases/${id}`)).body.notes?.length ?? 0).toBeGreaterThan(0);
    await shot(phone, 'case-visit-phone-saved');
    const visitedOn = (await worker.get(`/api/cases/${id}`)).body.notes[0].occurredOn;
    const ledger = (await worker.get(`/api/ledger?from=${visitedOn}&to=${visitedOn}&kind=case_visit`)).body;
    expect(ledger.total).toBeGreaterThan(0);

    // Evaluation and closure request (API), then the supervisor's sign-off in the browser.
    const current = (await worker.get(`/api/cases/${id}`)).body;
    const evaluated = await worker.post(`/api/cases/${id}/evaluation`, {
      goalOutcomes: current.goals.map((g: { id: string }) => ({ goalId: g.id, status: 'achieved' })),
      summary: '目标达成，已能独立行走',
      version: current.version,
    });
    expect(evaluated.status, evaluated.text).toBe(200);
    const closure = await worker.post(`/api/cases/${id}/closure`, {
      reason: 'goals_met',
      outcome: '服务目标达成',
      version: evaluated.body.version,
    });
    expect(closure.status, closure.text).toBe(200);
    await desk.goto(`/cases/${id}`);
    await approveIn(desk, 'approve_closure', '同意结案');
    await expect.poll(() => desk.getByTestId('case-stage').first().innerText()).toContain('结案');
    await shot(desk, 'case-closed');
    await desk.context().close();
    await phone.context().close();
  });
});
