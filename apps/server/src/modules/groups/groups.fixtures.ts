import { type GroupPhase, uuidv7 } from '@shegong/core';
import type { FixtureSet } from '../../../test/fixture-types.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { saveSession } from './group-sessions.repository.ts';
import { insertGroup } from './groups.repository.ts';

let counter = 0;

/** A group at a station (one is opened at the place when none is given), in any phase. */
export async function makeGroup(values: {
  regionCode: string;
  organisationId: string;
  stationId?: string;
  name?: string;
  phase?: GroupPhase;
}): Promise<string> {
  const id = uuidv7();
  const stationId = values.stationId ?? (await makeStation(values));
  await insertGroup({
    id,
    name: values.name ?? `测试小组${++counter}`,
    stationId,
    organisationId: values.organisationId,
    regionCode: values.regionCode,
    phase: values.phase ?? 'preparing',
    aims: '增强社区长者的社会支持网络',
    plannedSessions: 6,
  });
  return id;
}

/** A session of a forming group with a headcount only (no ledger rows: tests of the ledger write them through the API). */
export async function makeGroupSession(groupId: string, sessionNo = 1): Promise<string> {
  const id = uuidv7();
  await saveSession({ id, groupId, sessionNo, heldOn: '2026-03-10', theme: '相识与分享', extraHeadcount: 8 }, []);
  return id;
}

export const fixtures: FixtureSet = {
  group: (place) => makeGroup(place),
  group_session: async (place) => makeGroupSession(await makeGroup({ ...place, phase: 'forming' })),
};

/** A client id no group has as a member: leaving answers a field error, never 404. */
export const paramSamples = { clientId: '00000000-0000-7000-8000-00000000c11e' };
