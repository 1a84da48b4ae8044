import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeClient } from './clients.fixtures.ts';
import { COMMUNITY, fieldsOf, nextIdNumber } from './clients.setup.ts';
import { auditDetails, codeOf, hashOf, type IdentityWorld, identityWorld, newClientAtB } from './clients-identity.setup.ts';

let t: TestApp;
let w: IdentityWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await identityWorld(t);
});
afterAll(() => t.close());

const expectNoneOf = (text: string, secrets: string[]) => {
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
};

describe('identity lookups: a file held elsewhere reveals nothing of its holder', () => {
  it('B opening a file with A’s client’s ID number is stopped with one answer, the same for any holder, naming none', async () => {
    const toA = await w.workerB.post('/api/clients', newClientAtB(w, w.held.idNumber));
    const toC = await w.workerB.post('/api/clients', newClientAtB(w, w.heldByC.idNumber));
    const toMerged = await w.workerB.post('/api/clients', newClientAtB(w, w.merged.idNumber));
    expect(toA.status).toBe(409);
    expect(codeOf(toA)).toBe('client_held_elsewhere');
    // Byte for byte the same whoever holds it: another organisation, another district, a file merged away.
    expect(toC.text).toBe(toA.text);
    expect(toMerged.text).toBe(toA.text);
    expectNoneOf(toA.text, [...w.secretsOfA, ...w.secretsOfC]);
    expect(Object.keys(fieldsOf(toA))).toEqual(['idNumber']);
    expect(fieldsOf(toA).idNumber).toMatch(/已在其他机构建档.*您无权查看该档案。可以请求持档站点共享档案/);
    w.workerB.locale = 'en-US';
    const english = await w.workerB.post('/api/clients', newClientAtB(w, w.held.idNumber));
    w.workerB.locale = 'zh-CN';
    expect(fieldsOf(english).idNumber).toMatch(/held by another organisation .* ask the holding station to share it/);
    // The duplicate is stopped: no second file for the person.
    const files = await t.database.pool.query('select count(*)::int as n from clients where id_number_hash = $1', [
      hashOf(w.held.idNumber),
    ]);
    expect(files.rows[0].n).toBe(1);
  });

  it('a file of B’s own organisation keeps pointing at the file B holds', async () => {
    const own = await w.workerB.post('/api/clients', newClientAtB(w, w.ownB.idNumber));
    expect(own.status).toBe(409);
    expect(codeOf(own)).toBe('conflict');
    expect(fieldsOf(own).idNumber).toMatch(/：该证件号码已建档（一人一档），请查找已有档案$/);
  });

  it('correcting a file’s ID number to one held elsewhere answers exactly as opening one does', async () => {
    const opened = await w.workerB.post('/api/clients', newClientAtB(w, w.heldByC.idNumber));
    const mine = await makeClient({
      regionCode: COMMUNITY,
      organisationId: w.orgB,
      stationId: w.stationB,
      idNumber: null,
      birthDate: '1950-01-01',
    });
    const patched = await w.workerB.patch(`/api/clients/${mine.id}`, { idType: 'resident_id', idNumber: w.held.idNumber, version: 1 });
    expect(patched.status).toBe(409);
    expect(patched.text).toBe(opened.text);
  });

  it('the duplicate check says only “held elsewhere” for a number, the same for any holder, and never matches another organisation’s file by name and birth date', async () => {
    const ask = (body: Record<string, unknown>) => w.workerB.post('/api/clients/duplicates', body);
    const byA = await ask({ name: '张三', idNumber: w.held.idNumber });
    const byC = await ask({ name: '张三', idNumber: w.heldByC.idNumber });
    expect(byA.status).toBe(200);
    expect(byA.body).toEqual({ items: [], heldElsewhere: true });
    expect(byC.text).toBe(byA.text);
    const nameAndBirth = await ask({ name: '欧阳秀英', birthDate: '1940-01-01', mobile: '13922223333' });
    const nobody = await ask({ name: '欧阳秀英', birthDate: '1940-01-02', mobile: '13900001111' });
    expect(nameAndBirth.body).toEqual({ items: [], heldElsewhere: false });
    expect(nameAndBirth.text).toBe(nobody.text);
    // A sees its own file as the same person.
    const own = await w.worker.post('/api/clients/duplicates', { name: '欧阳秀英', idNumber: w.held.idNumber });
    expect(own.body.heldElsewhere).toBe(false);
    expect(own.body.items.map((m: { id: string }) => m.id)).toEqual([w.held.id]);
  });

  it('every lookup is audited as client.identity_lookup with the keyed hash; no ID number is ever written to the audit trail', async () => {
    const idNumber = nextIdNumber('19440202');
    expect((await w.workerB.post('/api/clients', newClientAtB(w, idNumber))).status).toBe(201);
    const lookups = await auditDetails(t, 'client.identity_lookup');
    expect(lookups).toEqual(
      expect.arrayContaining([
        { via: 'create', outcome: 'elsewhere', idNumberHash: hashOf(w.held.idNumber) },
        { via: 'create', outcome: 'own', idNumberHash: hashOf(w.ownB.idNumber) },
        { via: 'update', outcome: 'elsewhere', idNumberHash: hashOf(w.held.idNumber) },
        { via: 'duplicates', outcome: 'elsewhere', idNumberHash: hashOf(w.heldByC.idNumber) },
        { via: 'create', outcome: 'none', idNumberHash: hashOf(idNumber) },
      ]),
    );
    const all = await t.database.pool.query("select coalesce(string_agg(details, '\n'), '') as text from audit_log");
    for (const n of [idNumber, w.held.idNumber, w.heldByC.idNumber, w.merged.idNumber, w.ownB.idNumber]) {
      expect(all.rows[0].text).not.toContain(n);
      expect(all.rows[0].text).not.toContain(n.slice(0, 14));
    }
  });
});

