import type { Client, Reply } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { makeWorker, testIdNumber } from '../workers/workers.fixtures.ts';

/** 南华西街 (海珠区) and one of its communities; 五山街 (天河区) in another district. */
export const TOWN = '440105008000';
export const COMMUNITY = '440105008101';
export const OTHER_COMMUNITY = '440106001001';

/** Any 18-character ID number, or an 11-digit mobile, in clear: none may ever appear in a masked response. */
export const CLEAR_ID = /\d{17}[\dXx]/;
export const CLEAR_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** A response body without its UUIDs: a random UUID segment can hold eleven digits in a row and look like a mobile. */
export const withoutIds = (text: string): string => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>');

export const fieldsOf = (reply: Reply): Record<string, string> =>
  Object.fromEntries((reply.body.error?.fields ?? []).map((f: { path: string; message: string }) => [f.path, f.message]));

/** The reasons without their field labels: labels of shared fields (regionCode, stationId, ...) belong to other catalogues. */
export const reasonsOf = (reply: Reply): Record<string, string> =>
  Object.fromEntries(Object.entries(fieldsOf(reply)).map(([path, message]) => [path, message.replace(/^[^：:]*(：|: )/, '')]));

/**
 * Organisation A runs a station in 南华西街, organisation B another there; the people who use
 * client files: A's worker, administrator and supervisor, B's worker and administrator, the
 * district and city bureaus, and an evaluator and a volunteer (who must never read files).
 */
export async function clientsWorld(t: TestApp) {
  const login = async (roles: Parameters<typeof makeUser>[0]['roles'], regionCode: string, organisationId?: string): Promise<Client> => {
    const user = await makeUser({ roles, regionCode, organisationId });
    const client = t.client();
    await client.login(user.username, user.password);
    return client;
  };
  const orgA = await makeOrganisation({ regionCode: TOWN, name: '海珠启明社工服务中心' });
  const orgB = await makeOrganisation({ regionCode: TOWN });
  const stationA = await makeStation({ regionCode: TOWN, organisationId: orgA, name: '南华西街社工站' });
  const stationB = await makeStation({ regionCode: TOWN, organisationId: orgB, name: '南华西街第二社工站' });
  return {
    orgA,
    orgB,
    stationA,
    stationB,
    workerRecA: (await makeWorker({ organisationId: orgA, regionCode: TOWN, name: '何小芳' })).id,
    workerRecB: (await makeWorker({ organisationId: orgB, regionCode: TOWN })).id,
    worker: await login(['worker'], TOWN, orgA),
    orgAdmin: await login(['org_admin'], '440100000000', orgA),
    supervisor: await login(['supervisor'], '440105000000', orgA),
    workerB: await login(['worker'], TOWN, orgB),
    orgAdminB: await login(['org_admin'], '440100000000', orgB),
    district: await login(['district_admin'], '440105000000'),
    city: await login(['city_admin'], '440100000000'),
    evaluator: await login(['evaluator'], '440100000000'),
    volunteer: await login(['volunteer'], TOWN),
  };
}
export type ClientsWorld = Awaited<ReturnType<typeof clientsWorld>>;

let people = 0;

/** A fresh, valid resident ID number born on `birth` (YYYYMMDD). */
export function nextIdNumber(birth = '19520304'): string {
  return testIdNumber(++people, birth);
}

/** What the intake form sends for an adult with a resident ID, served by A's station. */
export function newClient(w: ClientsWorld, over: Record<string, unknown> = {}) {
  return {
    name: '陈秀兰',
    idType: 'resident_id',
    idNumber: nextIdNumber(),
    mobile: '13800138000',
    regionCode: COMMUNITY,
    address: '同福西路 12 号 3 梯 502 房',
    stationId: w.stationA,
    workerId: w.workerRecA,
    riskLevel: 'medium',
    tags: ['独居'],
    categories: [{ code: 'elderly_alone', effectiveFrom: '2024-01-01' }],
    household: [{ name: '陈建国', relation: 'child', mobile: '13912345678' }],
    consent: { purpose: 'service', givenBy: 'self', givenOn: '2024-01-02' },
    ...over,
  };
}
