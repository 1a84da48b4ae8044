import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { login, newPage, shot } from './browser.ts';

/**
 * The README's first command, as a new user runs it: `npm start` on a fresh data directory
 * (embedded database, demo city), then a demo user signs in and the home page loads. The
 * other journeys start the app in-process; only this one proves `npm start` itself works.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<unknown> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output()}`);
    try {
      const reply = await fetch(`${url}/api/health`);
      if (reply.ok) return reply.json();
      await reply.body?.cancel();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not answer /api/health within 4 minutes:\n${output()}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'shegong-start-'));
let child: ChildProcess | null = null;

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh machine', () => {
  it('serves the demo city: health answers, a demo user signs in and sees the home page', async () => {
    const port = await freePort();
    let log = '';
    child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', TEST_DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (log += d));
    child.stderr?.on('data', (d) => (log += d));
    const url = `http://127.0.0.1:${port}`;
    expect(await waitForHealth(url, child, () => log)).toMatchObject({ status: 'ok' });

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await newPage(browser, url);
      await login(page, 'worker.lin');
      await expect.poll(() => page.locator('.ant-layout-sider, .ant-layout-header').count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator('body').innerText()).toContain('林');
      await shot(page, 'start-home-worker');
    } finally {
      await browser.close();
    }
  }, 300_000);
});
