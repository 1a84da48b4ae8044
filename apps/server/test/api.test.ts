import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('unknown routes answer the one error shape', async () => {
    const reply = await t.client().get('/api/nothing-here');
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ error: { code: 'route_not_found', message: '接口不存在' } });
  });

  it('malformed JSON is a 400 without a stack trace', async () => {
    const reply = await t
      .client()
      .request('POST', '/api/auth/login', undefined, { 'content-type': 'application/json', origin: t.baseUrl, 'x-body': '1' });
    expect(reply.status).toBe(400);
    expect(reply.text).not.toMatch(/at .*\.ts|stack|SELECT/i);
  });

  it('reports health with the engine in use', async () => {
    const reply = await t.client().get('/api/health');
    expect(reply.body).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite', version: 'test' });
  });

  it('publishes an OpenAPI 3.1 document listing every route, each tagged, paths in full', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, tags: op.tags })),
    );
    for (const op of operations) {
      expect(op.key).toMatch(/^[A-Z]+ \/api\//);
      expect(op.tags?.length, op.key).toBeGreaterThan(0);
    }
    const documented = new Set(operations.map((o) => o.key));
    for (const route of t.app.routeTable) {
      if (route.url === '/api/openapi.json') continue;
      expect(documented, `${route.method} ${route.url}`).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
    expect((await t.client().get('/api/docs')).status).toBeLessThan(400);
  });
});
