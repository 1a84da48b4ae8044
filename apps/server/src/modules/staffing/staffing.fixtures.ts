import { uuidv7 } from '@shegong/core';
import type { FixturePlace, FixtureSet } from '../../../test/fixture-types.ts';
import { communityAssignments, stationPosts } from '../../db/schema/index.ts';
import { q } from '../../platform/db/tx.ts';
import { makeStation } from '../stations/stations.fixtures.ts';
import { makeWorker } from '../workers/workers.fixtures.ts';

export async function makePost(values: {
  stationId: string;
  workerId: string;
  post?: 'head' | 'deputy_head' | 'worker' | 'supervisor';
  startsOn?: string;
  endsOn?: string | null;
}): Promise<string> {
  const id = uuidv7();
  await q()
    .insert(stationPosts)
    .values({ id, post: 'worker', startsOn: '2025-01-01', ...values });
  return id;
}

export async function makeAssignment(values: {
  stationId: string;
  workerId: string;
  communityCode: string;
  startsOn?: string;
  endsOn?: string | null;
}): Promise<string> {
  const id = uuidv7();
  await q()
    .insert(communityAssignments)
    .values({ id, startsOn: '2025-01-01', ...values });
  return id;
}

/** A station at the place with one of its organisation's workers. */
async function stationWithWorker(place: FixturePlace): Promise<{ stationId: string; workerId: string }> {
  const stationId = await makeStation(place);
  const { id: workerId } = await makeWorker(place);
  return { stationId, workerId };
}

export const fixtures: FixtureSet = {
  station_post: async (place) => makePost(await stationWithWorker(place)),
  // The matrix's places are communities, so the station is a service point covering its own community.
  community_assignment: async (place) => makeAssignment({ ...(await stationWithWorker(place)), communityCode: place.regionCode }),
};
