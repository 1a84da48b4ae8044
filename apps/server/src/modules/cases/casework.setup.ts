import { and, eq, sql } from 'drizzle-orm';
import type { Client } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { auditLog, serviceRecords } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeClient } from '../clients/clients.fixtures.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from '../workers/workers.fixtures.ts';

/** 南华西街 (海珠区) and one of its communities; 五山街 (天河区) for another district. */
export const TOWN = '440105008000';
export const COMMUNITY = '440105008101';
export const OTHER_TOWN = '440106001000';
export const OTHER_COMMUNITY = '440106001001';

export interface Person {
  id: string;
  client: Client;
}

/**
 * Two organisations in 海珠区 (A runs 南华西街's station, B another station there), one in
 * 天河区, and the people of casework: A's worker (with a worker record), colleague,
 * supervisor and administrator, B's worker and administrator, C's worker, the district bureau.
 */
export async function caseworkWorld(t: TestApp) {
  const login = async (user: { id: string; username: string; password: string }): Promise<Person> => {
    const client = t.client();
    await client.login(user.username, user.password);
    return { id: user.id, client };
  };
  const orgA = await makeOrganisation({ regionCode: TOWN, name: '海珠启明社工服务中心' });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  const orgC = await makeOrganisation({ regionCode: OTHER_TOWN });
  const stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  const stationB = await makeStation({ regionCode: TOWN, organisationId: orgB, name: '南华西街第二社工站' });
  const stationC = await makeStation({ regionCode: OTHER_TOWN, organisationId: orgC, name: '五山街社工站' });
  const staff = (roles: ('worker' | 'supervisor' | 'org_admin')[], organisationId: string, regionCode = TOWN) =>
    makeUser({ roles, regionCode, organisationId });
  const workerUser = await staff(['worker'], orgA);
  const worker = await makeWorker({ organisationId: orgA, regionCode: TOWN, name: '何小芳', userId: workerUser.id });
  const world = {
    orgA,
    orgB,
    orgC,
    stationA,
    stationB,
    stationC,
    workerId: worker.id,
    worker: await login(workerUser),
    colleague: await login(await staff(['worker'], orgA)),
    supervisor: await login(await staff(['supervisor'], orgA, '440105000000')),
    orgAdmin: await login(await staff(['org_admin'], orgA, '440100000000')),
    workerB: await login(await staff(['worker'], orgB)),
    orgAdminB: await login(await staff(['org_admin'], orgB, '440100000000')),
    workerC: await login(await staff(['worker'], orgC, OTHER_TOWN)),
    district: await login(await makeUser({ roles: ['district_admin'], regionCode: '440105000000' })),
  };
  return world;
}
export type World = Awaited<ReturnType<typeof caseworkWorld>>;

let people = 0;

/**
 * A client file of an organisation in the community. The ID number is our own: makeClient
 * derives it from a counter that a given name does not advance.
 */
export function clientAt(organisationId: string, stationId: string, values: { name?: string; riskLevel?: 'low' | 'medium' | 'high' } = {}) {
  return makeClient({ regionCode: COMMUNITY, organisationId, stationId, idNumber: testIdNumber(++people, '19480615'), ...values });
}

/** A client file of organisation A, served by its station. */
export function clientOfA(w: World, values: { name?: string; riskLevel?: 'low' | 'medium' | 'high' } = {}) {
  return clientAt(w.orgA, w.stationA, values);
}

/** What an intake form sends. */
export function intakeBody(w: World, clientId: string, today: string, extra: Record<string, unknown> = {}) {
  return {
    clientId,
    stationId: w.stationA,
    source: 'outreach',
    intakeOn: today,
    presentingProblem: '独居老人，跌倒后行动不便，情绪低落',
    riskLevel: 'high',
    workerId: w.workerId,
    ...extra,
  };
}

export const NEEDS = Object.fromEntries(
  ['health', 'economic', 'family', 'education', 'housing', 'safety', 'social', 'psychological'].map((d) => [d, { level: 'low' }]),
);

export async function ledgerRowsOf(caseId: string) {
  return q()
    .select()
    .from(serviceRecords)
    .where(sql`${serviceRecords.sourceId} in (select id from case_notes where case_id = ${caseId})`)
    .orderBy(serviceRecords.servedOn, serviceRecords.kind);
}

export async function auditCount(action: string, objectId: string): Promise<number> {
  const [row] = await q()
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.objectId, objectId)));
  return row?.n ?? 0;
}
