import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { verifyAuditChain } from '../../platform/audit/verify.ts';
import { q } from '../../platform/db/tx.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let city: Client;
let worker: { id: string; username: string; password: string };
let cityName: string;

beforeAll(async () => {
  t = await startTestApp();
  const c = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
  city = t.client();
  await city.login(c.username, c.password);
  cityName = c.username;
  worker = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('is readable only with audit.read', async () => {
    const w = t.client();
    await w.login(worker.username, worker.password);
    expect((await w.get('/api/audit')).status).toBe(403);
  });

  it('records logins, failures, denials and writes, filterable by user and result', async () => {
    const w = t.client();
    await w.post('/api/auth/login', { username: worker.username, password: 'Wrong@123x' });
    await w.login(worker.username, worker.password);
    await w.get('/api/audit');
    const failed = await city.get(`/api/audit?username=${worker.username}&result=failed`);
    expect(failed.body.items.map((e: { action: string }) => e.action)).toContain('auth.login');
    const denied = await city.get(`/api/audit?userId=${worker.id}&result=denied`);
    expect(denied.body.items[0]).toMatchObject({ action: 'GET /api/audit', result: 'denied', username: worker.username });
    const ok = await city.get(`/api/audit?userId=${worker.id}&result=ok&action=auth.login`);
    expect(ok.body.total).toBe(2);
    expect(ok.body.items[0].ip).toBe('127.0.0.1');
  });

  it('writes the audit row in the same transaction as the change', async () => {
    const before = (await city.get('/api/audit?action=organisation.create')).body.total;
    const reply = await city.post('/api/organisations', {
      name: '广州市越秀区仁爱社会工作服务中心',
      type: 'private_non_enterprise',
      regionCode: '440104000000',
    });
    expect(reply.status).toBe(201);
    const after = await city.get(`/api/audit?objectId=${reply.body.id}`);
    // Who and from where come from the request context, not from the call site.
    expect(after.body.items[0]).toMatchObject({
      action: 'organisation.create',
      objectType: 'organisation',
      result: 'ok',
      username: cityName,
      role: 'city_admin',
      ip: '127.0.0.1',
    });
    expect((await city.get('/api/audit?action=organisation.create')).body.total).toBe(before + 1);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(q().execute(sql`update audit_log set action = 'x' where id = 1`)).rejects.toThrow();
    await expect(q().execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
    await expect(q().execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('verification passes, then names the first row a superuser altered behind the trigger', async () => {
    const intact = await verifyAuditChain(q());
    expect(intact.ok).toBe(true);
    expect(intact.rows).toBeGreaterThan(5);
    expect((await city.get('/api/audit/verify')).body).toMatchObject({ ok: true });
    const client = await t.database.pool.connect();
    try {
      await client.query('alter table audit_log disable trigger audit_log_no_update_delete');
      await client.query("update audit_log set username = 'someone.else' where id = 3");
      await client.query('alter table audit_log enable trigger audit_log_no_update_delete');
    } finally {
      client.release();
    }
    const broken = await verifyAuditChain(q());
    expect(broken).toMatchObject({ ok: false, rows: 2, firstBad: { id: 3, reason: 'hash' } });
  });
});
