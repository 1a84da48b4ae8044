import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { sessions } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sign-in: denials first', () => {
  it('answers 401 with a localised message to a wrong password and to an unknown user alike', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    const wrong = await client.post('/api/auth/login', { username: user.username, password: 'Wrong@123x' });
    const unknown = await client.post('/api/auth/login', { username: 'nobody.here', password: 'Wrong@123x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe('用户名或密码错误');
    client.locale = 'en-US';
    const english = await client.post('/api/auth/login', { username: 'nobody.here', password: 'x' });
    expect(english.body.error.message).toBe('Wrong username or password');
  });

  it('locks a name after five failures in the window, even with the right password, and unknown names lock the same way', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/auth/login', { username: user.username, password: 'Wrong@123x' })).status).toBe(401);
    }
    const sixth = await client.post('/api/auth/login', { username: user.username, password: user.password });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('locked');
    expect(sixth.body.error.message).toMatch(/锁定/);
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { username: 'ghost.user', password: 'x' });
    expect((await client.post('/api/auth/login', { username: 'ghost.user', password: 'x' })).status).toBe(429);
  });

  it('counts failures per account: a lock earned with the username holds for the mobile number, and the other way round', async () => {
    const byName = await makeUser({ roles: ['worker'], regionCode: '440105008000', mobile: '13700001111' });
    const client = t.client();
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { username: byName.username, password: 'Wrong@123x' });
    const withMobile = await client.post('/api/auth/login', { username: '13700001111', password: byName.password });
    expect(withMobile.status).toBe(429);
    expect(withMobile.body.error.code).toBe('locked');

    const byMobile = await makeUser({ roles: ['worker'], regionCode: '440105008000', mobile: '13700002222' });
    for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { username: '13700002222', password: 'Wrong@123x' });
    expect((await client.post('/api/auth/login', { username: byMobile.username, password: byMobile.password })).status).toBe(429);
    // Upper case is the same name, so the same account.
    expect((await client.post('/api/auth/login', { username: byMobile.username.toUpperCase(), password: byMobile.password })).status).toBe(
      429,
    );
  });

  it('rejects a disabled user with the same 401', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const admin = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const a = t.client();
    await a.login(admin.username, admin.password);
    const target = await a.get(`/api/users/${user.id}`);
    await a.patch(`/api/users/${user.id}`, { isDisabled: true, version: target.body.version });
    const reply = await t.client().post('/api/auth/login', { username: user.username, password: user.password });
    expect(reply.status).toBe(401);
  });

  it('validates the body and names the field', async () => {
    const reply = await t.client().post('/api/auth/login', { username: '', extra: 1 });
    expect(reply.status).toBe(400);
    const paths = reply.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['extra', 'password', 'username']);
  });

  it('refuses a cookie-authenticated write from another origin, and one with no Origin or Referer', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    await client.login(user.username, user.password);
    client.origin = 'https://evil.example';
    const cross = await client.post('/api/auth/logout');
    expect(cross.status).toBe(403);
    expect(cross.body.error.code).toBe('origin');
    client.origin = null;
    expect((await client.post('/api/auth/logout')).status).toBe(403);
    expect((await client.request('POST', '/api/auth/logout', undefined, { referer: `${t.baseUrl}/stations` })).status).toBe(204);
  });
});

describe('sessions', () => {
  it('signs in by username or by mobile, sets an HttpOnly SameSite cookie, and /me reports roles, scope and permissions', async () => {
    const user = await makeUser({ roles: ['district_admin'], regionCode: '440105000000', mobile: '13912345678', displayName: '何振东' });
    const client = t.client();
    const reply = await client.post('/api/auth/login', { username: '13912345678', password: user.password });
    expect(reply.status).toBe(200);
    const cookie = reply.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = await client.get('/api/auth/me');
    expect(me.body.user.username).toBe(user.username);
    expect(me.body.roles).toEqual(['district_admin']);
    expect(me.body.scope).toMatchObject({ regionCode: '440105000000', regionName: '海珠区' });
    expect(me.body.permissions).toContain('station.create');
    expect(me.body.permissions).not.toContain('audit.read');
  });

  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    const login = await client.login(user.username, user.password);
    const token = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = await t.client().request('GET', '/api/auth/me', undefined, { cookie: token });
    expect(replay.status).toBe(401);
    expect(await q().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('disabling a user ends all its sessions', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const admin = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const phone = t.client();
    const desk = t.client();
    await phone.login(user.username, user.password);
    await desk.login(user.username, user.password);
    const a = t.client();
    await a.login(admin.username, admin.password);
    const target = await a.get(`/api/users/${user.id}`);
    expect((await a.patch(`/api/users/${user.id}`, { isDisabled: true, version: target.body.version })).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await desk.get('/api/auth/me')).status).toBe(401);
  });

  it('expires an idle session', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    await client.login(user.username, user.password);
    await q()
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, user.id));
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('changes one’s password: checks the current one and the policy, ends other sessions', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    const other = t.client();
    await client.login(user.username, user.password);
    await other.login(user.username, user.password);
    const wrong = await client.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'Better#2027' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ path: 'currentPassword' });
    const weak = await client.post('/api/auth/password', { currentPassword: user.password, newPassword: 'password' });
    expect(weak.body.error.fields[0].path).toBe('newPassword');
    expect((await client.post('/api/auth/password', { currentPassword: user.password, newPassword: 'Better#2027' })).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/auth/login', { username: user.username, password: 'Better#2027' })).status).toBe(200);
  });
});
