import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';

let t: TestApp;
const TOWN = '440105008000';
const AOZHOU = '440105008101';
let stationA: string;
let stationB: string;
let c1: string;
let c2: string;
let cB: string;
let away: string;
const as: Record<string, Client> = {};
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function login(name: string, values: Parameters<typeof makeUser>[0]) {
  const user = await makeUser(values);
  as[name] = t.client();
  await as[name].login(user.username, user.password);
}

const rowsOf = (sourceId: string) => q().select().from(serviceRecords).where(eq(serviceRecords.sourceId, sourceId));
const festival = () => ({
  stationId: stationA,
  theme: '中秋游园会',
  heldOn: '2026-03-15',
  place: '鳌洲社区广场',
  participantIds: [c1, c2],
  headcount: 40,
  volunteerCount: 6,
});

beforeAll(async () => {
  t = await startTestApp();
  const orgA = await makeOrganisation({ regionCode: TOWN });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  c1 = (await makeClient({ regionCode: AOZHOU, organisationId: orgA, stationId: stationA, name: '陈美玲', idNumber: null })).id;
  c2 = (await makeClient({ regionCode: '440105008102', organisationId: orgA, stationId: stationA, name: '李志强', idNumber: null })).id;
  cB = (await makeClient({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, name: '王小明', idNumber: null })).id;
  // Lives in 赤岗街 (another town), served by the same organisation.
  away = (await makeClient({ regionCode: '440105001101', organisationId: orgA, name: '赵六', idNumber: null })).id;
  await login('orgAdmin', { roles: ['org_admin'], regionCode: '440100000000', organisationId: orgA });
  await login('worker', { roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  await login('workerB', { roles: ['worker'], regionCode: TOWN, organisationId: orgB });
  await login('town', { roles: ['town_admin'], regionCode: TOWN });
});
afterAll(() => t.close());

describe('activities: denials and validation first', () => {
  it('the town reads but does not record; another organisation’s station and clients are refused', async () => {
    expect((await as.town!.post('/api/activities', festival())).status).toBe(403);
    expect((await as.worker!.post('/api/activities', { ...festival(), stationId: stationB })).body.error.fields[0].path).toBe('stationId');
    const stranger = await as.worker!.post('/api/activities', { ...festival(), participantIds: [cB] });
    expect(stranger.body.error.fields).toEqual([
      { path: 'participantIds.0', message: '参与者：第 1 位服务对象不存在，或不是该站点机构服务的对象' },
    ]);
  });

  it('needs somebody present, a past date and non-negative counts', async () => {
    const nobody = await as.worker!.post('/api/activities', { ...festival(), participantIds: [], headcount: 0 });
    expect(nobody.body.error.fields[0].message).toBe('参与者：请至少登记一名出席者或填写未登记出席人数');
    expect((await as.worker!.post('/api/activities', { ...festival(), heldOn: '2999-01-01' })).body.error.fields[0].path).toBe('heldOn');
    expect((await as.worker!.post('/api/activities', { ...festival(), volunteerCount: -1 })).body.error.fields[0].path).toBe(
      'volunteerCount',
    );
  });
});

describe('an activity with named participants, a headcount and photos', () => {
  let activity: { id: string; version: number };

  it('records it and writes one ledger row per participant plus the headcount', async () => {
    const reply = await as.worker!.post('/api/activities', festival());
    expect(reply.status).toBe(201);
    activity = reply.body;
    expect(reply.body).toMatchObject({
      participantCount: 2,
      headcount: 40,
      volunteerCount: 6,
      personTimes: 42,
      stationName: '南华西街社工站',
    });
    const rows = await rowsOf(activity.id);
    expect(rows.map((r) => [r.clientId, r.regionCode, r.personTimes]).sort()).toEqual(
      [
        [c1, AOZHOU, 1],
        [c2, '440105008102', 1],
        [null, TOWN, 40],
      ].sort(),
    );
    expect(rows.every((r) => r.kind === 'activity' && r.content === '中秋游园会' && r.stationId === stationA)).toBe(true);
    expect((await as.workerB!.get(`/api/activities/${activity.id}`)).status).toBe(404);
    const town = await as.town!.get(`/api/activities/${activity.id}`);
    expect(town.body.participants.map((p: { name: string }) => p.name).sort()).toEqual(['李**', '陈**']);
  });

  it('records a participant served away from home at the station, so the station’s town still sees the row', async () => {
    const reply = await as.orgAdmin!.post('/api/activities', { ...festival(), participantIds: [away], headcount: 0 });
    expect(reply.status).toBe(201);
    expect((await rowsOf(reply.body.id)).map((r) => [r.clientId, r.regionCode])).toEqual([[away, TOWN]]);
    expect((await as.orgAdmin!.delete(`/api/activities/${reply.body.id}?version=1&reason=test`)).status).toBe(204);
  });

  it('takes photos uploaded for it, in the order chosen', async () => {
    const up = (name: string) => as.worker!.upload(`/api/files?ownerType=activity&ownerId=${activity.id}`, name, PNG);
    const a = (await up('合影.png')).body;
    const b = (await up('游园.png')).body;
    expect(a.mimeType).toBe('image/png');
    expect((await as.workerB!.upload(`/api/files?ownerType=activity&ownerId=${activity.id}`, 'x.png', PNG)).status).toBe(404);
    const foreign = await as.worker!.patch(`/api/activities/${activity.id}`, {
      photoFileIds: ['00000000-0000-7000-8000-000000000009'],
      version: activity.version,
    });
    expect(foreign.body.error.fields[0].path).toBe('photoFileIds.0');
    const chosen = await as.worker!.patch(`/api/activities/${activity.id}`, { photoFileIds: [b.id, a.id], version: activity.version });
    expect(chosen.body.photos.map((p: { name: string }) => p.name)).toEqual(['游园.png', '合影.png']);
    activity = chosen.body;
  });

  it('an edit rewrites the rows; a stale version is refused; deletion needs the version and a reason and removes the rows', async () => {
    const edited = await as.worker!.patch(`/api/activities/${activity.id}`, {
      participantIds: [c1],
      headcount: 25,
      version: activity.version,
    });
    expect(edited.body).toMatchObject({ personTimes: 26 });
    expect((await rowsOf(activity.id)).reduce((sum, r) => sum + r.personTimes, 0)).toBe(26);
    expect((await as.worker!.patch(`/api/activities/${activity.id}`, { headcount: 1, version: activity.version })).status).toBe(409);
    const summary = (await as.worker!.get(`/api/ledger/summary?from=2026-03-01&to=2026-03-31`)).body;
    expect(summary).toMatchObject({ activities: 1, personTimes: 26, peopleServed: 1 });
    expect((await as.worker!.delete(`/api/activities/${activity.id}?version=${edited.body.version}`)).status).toBe(400);
    const gone = await as.worker!.delete(
      `/api/activities/${activity.id}?version=${edited.body.version}&reason=${encodeURIComponent('录错站点')}`,
    );
    expect(gone.status).toBe(204);
    expect(await rowsOf(activity.id)).toEqual([]);
    expect((await as.worker!.get(`/api/activities/${activity.id}`)).status).toBe(404);
  });
});
