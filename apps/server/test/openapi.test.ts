import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EXTRA_ERROR_STATUSES } from '../src/platform/http/openapi-errors.ts';
import { OPERATION_IDS } from '../src/platform/http/openapi-operation-id.ts';
import type { RouteAuth } from '../src/platform/http/route-config.ts';
import { SettingsPatch } from '../src/platform/settings.ts';
import { startTestApp, type TestApp } from './test-app.ts';

interface Operation {
  key: string;
  method: string;
  path: string;
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: unknown; schema?: { properties?: object } }> };
  responses: Record<string, { $ref?: string }>;
  security?: unknown[];
}

let t: TestApp;
let doc: {
  paths: Record<string, Record<string, Omit<Operation, 'key' | 'method' | 'path'>>>;
  components: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> };
};
let operations: Operation[];
let auth: Map<string, RouteAuth>;

beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.client().get('/api/openapi.json')).body;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ ...op, key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path })),
  );
  auth = new Map(t.app.routeTable.map((r) => [`${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`, r.auth]));
});
afterAll(() => t.close());

const isVersioned = (op: Operation) =>
  Boolean(op.parameters?.some((p) => p.in === 'query' && p.name === 'version')) ||
  Object.values(op.requestBody?.content ?? {}).some((media) => 'version' in (media.schema?.properties ?? {}));

describe('the OpenAPI document as served', () => {
  it('names every operation with a unique camelCase operationId', () => {
    expect(operations.length).toBeGreaterThan(150);
    const ids = operations.map((op) => op.operationId);
    for (const op of operations) expect(op.operationId, op.key).toMatch(/^[a-z][a-zA-Z0-9]+$/);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('lists the error answers each operation can give, all in the one error shape', () => {
    for (const op of operations) {
      const routeAuth = auth.get(op.key);
      expect(routeAuth, op.key).toBeDefined();
      const statuses = Object.keys(op.responses);
      const expected: string[] = [];
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody) expected.push('400');
      if (!('public' in routeAuth!)) expected.push('401');
      if ('permission' in routeAuth! || ('resource' in routeAuth! && routeAuth.resource) || op.method !== 'GET') expected.push('403');
      if (op.path.includes('{')) expected.push('404');
      if (isVersioned(op)) expected.push('409');
      if (op.requestBody) expected.push('413');
      expect(statuses, op.key).toEqual(expect.arrayContaining(expected));
      for (const status of statuses.filter((s) => s >= '400')) {
        const ref = op.responses[status]?.$ref ?? '';
        const component = doc.components.responses[ref.replace('#/components/responses/', '')];
        expect(component?.content['application/json']?.schema.$ref, `${op.key} ${status}`).toBe('#/components/schemas/ErrorBody');
      }
    }
    const login = operations.find((op) => op.key === 'POST /api/auth/login')!;
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['401', '429']));
    expect(login.security).toEqual([]);
  });

  it('documents what an anonymous caller actually gets from every operation', async () => {
    const client = t.client();
    for (const op of operations) {
      const path = op.path
        .replace(/\{code\}/g, '440105000000')
        .replace(/\{kind\}/g, 'organisations')
        .replace(/\{\w+\}/g, '0193a1c2-4e5f-7a01-8b2c-3d4e5f607181');
      const reply = await client.request(op.method, path, op.requestBody ? {} : undefined);
      expect(Object.keys(op.responses), `${op.key} answered ${reply.status}`).toContain(String(reply.status));
    }
  });

  it('gives every request body an example that its schema accepts', () => {
    for (const op of operations.filter((o) => o.requestBody)) {
      const media = Object.values(op.requestBody!.content);
      expect(
        media.some((m) => m.example !== undefined || m.examples !== undefined),
        op.key,
      ).toBe(true);
    }
    // The contracts' examples are parsed in packages/contracts; this body lives in the server.
    for (const example of z.globalRegistry.get(SettingsPatch)?.examples ?? []) expect(SettingsPatch.parse(example)).toEqual(example);
  });

  it('keeps no override for a route that does not exist', () => {
    const keys = new Set(operations.map((op) => op.key));
    for (const key of [...Object.keys(OPERATION_IDS), ...Object.keys(EXTRA_ERROR_STATUSES)]) expect(keys, key).toContain(key);
  });
});
