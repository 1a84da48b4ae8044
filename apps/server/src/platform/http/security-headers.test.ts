import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeUser } from '../../modules/users/users.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  // A production database and no public URL: the server must say so when it starts.
  t = await startTestApp({ config: { databaseUrl: 'postgres://db.internal/shegong', publicUrl: null } });
});
afterAll(() => t?.close());

describe('security headers', () => {
  it('every answer carries the CSP, no framing, nosniff and a same-origin referrer policy; no HSTS without an https public URL', async () => {
    const reply = await t.client().get('/api/health');
    const csp = reply.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('referrer-policy')).toBe('same-origin');
    expect(reply.headers.get('strict-transport-security')).toBeNull();
  });

  it('API answers are never cached: JSON with personal data, errors, and unknown routes alike', async () => {
    const user = await makeUser({ roles: ['district_admin'], regionCode: '440105000000' });
    const client = t.client();
    await client.login(user.username, user.password);
    for (const path of ['/api/auth/me', '/api/clients', '/api/workers?q=张', '/api/no-such-route', '/api/openapi.json']) {
      expect((await client.get(path)).headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await t.client().get('/api/auth/me')).headers.get('cache-control')).toBe('no-store');
    expect((await client.post('/api/auth/logout')).headers.get('cache-control')).toBe('no-store');
  });

  it('warns at start when DATABASE_URL is set and SHEGONG_PUBLIC_URL is not', () => {
    expect(t.logs()).toMatch(/"level":40,.*SHEGONG_PUBLIC_URL is not/);
  });
});
