import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { settings } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { clearSettingsCache } from '../../platform/settings.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await q().insert(settings).values({ key: 'auth.loginsPerIpPerMinute', value: 4 });
  clearSettingsCache();
});
afterAll(() => t.close());

describe('sign-in throttle per address', () => {
  it('answers 429 in the one error shape once an address passes the setting, whichever names it tries, in both languages', async () => {
    const users = await Promise.all([1, 2, 3].map(() => makeUser({ roles: ['worker'], regionCode: '440105008000' })));
    const client = t.client();
    // Four attempts on three names (lockout counts per account, so no name is locked here).
    for (const [i, name] of [users[0], users[1], users[2], users[0]].entries()) {
      const reply = await client.post('/api/auth/login', { username: name?.username, password: i === 3 ? name?.password : 'Wrong@123x' });
      expect(reply.status).not.toBe(429);
    }
    const fifth = await client.post('/api/auth/login', { username: users[1]?.username, password: users[1]?.password });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('rate_limited');
    expect(fifth.body.error.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect(fifth.headers.get('retry-after')).toMatch(/^\d+$/);
    client.locale = 'en-US';
    const english = await client.post('/api/auth/login', { username: 'nobody', password: 'x' });
    expect(english.body.error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/^Too many requests; try again in \d+ seconds$/),
    });
    // Other routes are not throttled.
    expect((await client.get('/api/health')).status).toBe(200);
  });
});
