import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { COMMUNITY, fieldsOf, nextIdNumber } from '../clients/clients.setup.ts';
import { auditDetails, codeOf, type IdentityWorld, identityWorld, newClientAtB, OTHER_TOWN } from '../clients/clients-identity.setup.ts';

let t: TestApp;
let w: IdentityWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await identityWorld(t);
});
afterAll(() => t.close());

const NOTE = '服务对象已搬到南华西街第二社区居住，本站需要继续跟进探访';

const ask = (idNumber: string, over: Record<string, unknown> = {}) =>
  w.workerB.post('/api/client-share-requests', {
    idType: 'resident_id',
    idNumber,
    name: '欧阳秀英',
    stationId: w.stationB,
    message: NOTE,
    ...over,
  });

const expectNoneOf = (text: string, secrets: string[]) => {
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
};

describe('share requests: who may ask and answer', () => {
  it('only staff who open files ask; the bureau, a supervisor and outsiders cannot', async () => {
    for (const outsider of [w.district, w.supervisor, w.evaluator, w.volunteer]) {
      const reply = await outsider.post('/api/client-share-requests', {
        idType: 'resident_id',
        idNumber: w.held.idNumber,
        name: '欧阳秀英',
        stationId: w.stationB,
        message: NOTE,
      });
      expect(reply.status).toBe(403);
    }
  });

  it('asking needs a number held elsewhere, a note and one’s own station; a number nobody holds or one’s own file is said plainly', async () => {
    const nobody = await ask(nextIdNumber('19470303'));
    expect(nobody.status).toBe(400);
    expect(fieldsOf(nobody).idNumber).toMatch(/没有其他机构持有该证件号码的档案，可以直接建档$/);
    const own = await ask(w.ownB.idNumber);
    expect(own.status).toBe(409);
    expect(fieldsOf(own).idNumber).toMatch(/请查找已有档案$/);
    const bad = await ask(w.held.idNumber, { message: '看看', stationId: w.stationA, idType: 'none' });
    expect(bad.status).toBe(400);
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['idType', 'message']);
    const station = await ask(w.held.idNumber, { stationId: w.stationA });
    expect(station.status).toBe(400);
    expect(Object.keys(fieldsOf(station))).toEqual(['stationId']);
  });
});

