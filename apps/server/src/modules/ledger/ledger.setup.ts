import { uuidv7 } from '@shegong/core';
import { eq } from 'drizzle-orm';
import type { Client } from '../../../test/client.ts';
import { startTestApp, type TestApp } from '../../../test/test-app.ts';
import { clientCategoryHoldings, serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from '../workers/workers.fixtures.ts';
import { makeServiceRecord } from './ledger.fixtures.ts';

export const TOWN = '440105008000';
export const AOZHOU = '440105008101';
export const FUAN = '440105008102';

export interface LedgerWorld {
  t: TestApp;
  orgA: string;
  orgB: string;
  stationA: string;
  stationB: string;
  chen: { id: string; idNumber: string | null };
  /** Signed-in clients: workerA, workerB (two organisations of one town), district, town, otherDistrict, city. */
  clients: Record<string, Client>;
}

/** A new user with these roles, signed in as `clients[name]`. */
export async function signIn(t: TestApp, clients: Record<string, Client>, name: string, values: Parameters<typeof makeUser>[0]) {
  const user = await makeUser(values);
  clients[name] = t.client();
  await clients[name].login(user.username, user.password);
}

/**
 * Two organisations with a station each in 南华西街; a few named lines and a headcount line for
 * organisation A in February and March 2026, one line for organisation B; 陈美玲 holds 低保 from March.
 */
export async function ledgerWorld(): Promise<LedgerWorld> {
  const clients: Record<string, Client> = {};
  const t = await startTestApp();
  const login = (name: string, values: Parameters<typeof makeUser>[0]) => signIn(t, clients, name, values);
  const orgA = await makeOrganisation({ regionCode: TOWN });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  const stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  const stationB = await makeStation({ regionCode: TOWN, organisationId: orgB });
  const worker = await makeWorker({ organisationId: orgA, regionCode: TOWN, name: '黄社工' });
  const chen = await makeClient({
    regionCode: AOZHOU,
    organisationId: orgA,
    stationId: stationA,
    name: '陈美玲',
    mobile: '13826041187',
    idNumber: testIdNumber(12, '19450302'),
  });
  const li = await makeClient({
    regionCode: FUAN,
    organisationId: orgA,
    stationId: stationA,
    name: '李志强',
    idNumber: testIdNumber(13, '19600101'),
  });
  const wang = await makeClient({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, name: '王小明' });
  await q().insert(clientCategoryHoldings).values({ id: uuidv7(), clientId: chen.id, categoryCode: 'dibao', effectiveFrom: '2026-03-01' });
  const a = { regionCode: AOZHOU, organisationId: orgA, stationId: stationA };
  await makeServiceRecord({ ...a, clientId: chen.id, servedOn: '2026-02-20', content: '电话慰问' });
  await makeServiceRecord({ ...a, clientId: chen.id, servedOn: '2026-03-10', content: '上门探访' });
  await q().update(serviceRecords).set({ workerId: worker.id }).where(eq(serviceRecords.clientId, chen.id));
  await makeServiceRecord({ ...a, regionCode: FUAN, clientId: li.id, servedOn: '2026-03-12', kind: 'case_service', content: '政策咨询' });
  await makeServiceRecord({
    ...a,
    regionCode: TOWN,
    clientId: null,
    servedOn: '2026-03-15',
    kind: 'activity',
    sourceId: uuidv7(),
    personTimes: 40,
    content: '中秋游园',
  });
  await makeServiceRecord({ regionCode: AOZHOU, organisationId: orgB, stationId: stationB, clientId: wang.id, servedOn: '2026-03-11' });
  await login('workerA', { roles: ['worker'], regionCode: TOWN, organisationId: orgA });
  await login('workerB', { roles: ['worker'], regionCode: TOWN, organisationId: orgB });
  await login('district', { roles: ['district_admin'], regionCode: '440105000000' });
  await login('town', { roles: ['town_admin'], regionCode: TOWN });
  await login('otherDistrict', { roles: ['district_admin'], regionCode: '440106000000' });
  await login('city', { roles: ['city_admin'], regionCode: '440100000000' });
  return { t, orgA, orgB, stationA, stationB, chen, clients };
}
