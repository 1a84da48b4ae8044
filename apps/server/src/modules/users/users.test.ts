import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeUser } from './users.fixtures.ts';

let t: TestApp;
let district: Client;
let orgAdmin: Client;
let orgA: string;
let orgB: string;
let districtAdminId: string;

const newUser = (over: Record<string, unknown> = {}) => ({
  username: `w${Math.random().toString(36).slice(2, 8)}`,
  displayName: '林晓燕',
  password: 'Start#2026a',
  regionCode: '440105008000',
  roles: ['worker'],
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  orgA = await makeOrganisation({ regionCode: '440105008000' });
  orgB = await makeOrganisation({ regionCode: '440105001000' });
  const d = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
  districtAdminId = d.id;
  district = t.client();
  await district.login(d.username, d.password);
  const o = await makeUser({ roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  orgAdmin = t.client();
  await orgAdmin.login(o.username, o.password);
});
afterAll(() => t.close());

describe('creating users: denials first', () => {
  it('forbids roles above one’s own', async () => {
    const reply = await district.post('/api/users', newUser({ roles: ['city_admin'], regionCode: '440100000000' }));
    expect(reply.status).toBe(400);
    const paths = reply.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('roles');
    expect(paths).toContain('regionCode');
  });

  it('forbids regions outside one’s subtree', async () => {
    const reply = await district.post('/api/users', newUser({ regionCode: '440106001000', organisationId: orgA }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0]).toMatchObject({ path: 'regionCode', message: '所属区划：只能选择您管辖范围内的区划' });
  });

  it('requires an organisation for organisation roles, and an organisation admin may only use its own', async () => {
    const missing = await district.post('/api/users', newUser());
    expect(missing.body.error.fields[0]).toMatchObject({ path: 'organisationId' });
    const other = await orgAdmin.post('/api/users', newUser({ organisationId: orgB }));
    expect(other.body.error.fields[0]).toMatchObject({ path: 'organisationId' });
    const tooHigh = await orgAdmin.post('/api/users', newUser({ roles: ['district_admin'], regionCode: '440105000000' }));
    expect(tooHigh.body.error.fields.map((f: { path: string }) => f.path)).toContain('roles');
  });

  it('validates every field with a clear message and writes nothing', async () => {
    const reply = await district.post('/api/users', {
      username: 'a',
      displayName: '',
      password: 'short',
      regionCode: '44',
      roles: [],
      mobile: '12345',
    });
    expect(reply.status).toBe(400);
    const byPath = Object.fromEntries(reply.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]));
    expect(Object.keys(byPath).sort()).toEqual(['displayName', 'mobile', 'password', 'regionCode', 'roles', 'username']);
    expect(byPath.mobile).toBe('手机号码：手机号码格式不正确（11 位，以 1 开头）');
    const list = await district.get('/api/users?q=a&pageSize=200');
    expect(list.body.items.find((u: { username: string }) => u.username === 'a')).toBeUndefined();
  });

  it('reports a duplicate username as a field conflict', async () => {
    const body = newUser({ organisationId: orgA });
    expect((await district.post('/api/users', body)).status).toBe(201);
    const again = await district.post('/api/users', { ...body, displayName: '另一人' });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0]).toMatchObject({ path: 'username', message: '用户名：用户名已被使用' });
  });
});

describe('managing users', () => {
  it('creates a worker inside the subtree with a forced password change and finds it by pinyin initials', async () => {
    const created = await district.post('/api/users', newUser({ displayName: '张三丰', organisationId: orgA, mobile: '13712345678' }));
    expect(created.status).toBe(201);
    // A user's mobile is personal data: masked on the record too, even to the administrator who typed it.
    expect(created.body).toMatchObject({ roles: ['worker'], regionName: '南华西街道', mobile: '137****5678' });
    expect((await district.get(`/api/users/${created.body.id}`)).body.mobile).toBe('137****5678');
    expect(created.body.allowedActions).toEqual(['update', 'reset_password']);
    const found = await district.get('/api/users?q=zsf');
    expect(found.body.items.map((u: { id: string }) => u.id)).toContain(created.body.id);
    const listed = found.body.items.find((u: { id: string }) => u.id === created.body.id);
    expect(listed.mobile).toBe('137****5678');
    const byPinyin = await district.get('/api/users?q=zhangsanf');
    expect(byPinyin.body.total).toBeGreaterThanOrEqual(1);
    const fresh = t.client();
    const me = await fresh.login(created.body.username, 'Start#2026a');
    expect(me.body.passwordChangeRequired).toBe(true);
  });

  it('nobody changes their own roles or scope, or disables themselves', async () => {
    const self = await district.get(`/api/users/${districtAdminId}`);
    const reply = await district.patch(`/api/users/${districtAdminId}`, { roles: ['city_admin'], version: self.body.version });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0].message).toMatch(/不能修改自己的角色/);
    const disable = await district.patch(`/api/users/${districtAdminId}`, { isDisabled: true, version: self.body.version });
    expect(disable.status).toBe(400);
    expect(self.body.allowedActions).toEqual(['update']);
  });

  it('detects a lost update with the version number', async () => {
    const created = await district.post('/api/users', newUser({ organisationId: orgA }));
    const first = await district.patch(`/api/users/${created.body.id}`, { displayName: '林一', version: created.body.version });
    expect(first.status).toBe(200);
    const stale = await district.patch(`/api/users/${created.body.id}`, { displayName: '林二', version: created.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
  });

  it('resets a password: old sessions end and the temporary password works', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const session = t.client();
    await session.login(user.username, user.password);
    expect((await district.post(`/api/users/${user.id}/reset-password`, { newPassword: 'Temp#2026xx' })).status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const again = await t.client().login(user.username, 'Temp#2026xx');
    expect(again.body.passwordChangeRequired).toBe(true);
  });

  it('an organisation admin sees its own staff only', async () => {
    const mine = await makeUser({ roles: ['worker'], regionCode: '440105008000', organisationId: orgA });
    const theirs = await makeUser({ roles: ['worker'], regionCode: '440105001000', organisationId: orgB });
    const list = await orgAdmin.get('/api/users?pageSize=200');
    const ids = list.body.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect((await orgAdmin.get(`/api/users/${theirs.id}`)).status).toBe(404);
  });
});