describe('share requests: B learns nothing until A accepts', () => {
  it('A sees only B’s note, organisation and station; a decline tells B nothing more; an acceptance shares the file with B in full', async () => {
    const asked = await ask(w.held.idNumber);
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      direction: 'out',
      status: 'pending',
      message: NOTE,
      personName: '欧阳秀英',
      idNumberMasked: `440105********${w.held.idNumber.slice(-4)}`,
      fromStationName: '南华西街第二社工站',
      client: null,
      responseReason: null,
      allowedActions: [],
    });
    // The requester's view names B only, whichever way it is read.
    const mine = await w.workerB.get('/api/client-share-requests?direction=out');
    const one = await w.workerB.get(`/api/client-share-requests/${asked.body.id}`);
    for (const reply of [asked, mine, one]) expectNoneOf(reply.text.replace(/欧阳秀英/g, ''), w.secretsOfA);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toContain(asked.body.id);
    expect((await w.workerB.post(`/api/client-share-requests/${asked.body.id}/accept`, {})).status).toBe(403);

    // The holder's queue: the worker's today page and the list of requests received.
    const today = await w.worker.get('/api/tasks/today');
    const task = today.body.shareRequests.find((r: { requestId: string }) => r.requestId === asked.body.id);
    expect(task).toMatchObject({ message: NOTE, fromStationName: '南华西街第二社工站', clientId: w.held.id, clientName: '欧阳秀英' });
    expect(Object.keys(task).sort()).toEqual([
      'clientId',
      'clientName',
      'createdAt',
      'fromOrganisationName',
      'fromStationName',
      'message',
      'requestId',
    ]);
    const received = await w.worker.get('/api/client-share-requests?direction=in&status=pending');
    const held = received.body.items.find((r: { id: string }) => r.id === asked.body.id);
    expect(held).toMatchObject({
      direction: 'in',
      client: { id: w.held.id },
      allowedActions: ['respond'],
      personName: null,
      idNumberMasked: null,
    });
    expect((await w.workerB.get('/api/tasks/today')).body.shareRequests).toEqual([]);

    // One open request per organisation and file.
    const again = await w.orgAdminB.post('/api/client-share-requests', {
      idType: 'resident_id',
      idNumber: w.held.idNumber,
      name: '欧阳秀英',
      stationId: w.stationB,
      message: NOTE,
    });
    expect(again.status).toBe(409);
    expect(fieldsOf(again).idNumber).toMatch(/已就此人发出共享请求/);

    const declined = await w.worker.post(`/api/client-share-requests/${asked.body.id}/decline`, { reason: '服务对象本人不同意共享档案' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', responseReason: '服务对象本人不同意共享档案' });
    expect((await w.worker.post(`/api/client-share-requests/${asked.body.id}/accept`, {})).status).toBe(409);
    const told = await w.workerB.get(`/api/client-share-requests/${asked.body.id}`);
    expect(told.body).toMatchObject({ status: 'declined', responseReason: null, client: null });
    expect(told.text).not.toContain('不同意');
    expect((await w.workerB.get(`/api/clients/${w.held.id}`)).status).toBe(404);

    const second = await ask(w.held.idNumber, { message: '服务对象本人已书面同意共享，请再次考虑' });
    expect(second.status).toBe(201);
    const accepted = await w.worker.post(`/api/client-share-requests/${second.body.id}/accept`, { reason: '已核实本人同意' });
    expect(accepted.status).toBe(200);
    const now = await w.workerB.get(`/api/client-share-requests/${second.body.id}`);
    expect(now.body).toMatchObject({ status: 'accepted', client: { id: w.held.id, name: '欧阳秀英' }, responseReason: null });
    const file = await w.workerB.get(`/api/clients/${w.held.id}`);
    expect(file.status).toBe(200);
    expect(file.body).toMatchObject({ access: 'full', allowedActions: expect.arrayContaining(['update']) });
    // One person, one file: B now serves the person on A's file, and opening another is the plain pointer.
    const reopen = await w.workerB.post('/api/clients', newClientAtB(w, w.held.idNumber));
    expect(codeOf(reopen)).toBe('conflict');
    const shares = await t.database.pool.query('select access, share_request_id from client_shares where client_id = $1', [w.held.id]);
    expect(shares.rows).toEqual([{ access: 'full', share_request_id: second.body.id }]);

    expect(await auditDetails(t, 'client_share_request.create')).toHaveLength(2);
    expect(await auditDetails(t, 'client_share_request.decline')).toEqual([{ clientId: w.held.id, reason: '服务对象本人不同意共享档案' }]);
    expect(await auditDetails(t, 'client_share_request.accept')).toEqual([
      { clientId: w.held.id, organisationId: w.orgB, reason: '已核实本人同意' },
    ]);
  });

  it('a third organisation’s worker, or A’s worker of another town, never sees a request to A’s file', async () => {
    const idNumber = nextIdNumber('19480808');
    const file = await makeClient({ regionCode: COMMUNITY, organisationId: w.orgA, stationId: w.stationA, idNumber });
    const asked = await ask(idNumber);
    expect(asked.status).toBe(201);
    const workerC = await w.login(['worker'], OTHER_TOWN, w.orgC);
    const strangerA = await w.login(['worker'], '440105001000', w.orgA);
    for (const other of [workerC.client, strangerA.client]) {
      expect((await other.get(`/api/client-share-requests/${asked.body.id}`)).status).toBe(404);
      expect((await other.get('/api/client-share-requests?pageSize=200')).text).not.toContain(asked.body.id);
      expect((await other.post(`/api/client-share-requests/${asked.body.id}/decline`, { reason: '不是本站的服务对象' })).status).toBe(404);
      expect((await other.get('/api/tasks/today')).text).not.toContain(asked.body.id);
    }
    const holder = await w.worker.get(`/api/client-share-requests/${asked.body.id}`);
    expect(holder.body.client).toMatchObject({ id: file.id });
  });
});
