import type { Client, Reply } from '../../../test/client.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { makeOrganisation } from '../organisations/organisations.fixtures.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeUser } from '../users/users.fixtures.ts';
import { idLookupHash } from './client-identity.ts';
import { makeClient } from './clients.fixtures.ts';
import { type ClientsWorld, COMMUNITY, clientsWorld, newClient, nextIdNumber, OTHER_COMMUNITY } from './clients.setup.ts';

/** 天河区 五山街: organisation C's town. */
export const OTHER_TOWN = '440106001000';

/**
 * The clients world plus what an identity lookup needs: organisation A's client with telling
 * names (the secrets a reply to B must never carry), organisation C in another district with its
 * own client and a file merged into another, and B's supervisor (who is alerted past the limit).
 */
export async function identityWorld(t: TestApp) {
  const w = await clientsWorld(t);
  const login = async (roles: Parameters<typeof makeUser>[0]['roles'], regionCode: string, organisationId?: string) => {
    const user = await makeUser({ roles, regionCode, organisationId, displayName: `查询人${Math.random().toString(36).slice(2, 6)}` });
    const client = t.client();
    await client.login(user.username, user.password);
    return { client, userId: user.id };
  };
  const held = await makeClient({
    regionCode: COMMUNITY,
    organisationId: w.orgA,
    stationId: w.stationA,
    name: '欧阳秀英',
    idNumber: nextIdNumber('19400101'),
    workerId: w.workerRecA,
    mobile: '13922223333',
  });
  const orgC = await makeOrganisation({ regionCode: OTHER_TOWN, name: '天河同心家园社工服务中心' });
  const stationC = await makeStation({ regionCode: OTHER_TOWN, organisationId: orgC, name: '五山街综合服务站' });
  const heldByC = await makeClient({
    regionCode: OTHER_COMMUNITY,
    organisationId: orgC,
    stationId: stationC,
    name: '司徒美华',
    idNumber: nextIdNumber('19410101'),
  });
  // A file of C merged into C's other file: the surviving file now holds the number.
  const mergedAway = await makeClient({
    regionCode: OTHER_COMMUNITY,
    organisationId: orgC,
    stationId: stationC,
    name: '司徒美玲',
    idNumber: nextIdNumber('19420101'),
  });
  const survivor = await makeClient({
    regionCode: OTHER_COMMUNITY,
    organisationId: orgC,
    stationId: stationC,
    name: '司徒美玲',
    idNumber: null,
    birthDate: '1942-01-01',
    gender: 'female',
  });
  const orgAdminC = await login(['org_admin'], '440100000000', orgC);
  const merge = await orgAdminC.client.post(`/api/clients/${mergedAway.id}/merge`, { intoId: survivor.id, reason: '重复建档' });
  if (merge.status !== 200) throw new Error(`merge failed: ${merge.text}`);
  const ownB = await makeClient({
    regionCode: COMMUNITY,
    organisationId: w.orgB,
    stationId: w.stationB,
    idNumber: nextIdNumber('19430101'),
  });
  const sysadmin = await login(['sysadmin'], '440100000000');
  return {
    ...w,
    held: held as typeof held & { idNumber: string },
    orgC,
    stationC,
    heldByC: heldByC as typeof heldByC & { idNumber: string },
    merged: { ...mergedAway, survivorId: survivor.id } as typeof mergedAway & { idNumber: string; survivorId: string },
    ownB: ownB as typeof ownB & { idNumber: string },
    /** A's secrets: none may reach B before A accepts a request. */
    secretsOfA: [held.id, '欧阳秀英', '南华西街社工站', '海珠启明社工服务中心', '何小芳', w.orgA, w.stationA, w.workerRecA],
    secretsOfC: [heldByC.id, survivor.id, '司徒', '天河同心家园社工服务中心', '五山街综合服务站', orgC, stationC],
    login,
    supervisorB: await login(['supervisor'], '440105000000', w.orgB),
    setLimit: (n: number) => sysadmin.client.patch('/api/settings', { 'client.identityLookupsPerHour': n }),
  };
}
export type IdentityWorld = Awaited<ReturnType<typeof identityWorld>>;

/** What B's intake form sends for a person it wants to open a file for, at B's station. */
export function newClientAtB(w: ClientsWorld, idNumber: string) {
  return newClient(w, { idNumber, stationId: w.stationB, workerId: undefined, name: '张三' });
}

export const hashOf = (idNumber: string) => idLookupHash('resident_id', idNumber);

export async function auditDetails(t: TestApp, action: string, userId?: string): Promise<Record<string, unknown>[]> {
  const rows = await t.database.pool.query(
    `select details from audit_log where action = $1 ${userId ? 'and user_id = $2' : ''} order by id`,
    userId ? [action, userId] : [action],
  );
  return rows.rows.map((r) => JSON.parse(r.details));
}

export const codeOf = (reply: Reply) => reply.body?.error?.code as string | undefined;

export type Login = { client: Client; userId: string };
