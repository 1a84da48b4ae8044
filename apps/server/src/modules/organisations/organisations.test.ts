import { usccCheckChar } from '@shegong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let district: Client;
const body17 = '52440105MJL08861'.padEnd(17, '7');
const validUscc = body17 + usccCheckChar(body17);
const badCheck = body17 + (usccCheckChar(body17) === '0' ? '1' : '0');

beforeAll(async () => {
  t = await startTestApp();
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  district = t.client();
  await district.login(d.username, d.password);
});
afterAll(() => t.close());

describe('organisations', () => {
  it('rejects a malformed USCC with the reason', async () => {
    const reply = await district.post('/api/organisations', {
      name: '广州市海珠区启航社会工作服务中心',
      type: 'private_non_enterprise',
      regionCode: '440105008000',
      uscc: '52440105MJL0886IO',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0]).toEqual({ path: 'uscc', message: '统一社会信用代码：统一社会信用代码应为 18 位' });
  });

  it('keeps a code whose check character fails, with a warning', async () => {
    const reply = await district.post('/api/organisations', {
      name: '广州市海珠区和悦社会工作服务社',
      type: 'private_non_enterprise',
      regionCode: '440105001000',
      uscc: badCheck,
    });
    expect(reply.status).toBe(201);
    expect(reply.body.usccWarning).toMatch(/校验位不符/);
  });

  it('creates one with a valid code, no warning, and refuses the same code twice', async () => {
    const created = await district.post('/api/organisations', {
      name: '广州市海珠区启航社会工作服务中心',
      type: 'private_non_enterprise',
      regionCode: '440105008000',
      uscc: validUscc.toLowerCase(),
      contactPhone: '13826041187',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      uscc: validUscc,
      usccWarning: null,
      regionName: '南华西街道',
      allowedActions: ['update', 'review', 'supervise'],
    });
    const again = await district.post('/api/organisations', {
      name: '另一个机构',
      type: 'foundation',
      regionCode: '440105008000',
      uscc: validUscc,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].path).toBe('uscc');
    const found = await district.get('/api/organisations?q=qhsh');
    expect(found.body.items.map((o: { id: string }) => o.id)).toContain(created.body.id);
    const updated = await district.patch(`/api/organisations/${created.body.id}`, { address: '同福西路 112 号', version: 1 });
    expect(updated.body).toMatchObject({ address: '同福西路 112 号', version: 2 });
  });

  it('its own administrator sees and edits only it', async () => {
    const mine = await district.post('/api/organisations', { name: '机构甲', type: 'social_group', regionCode: '440105008000' });
    const other = await district.post('/api/organisations', { name: '机构乙', type: 'social_group', regionCode: '440105008000' });
    const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: mine.body.id });
    const admin = t.client();
    await admin.login(o.username, o.password);
    const list = await admin.get('/api/organisations');
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([mine.body.id]);
    expect((await admin.get(`/api/organisations/${other.body.id}`)).status).toBe(404);
    expect((await admin.post('/api/organisations', { name: '新机构', type: 'social_group', regionCode: '440105008000' })).status).toBe(403);
  });
});
