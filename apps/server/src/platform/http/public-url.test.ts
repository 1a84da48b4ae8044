import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { loadConfig, startupWarnings } from '../../config.ts';
import { makeUser } from '../../modules/users/users.fixtures.ts';

const PUBLIC = 'https://shegong.example.gov.cn';
let t: TestApp;
beforeAll(async () => {
  // Behind a TLS-terminating proxy: requests arrive as plain HTTP on loopback.
  t = await startTestApp({ config: { publicUrl: new URL(`${PUBLIC}/`) } });
});
afterAll(() => t?.close());

describe('the public URL (SHEGONG_PUBLIC_URL)', () => {
  it('when it is https, the session cookie is Secure although the request came over plain HTTP', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    client.origin = PUBLIC;
    const reply = await client.login(user.username, user.password);
    expect(reply.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(reply.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(reply.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('its origin is the platform’s own for the Origin check: the address the request was sent to is not', async () => {
    const user = await makeUser({ roles: ['worker'], regionCode: '440105008000' });
    const client = t.client();
    client.origin = PUBLIC;
    await client.login(user.username, user.password);
    client.origin = t.baseUrl;
    const direct = await client.post('/api/auth/logout');
    expect(direct.status).toBe(403);
    expect(direct.body.error.code).toBe('origin');
    client.origin = PUBLIC;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
  });

  it('is read from the environment, checked, and its absence with DATABASE_URL is warned about', () => {
    const base = { DATA_DIR: '/nonexistent', SHEGONG_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ ...base, SHEGONG_PUBLIC_URL: PUBLIC }).publicUrl?.origin).toBe(PUBLIC);
    expect(() => loadConfig({ ...base, SHEGONG_PUBLIC_URL: 'shegong.example.gov.cn' })).toThrow(/SHEGONG_PUBLIC_URL/);
    expect(() => loadConfig({ ...base, SHEGONG_PUBLIC_URL: 'ftp://shegong.example.gov.cn' })).toThrow(/SHEGONG_PUBLIC_URL/);
    const production = loadConfig({ ...base, DATABASE_URL: 'postgres://db/shegong' });
    expect(startupWarnings(production)).toEqual([expect.stringMatching(/SHEGONG_PUBLIC_URL/)]);
    expect(startupWarnings(loadConfig({ ...base, DATABASE_URL: 'postgres://db/shegong', SHEGONG_PUBLIC_URL: PUBLIC }))).toEqual([]);
    expect(startupWarnings(loadConfig(base))).toEqual([]);
  });
});
