import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifiersIn, startTestApp, type TestApp } from '../../../test/test-app.ts';
import { type ClientsWorld, clientsWorld, newClient, nextIdNumber } from '../../modules/clients/clients.setup.ts';
import { q } from '../db/tx.ts';
import { logError } from '../log.ts';

let t: TestApp;
let w: ClientsWorld;
const people = [
  { name: '罗志强', idNumber: nextIdNumber('19480715'), mobile: '13926481357' },
  { name: '欧阳淑芬', idNumber: nextIdNumber('19560102'), mobile: '15813572468' },
  { name: '麦嘉欣', idNumber: nextIdNumber('20120830'), mobile: '18664209753' },
];

beforeAll(async () => {
  t = await startTestApp();
  w = await clientsWorld(t);
});
afterAll(() => t?.close());

describe('the server log holds no identifier', () => {
  it('logs each request by route pattern and status, never the query, the body or SQL parameters', async () => {
    for (const person of people) {
      expect((await w.worker.post('/api/clients', newClient(w, person))).status).toBe(201);
      for (const term of [person.idNumber, person.mobile, person.name]) {
        const found = await w.worker.get(`/api/clients?q=${encodeURIComponent(term)}`);
        expect(found.status).toBe(200);
      }
    }
    // The same ID number again: a conflict answered with a field error, logged as a status.
    expect((await w.worker.post('/api/clients', newClient(w, people[0]))).status).toBe(409);
    // A driver error carries the statement's values; what the log keeps of it must not.
    const failed = await q()
      .execute(sql`select ${people[1]?.name}::int, ${people[1]?.idNumber}::int`)
      .catch((error: unknown) => error);
    expect(String((failed as Error).message)).toContain(people[1]?.name);
    logError('query failed', failed);

    const log = t.logs();
    expect(log).toMatch(/"method":"GET","route":"\/api\/clients","statusCode":200/);
    expect(log).toMatch(/"method":"POST","route":"\/api\/clients","statusCode":201/);
    expect(log).toMatch(/"msg":"query failed"/);
    for (const person of people) {
      for (const value of Object.values(person)) expect(log).not.toContain(value);
    }
    expect(identifiersIn(log)).toEqual([]);
  });

  it('refuses a NUL character in any text parameter as a 400 field error naming the field', async () => {
    const query = await w.worker.get('/api/clients?q=a%00b');
    expect(query.status).toBe(400);
    expect(query.body.error.fields).toEqual([{ path: 'q', message: expect.stringContaining('控制字符') }]);
    const body = await w.worker.post('/api/clients', newClient(w, { name: `罗\u0000志强`, address: '同福西路\u0000' }));
    expect(body.status).toBe(400);
    expect(body.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['name', 'address']);
    w.worker.locale = 'en-US';
    const english = await w.worker.get('/api/clients?q=%00');
    expect(english.body.error.fields[0].message).toMatch(/control character/);
    w.worker.locale = 'zh-CN';
    expect(t.logs()).not.toContain('志强');
  });
});