describe('identity lookups: rate-limited per user, with an alert to the supervisor', () => {
  it('past the limit every further lookup is refused with 429, whether or not a file exists; the supervisor sees an alert until it acknowledges it', async () => {
    expect((await w.setLimit(2)).status).toBe(200);
    const prober = await w.login(['worker'], '440105008000', w.orgB);
    const create = (idNumber: string) => prober.client.post('/api/clients', newClientAtB(w, idNumber));
    const others = [1, 2].map(() => nextIdNumber('19450505'));
    for (const [i, idNumber] of others.entries()) {
      await makeClient({ regionCode: COMMUNITY, organisationId: i ? w.orgC : w.orgA, idNumber });
    }
    expect(codeOf(await create(w.held.idNumber))).toBe('client_held_elsewhere');
    expect(codeOf(await create(others[0] as string))).toBe('client_held_elsewhere');
    const limited = await create(others[1] as string);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      error: {
        code: 'identity_lookups_limited',
        message: expect.stringMatching(/^证件号码查询过于频繁：每小时最多 2 次查到他人持有的档案，请 \d+ 分钟后再试。您的督导已收到提醒$/),
      },
    });
    // A number nobody holds is refused the same way: the refusal says nothing about the number.
    const fresh = nextIdNumber('19460606');
    const unheld = await create(fresh);
    expect(unheld.status).toBe(429);
    expect(unheld.text.replace(/\d+ 分钟/, '')).toBe(limited.text.replace(/\d+ 分钟/, ''));
    expect((await prober.client.post('/api/clients/duplicates', { name: '张三', idNumber: fresh })).status).toBe(429);
    prober.client.locale = 'en-US';
    const english = await create(fresh);
    prober.client.locale = 'zh-CN';
    expect(english.body.error.message).toMatch(/^Too many ID number lookups: at most 2 an hour .* Your supervisor has been alerted$/);
    const filed = await t.database.pool.query('select count(*)::int as n from clients where id_number_hash = $1', [hashOf(fresh)]);
    expect(filed.rows[0].n).toBe(0);
    // Asking again about a number already found tells nothing new; B's own files are never refused.
    expect(codeOf(await create(w.held.idNumber))).toBe('client_held_elsewhere');
    expect(codeOf(await create(w.ownB.idNumber))).toBe('conflict');
    expect(await auditDetails(t, 'client.identity_lookup', prober.userId)).toEqual(
      expect.arrayContaining([{ via: 'create', outcome: 'refused', idNumberHash: hashOf(fresh) }]),
    );

    // B's supervisor sees it; A's does not.
    const overview = await w.supervisorB.client.get('/api/tasks/supervision');
    expect(overview.status).toBe(200);
    const alerts = overview.body.lookupAlerts.filter((a: { userName: string }) => a.userName.startsWith('查询人'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ hits: 2, refused: 4 });
    expect((await w.supervisor.get('/api/tasks/supervision')).body.lookupAlerts).toEqual([]);
    expect((await w.supervisor.post(`/api/identity-lookup-alerts/${alerts[0].alertId}/acknowledge`)).status).toBe(404);
    expect((await prober.client.post(`/api/identity-lookup-alerts/${alerts[0].alertId}/acknowledge`)).status).toBe(403);
    const acknowledged = await w.supervisorB.client.post(`/api/identity-lookup-alerts/${alerts[0].alertId}/acknowledge`);
    expect(acknowledged.status).toBe(200);
    expect((await w.supervisorB.client.get('/api/tasks/supervision')).body.lookupAlerts).toEqual([]);
    expect(await auditDetails(t, 'client.identity_lookup_alert')).toEqual([{ userId: prober.userId, hits: 2, refused: 1 }]);
    expect((await w.setLimit(20)).status).toBe(200);
  });
});
